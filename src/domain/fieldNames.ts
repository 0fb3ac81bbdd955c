// What each register column is called when the pane, an audit row or a notice names it to a person:
// "RAG Status AMBER → GREEN", never the internal key "rag". The one place these names live.
import type { ColumnKey } from "./columns";

export const FIELD_NAMES: Record<ColumnKey, string> = {
  number: "Number",
  description: "Description",
  impacts: "Impacts",
  category: "Category",
  associatedRisks: "Associated Risks",
  dateRaised: "Date Raised",
  impact: "Impact",
  likelihood: "Likelihood",
  severity: "Severity",
  band: "Severity Band",
  mitigations: "Mitigations",
  computedRag: "Computed RAG",
  ragOverride: "RAG Override",
  ragRationale: "RAG Rationale",
  rag: "RAG Status",
  status: "Status",
  owner: "Owner",
  lastReviewed: "Last Reviewed",
  escalatedFrom: "Escalated From",
  escalatedTo: "Escalated To",
  associatedIssue: "Associated Issue",
  riskCategory: "Impact Category",
  inherentImpact: "Inherent Impact",
  inherentLikelihood: "Inherent Likelihood",
  inherentSeverity: "Inherent Severity",
  inherentBand: "Inherent Band",
  targetImpact: "Target Impact",
  targetLikelihood: "Target Likelihood",
  targetSeverity: "Target Severity",
  targetBand: "Target Band",
  targetDate: "Target Date",
  nextReview: "Next Review",
  meeting: "Meeting",
  dueDate: "Due Date",
  linkedIssues: "Linked Issues",
  updates: "Updates",
};

/** A column key as a person names it; a key this list does not know is shown as it is. */
export function fieldName(key: string): string {
  return (FIELD_NAMES as Record<string, string>)[key] ?? key;
}

/** One change as a person writes it: "RAG Status AMBER → GREEN". */
export function changeText(key: string, from: unknown, to: unknown): string {
  const text = (v: unknown) =>
    v === null || v === undefined || String(v).trim() === "" ? "blank" : String(v);
  return `${fieldName(key)} ${text(from)} → ${text(to)}`;
}
