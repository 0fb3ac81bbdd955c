import { isLiveStatus } from "../../columns";
import type { Finding } from "../../findings";
import { scaleRange } from "../../scales";
import { scoreKeys, scoreName } from "../rows";
import type { Rule } from "../rule";

export const scoreMissing: Rule = {
  id: "score-missing",
  severity: "error",
  description: "A live row (open or escalated) has no Impact or Likelihood.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood", "status"],
  check({ view, rows, settings, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      if (!isLiveStatus(view.value(r, "status"))) continue;
      for (const key of scoreKeys(view.snapshot.def.kind)) {
        if (view.mapping.columns[key] === undefined || view.value(r, key) !== null) continue;
        const what = scoreName(key);
        out.push(
          finding({
            row: r,
            key,
            message: `${what} is blank.`,
            fix: `Choose ${what} from ${scaleRange(what, settings.likelihoodLevels)}.`,
          }),
        );
      }
    }
    return out;
  },
};
