import { isBlank } from "../../cellText";
import type { Rule } from "../rule";

export const numberMissing: Rule = {
  id: "number-missing",
  severity: "error",
  description: "A row has no register number.",
  kinds: ["risk", "issue"],
  columns: ["number"],
  check({ view, rows, finding }) {
    if (view.mapping.columns.number === undefined) return [];
    return rows
      .filter((r) => isBlank(view.value(r, "number")))
      .map((r) =>
        finding({
          row: r,
          key: "number",
          message: `Row ${view.address(r, "number").replace(/\D/g, "")} has no number.`,
          fix: "Give the row the next free number.",
        }),
      );
  },
};
