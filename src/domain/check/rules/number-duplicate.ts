import { asText, isBlank } from "../../cellText";
import type { Finding } from "../../findings";
import { numberKey } from "../../numbering";
import type { Rule } from "../rule";

export const numberDuplicate: Rule = {
  id: "number-duplicate",
  severity: "error",
  description: "Two rows have the same number (OPSG-8 and OPSG-008 count as the same).",
  kinds: ["risk", "issue"],
  columns: ["number"],
  check({ view, rows, finding }) {
    if (view.mapping.columns.number === undefined) return [];
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const r of rows) {
      const num = view.value(r, "number");
      if (isBlank(num)) continue;
      const key = numberKey(num, view.snapshot.def.numberFormat)!;
      const first = seen.get(key);
      if (first)
        out.push(
          finding({
            row: r,
            key: "number",
            message: `Number ${asText(num)} is also used at ${first}.`,
            fix: "Give one of the rows the next free number.",
          }),
        );
      else seen.set(key, view.address(r, "number"));
    }
    return out;
  },
};
