// What "Check register" reports: one finding per problem, with its cell and, where one exists, a fix.

export type FindingSeverity = "error" | "warning";

export type FindingRule =
  | "score-missing"
  | "score-not-whole"
  | "score-out-of-range"
  | "number-missing"
  | "number-duplicate"
  | "number-format"
  | "computed-typed"
  | "computed-mismatch"
  | "rag-invalid"
  | "rag-override-unexplained"
  | "associated-risk-missing"
  | "text-required"
  | "text-formula-like"
  | "text-too-long"
  | "status-unknown"
  | "column-missing"
  | "outside-appetite"
  | "category-unknown"
  | "review-overdue"
  | "action-overdue";

export interface Finding {
  rule: FindingRule;
  severity: FindingSeverity;
  registerId: string;
  registerName: string;
  sheet: string;
  /** A1 address on the sheet, e.g. "C5". */
  address: string;
  /** The register number of the row, where it has one, e.g. "4" or "OPSG-008". */
  rowLabel: string | null;
  column: string;
  message: string;
  fix?: string;
  /** A fix the add-in can apply itself: put the computed column's formula back in the cell. */
  restoreFormula?: { key: "severity" | "band" | "computedRag" | "rag"; sheetRow: number };
}

export const RULE_TITLES: Record<FindingRule, string> = {
  "score-missing": "Score missing",
  "score-not-whole": "Score not a whole number",
  "score-out-of-range": "Score outside 1–5",
  "number-missing": "Number missing",
  "number-duplicate": "Duplicate number",
  "number-format": "Number not in the register's format",
  "computed-typed": "Computed value typed by hand",
  "computed-mismatch": "Computed value disagrees with the scores",
  "rag-invalid": "RAG not RED, AMBER or GREEN",
  "rag-override-unexplained": "RAG differs from the policy without a rationale",
  "associated-risk-missing": "Associated risk not in the Panel risk register",
  "text-required": "Required text blank",
  "text-formula-like": "Text that Excel would read as a formula",
  "text-too-long": "Text over Excel's 32,767-character limit",
  "status-unknown": "Status not recognised",
  "column-missing": "Register column missing",
  "outside-appetite": "Risk above its category's appetite with no planned or ongoing mitigation",
  "category-unknown": "Impact Category not one of Appendix C's",
  "review-overdue": "Reviews due",
  "action-overdue": "Actions overdue",
};

export interface FindingGroup {
  rule: FindingRule;
  title: string;
  severity: FindingSeverity;
  findings: Finding[];
}

/** Groups findings by rule, errors first, keeping each group's findings in sheet order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingRule, FindingGroup>();
  for (const f of findings) {
    let g = groups.get(f.rule);
    if (!g) {
      g = { rule: f.rule, title: RULE_TITLES[f.rule], severity: f.severity, findings: [] };
      groups.set(f.rule, g);
    }
    g.findings.push(f);
    if (f.severity === "error") g.severity = "error";
  }
  return [...groups.values()].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<FindingSeverity, number> {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
  };
}
