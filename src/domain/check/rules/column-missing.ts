import { columnsFor, type ColumnKey } from "../../columns";
import type { RegisterKind } from "../../settings";
import type { Rule } from "../rule";

/** The columns a register of each kind cannot do without. */
const ESSENTIAL: Partial<Record<RegisterKind, readonly ColumnKey[]>> = {
  risk: [
    "number",
    "description",
    "impact",
    "likelihood",
    "severity",
    "band",
    "computedRag",
    "ragOverride",
    "ragRationale",
    "rag",
  ],
  issue: ["number", "description", "impact", "computedRag", "ragOverride", "ragRationale", "rag"],
};

export const columnMissing: Rule = {
  id: "column-missing",
  severity: "error",
  description: "The register lacks a column it cannot do without (its number, description, scores, RAG).",
  kinds: ["risk", "issue"],
  columns: [...new Set(Object.values(ESSENTIAL).flat())],
  check({ view, finding }) {
    const { def } = view.snapshot;
    return (ESSENTIAL[def.kind] ?? [])
      .filter((key) => view.mapping.columns[key] === undefined)
      .map((key) => {
        const header = columnsFor(def.kind).find((c) => c.key === key)!.header;
        return finding({
          row: -1,
          key: "number",
          column: header,
          message: `${def.name} has no "${header}" column.`,
          fix: "Run Adopt register on this sheet to add the missing columns.",
        });
      });
  },
};
