import { asText, isBlank } from "../../cellText";
import type { Finding } from "../../findings";
import { computedRow, scoresValid } from "../rows";
import type { Rule } from "../rule";

export const ragOverrideUnexplained: Rule = {
  id: "rag-override-unexplained",
  severity: "warning",
  description: "A RAG override differs from what the policy gives and no rationale is recorded.",
  kinds: ["risk", "issue"],
  columns: ["impact", "likelihood", "ragOverride", "ragRationale"],
  check({ view, rows, settings, finding }) {
    const out: Finding[] = [];
    for (const r of rows) {
      if (!scoresValid(view, r)) continue;
      const { impact, severity, band, computedRag, override } = computedRow(view, r, settings);
      if (override === null || computedRag === null || override === computedRag) continue;
      if (!isBlank(view.value(r, "ragRationale"))) continue;
      const basis =
        severity !== null ? ` for severity ${severity} (${band})` : ` for Impact ${asText(impact)}`;
      out.push(
        finding({
          row: r,
          key: "ragOverride",
          message: `RAG is ${override} but the policy gives ${computedRag}${basis}, and no rationale is recorded.`,
          fix: "Record the reason in RAG Rationale, or clear the override.",
        }),
      );
    }
    return out;
  },
};
