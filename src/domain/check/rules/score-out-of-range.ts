import type { Finding } from "../../findings";
import { scoreKeys, scoreName } from "../rows";
import type { Rule } from "../rule";

export const scoreOutOfRange: Rule = {
  id: "score-out-of-range",
  severity: "error",
  description: "An Impact or Likelihood is a whole number outside 1 to 5.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood"],
  check({ view, rows, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      for (const key of scoreKeys(view.snapshot.def.kind)) {
        if (view.mapping.columns[key] === undefined) continue;
        const v = view.value(r, key);
        if (typeof v !== "number" || !Number.isInteger(v) || (v >= 1 && v <= 5)) continue;
        const what = scoreName(key);
        out.push(
          finding({
            row: r,
            key,
            message: `${what} ${v} is outside 1–5.`,
            fix: `Choose ${what} from 1 to 5.`,
          }),
        );
      }
    }
    return out;
  },
};
