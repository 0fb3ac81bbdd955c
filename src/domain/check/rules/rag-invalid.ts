import { ragOverride, show } from "../rows";
import type { Rule } from "../rule";

export const ragInvalid: Rule = {
  id: "rag-invalid",
  severity: "error",
  description: "A RAG override is something other than RED, AMBER or GREEN.",
  kinds: ["risk", "issue"],
  columns: ["ragOverride"],
  check({ view, rows, finding }) {
    return rows.flatMap((r) => {
      const { raw, rag } = ragOverride(view, r);
      if (raw === null || rag !== null) return [];
      return [
        finding({
          row: r,
          key: "ragOverride",
          message: `RAG override ${show(raw)} is not RED, AMBER or GREEN.`,
          fix: "Choose RED, AMBER or GREEN, or clear the override.",
        }),
      ];
    });
  },
};
