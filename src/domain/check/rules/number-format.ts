import { isBlank } from "../../cellText";
import type { Finding } from "../../findings";
import { matchesFormat, numberKey } from "../../numbering";
import { show } from "../rows";
import type { Rule } from "../rule";

export const numberFormat: Rule = {
  id: "number-format",
  severity: "warning",
  description: "A number is not written in the register's number format (e.g. OPSG-6 for OPSG-006).",
  kinds: ["risk", "issue"],
  columns: ["number"],
  check({ view, rows, finding }) {
    if (view.mapping.columns.number === undefined) return [];
    const format = view.snapshot.def.numberFormat;
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const r of rows) {
      const num = view.value(r, "number");
      if (isBlank(num)) continue;
      const key = numberKey(num, format)!;
      // A duplicate is reported as that (number-duplicate), not for its format too.
      if (seen.has(key)) continue;
      seen.add(key);
      if (!matchesFormat(num, format))
        out.push(
          finding({
            row: r,
            key: "number",
            message: `${show(num)} is not written in the register's number format (${format}).`,
            fix: `Write it as the format shows, e.g. ${format.replace(/0+$/, (z) => "1".padStart(z.length, "0"))}.`,
          }),
        );
    }
    return out;
  },
};
