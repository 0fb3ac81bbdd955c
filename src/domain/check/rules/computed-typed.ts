import type { Finding } from "../../findings";
import { computedRow, restoreFormula, scoresValid, show } from "../rows";
import type { Rule } from "../rule";

export const computedTyped: Rule = {
  id: "computed-typed",
  severity: "warning",
  description:
    "A computed cell (severity, band, computed RAG, RAG) holds the right value typed in, not its formula.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood", "severity", "band", "computedRag", "ragOverride", "rag"],
  check({ view, rows, settings, header, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      // Bad scores are reported as that; the computed cells are not judged against them.
      if (!scoresValid(view, r)) continue;
      for (const { key, got, same, isFormula } of computedRow(view, r, settings).cells) {
        if (isFormula || !same || got === null) continue;
        out.push(
          finding({
            row: r,
            key,
            message: `${header(key)} ${show(got)} is typed by hand; it will not follow changes to the scores.`,
            fix: "Restore the formula.",
            restoreFormula: restoreFormula(view, r, key),
          }),
        );
      }
    }
    return out;
  },
};
