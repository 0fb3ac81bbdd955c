import { asText } from "../../cellText";
import { statusesFor } from "../../columns";
import { show } from "../rows";
import type { Rule } from "../rule";

export const statusUnknown: Rule = {
  id: "status-unknown",
  severity: "warning",
  description: "A status is not one of the register's statuses.",
  kinds: ["risk", "issue"],
  columns: ["status"],
  check({ view, rows, finding }) {
    const statuses = statusesFor(view.snapshot.def.kind);
    const known = statuses.map((s) => s.toLowerCase());
    return rows.flatMap((r) => {
      const status = view.value(r, "status");
      if (status === null || known.includes(asText(status).trim().toLowerCase())) return [];
      return [
        finding({
          row: r,
          key: "status",
          message: `Status ${show(status)} is not one of ${statuses.join(", ")}.`,
          fix: "Choose one of the listed statuses.",
        }),
      ];
    });
  },
};
