import { asText, isBlank } from "../../cellText";
import type { Rule } from "../rule";

export const textRequired: Rule = {
  id: "text-required",
  severity: "error",
  description: "A row's description is blank.",
  kinds: ["risk", "issue"],
  columns: ["description", "number"],
  check({ view, rows, finding }) {
    if (view.mapping.columns.description === undefined) return [];
    const what = view.snapshot.def.kind === "risk" ? "Risk" : "Issue";
    return rows
      .filter((r) => isBlank(view.value(r, "description")))
      .map((r) =>
        finding({
          row: r,
          key: "description",
          message: `${what} ${asText(view.value(r, "number")) || "?"} has no description.`,
        }),
      );
  },
};
