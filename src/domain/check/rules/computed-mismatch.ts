import type { Finding } from "../../findings";
import { computedRow, restoreFormula, scoresValid, show } from "../rows";
import type { Rule } from "../rule";

export const computedMismatch: Rule = {
  id: "computed-mismatch",
  severity: "error",
  description:
    "A computed cell (severity, band, computed RAG, RAG) disagrees with the cells it is computed from.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood", "severity", "band", "computedRag", "ragOverride", "rag"],
  check({ view, rows, settings, header, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      // Bad scores are reported as that; the computed cells are not judged against them.
      if (!scoresValid(view, r)) continue;
      for (const { key, got, want, same, isFormula } of computedRow(view, r, settings).cells) {
        if (same) continue;
        const should = want === null ? "blank" : show(want);
        out.push(
          finding({
            row: r,
            key,
            message: isFormula
              ? `${header(key)} shows ${got === null ? "nothing" : show(got)} but should be ${should}.`
              : `${header(key)} is ${got === null ? "blank" : show(got)} but should be ${should}.`,
            fix: isFormula
              ? "Restore the formula (the settings may have changed since it was written)."
              : "Restore the formula.",
            restoreFormula: restoreFormula(view, r, key),
          }),
        );
      }
    }
    return out;
  },
};
