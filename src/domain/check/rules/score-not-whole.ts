import type { Finding } from "../../findings";
import { scoreKeys, scoreName, show } from "../rows";
import type { Rule } from "../rule";

export const scoreNotWhole: Rule = {
  id: "score-not-whole",
  severity: "error",
  description:
    "An Impact or Likelihood is not a whole number: a fraction, words, or a number stored as text.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood"],
  check({ view, rows, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      for (const key of scoreKeys(view.snapshot.def.kind)) {
        if (view.mapping.columns[key] === undefined) continue;
        const v = view.value(r, key);
        const what = scoreName(key);
        if (v === null) continue;
        if (typeof v !== "number") {
          const numeric = typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v);
          out.push(
            finding({
              row: r,
              key,
              message: numeric
                ? `${what} ${show(v)} is stored as text, not a number.`
                : `${what} ${show(v)} is not a whole number from 1 to 5.`,
              fix: numeric ? `Re-enter ${v.trim()} as a number.` : `Choose ${what} from 1 to 5.`,
            }),
          );
        } else if (!Number.isInteger(v)) {
          out.push(
            finding({
              row: r,
              key,
              message: `${what} ${v} is not a whole number.`,
              fix: `Round it to ${Math.min(5, Math.max(1, Math.round(v)))} or choose another level.`,
            }),
          );
        }
      }
    }
    return out;
  },
};
