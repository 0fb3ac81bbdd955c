// One-click escalation, planned as pure data: a sub-committee risk becomes a Panel risk, a Panel risk
// becomes an issue. src/excel only reads the registers and writes what this plans.
import { changeText, fieldName } from "./fieldNames";
import { asText, isBlank } from "./cellText";
import { isLiveStatus, type ColumnKey } from "./columns";
import { formatPaperDate, localDateOf, serialFromDate } from "./dates";
import { formatMitigations, parseMitigations, type Mitigation } from "./mitigations";
import { formatNumber } from "./numbering";
import type { RegisterRecord } from "./records";
import type { CellValue } from "./register";
import { severityOf } from "./scoring";
import { escalationMinimum } from "./scoring";
import type { RegisterDefinition, Settings } from "./settings";

/** "There is a risk that the CSP N will fail…" → "The CSP N will fail…" (the Panel header says the rest). */
export function stripRiskPrefix(description: string): string {
  const rest = description.replace(/^\s*there\s+is\s+a\s+risk\s+that\s*/i, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "22 November 2026": the day of `date` where the user is, as the paper prints it. */
export function formatDate(date: Date): string {
  return formatPaperDate(localDateOf(date));
}

/** The date cell for the day of `date`: a serial, so Excel stores a date and never re-reads text. */
function dateRaisedOf(date: Date): number {
  return serialFromDate(localDateOf(date));
}

/** The next number: one above every number the register has used, closed rows and audit entries included. */
export function nextFreeNumber(
  register: readonly RegisterRecord[],
  alsoUsed: readonly number[] = [],
): number {
  return Math.max(0, ...register.map((r) => r.number ?? 0), ...alsoUsed) + 1;
}

export function panelRiskLabel(n: number): string {
  return `Panel risk ${n}`;
}

export function escalatedFromText(sourceId: string, date: Date): string {
  return `Escalated from ${sourceId} on ${formatDate(date)}`;
}

export function escalatedToText(panelNumber: number, date: Date): string {
  return `Escalated to ${panelRiskLabel(panelNumber)} on ${formatDate(date)}`;
}

/**
 * The source id named by a Panel row's "Escalated From" text, e.g. "OPSG-008". The prefix must start a
 * word: with registers "SG-000" and "OPSG-000", "OPSG-008" is OPSG's, never SG's.
 */
export function sourceIdIn(text: unknown, sourceFormat: string): string | null {
  const prefix = sourceFormat.replace(/0+$/, "");
  if (!prefix) return null;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?<![A-Za-z0-9])${escaped}\\d+`, "i").exec(asText(text));
  return m ? m[0].toUpperCase() : null;
}

export interface Candidate {
  record: RegisterRecord;
  severity: number | null;
  isCandidate: boolean;
  /** The Panel risk it went to, if it was escalated. */
  escalatedTo: number | null;
}

/** Sub-committee risks with their severity; candidates are live and at or above the threshold. */
export function escalationCandidates(
  source: readonly RegisterRecord[],
  panel: readonly RegisterRecord[],
  sourceDef: RegisterDefinition,
  settings: Settings,
): Candidate[] {
  const min = escalationMinimum(settings);
  return source.map((record) => {
    const severity = severityOf(record.cells.impact, record.cells.likelihood);
    const target = findPanelRow(record, panel, sourceDef);
    return {
      record,
      severity,
      isCandidate: severity !== null && severity >= min && isLiveStatus(record.cells.status) && !target,
      escalatedTo: target?.number ?? null,
    };
  });
}

/** The Panel row a source risk was escalated to, found by the link the Panel row carries. */
export function findPanelRow(
  source: RegisterRecord,
  panel: readonly RegisterRecord[],
  sourceDef: RegisterDefinition,
): RegisterRecord | null {
  const id = formatNumber(source.number ?? 0, sourceDef.numberFormat).toUpperCase();
  return panel.find((p) => sourceIdIn(p.cells.escalatedFrom, sourceDef.numberFormat) === id) ?? null;
}

export interface CellUpdate {
  key: ColumnKey;
  from: CellValue;
  to: CellValue;
}

export interface MitigationChange {
  kind: "added" | "changed" | "removed";
  text: string;
  before?: string;
}

/** The source row's values an escalation copies: a co-author's change to them is shown before confirming. */
export type PanelValues = Partial<Record<ColumnKey, CellValue>>;

export type EscalationPlan =
  | {
      kind: "create";
      sourceId: string;
      panelNumber: number;
      /** What the Panel row is to say, from the source row as it was read. */
      sourceValues: PanelValues;
      /** The new Panel row's values (computed columns are left to the formulas). */
      row: Partial<Record<ColumnKey, CellValue>>;
      mitigations: Mitigation[];
      sourceUpdates: CellUpdate[];
      summary: string;
    }
  | {
      kind: "resync";
      sourceId: string;
      panelNumber: number;
      panelIndex: number;
      sourceValues: PanelValues;
      /** The Panel copy's values as they were read, to notice a co-author's edit of them before writing. */
      panelBefore: PanelValues;
      /** The back-link is missing: an escalation was cut short, and this completes it (audited as one). */
      completes: boolean;
      panelUpdates: CellUpdate[];
      mitigationChanges: MitigationChange[];
      /** Back-link repairs on the source row (a run that failed half way left them out). */
      sourceUpdates: CellUpdate[];
      summary: string;
    };

function sourceLinkUpdates(source: RegisterRecord, panelNumber: number, date: Date): CellUpdate[] {
  const updates: CellUpdate[] = [];
  const linked = asText(source.cells.escalatedTo).includes(panelRiskLabel(panelNumber));
  if (!linked)
    updates.push({
      key: "escalatedTo",
      from: source.cells.escalatedTo ?? null,
      to: escalatedToText(panelNumber, date),
    });
  if (asText(source.cells.status).toLowerCase() !== "escalated")
    updates.push({ key: "status", from: source.cells.status ?? null, to: "Escalated" });
  return updates;
}

/** What the Panel row should say, taken from the source risk. */
function panelValuesFrom(source: RegisterRecord): Partial<Record<ColumnKey, CellValue>> {
  return {
    description: stripRiskPrefix(asText(source.cells.description)),
    impacts: isBlank(source.cells.impacts) ? null : asText(source.cells.impacts),
    impact: source.cells.impact ?? null,
    likelihood: source.cells.likelihood ?? null,
    mitigations: isBlank(source.cells.mitigations) ? null : asText(source.cells.mitigations),
    owner: isBlank(source.cells.owner) ? null : asText(source.cells.owner),
  };
}

export function diffMitigations(
  before: readonly Mitigation[],
  after: readonly Mitigation[],
): MitigationChange[] {
  const changes: MitigationChange[] = [];
  const beforeTexts = before.map((m) => formatMitigations([m]));
  const afterTexts = after.map((m) => formatMitigations([m]));
  const max = Math.max(before.length, after.length);
  for (let i = 0; i < max; i++) {
    const b = beforeTexts[i];
    const a = afterTexts[i];
    if (b === a) continue;
    if (b !== undefined && a !== undefined) {
      if (!afterTexts.includes(b) && !beforeTexts.includes(a))
        changes.push({ kind: "changed", text: after[i]!.text, before: before[i]!.text });
      else if (!beforeTexts.includes(a)) changes.push({ kind: "added", text: after[i]!.text });
      else if (!afterTexts.includes(b)) changes.push({ kind: "removed", text: before[i]!.text });
    } else if (a !== undefined && !beforeTexts.includes(a))
      changes.push({ kind: "added", text: after[i]!.text });
    else if (b !== undefined && !afterTexts.includes(b))
      changes.push({ kind: "removed", text: before[i]!.text });
  }
  return changes;
}

const sameCell = (a: CellValue, b: CellValue) =>
  (a ?? "") === (b ?? "") || asText(a).trim() === asText(b).trim();

export function planEscalation(
  source: RegisterRecord,
  sourceDef: RegisterDefinition,
  panel: readonly RegisterRecord[],
  date: Date,
  alsoUsed: readonly number[] = [],
): EscalationPlan {
  const sourceId = formatNumber(source.number ?? 0, sourceDef.numberFormat);
  const wanted = panelValuesFrom(source);
  const existing = findPanelRow(source, panel, sourceDef);
  if (existing && existing.number !== null) {
    const panelUpdates: CellUpdate[] = [];
    for (const [key, to] of Object.entries(wanted) as Array<[ColumnKey, CellValue]>) {
      if (key === "owner" && isBlank(to)) continue;
      const from = existing.cells[key] ?? null;
      if (!sameCell(from, to)) panelUpdates.push({ key, from, to });
    }
    const mitigationChanges = diffMitigations(
      existing.mitigations,
      parseMitigations(asText(source.cells.mitigations)),
    );
    const sourceUpdates = sourceLinkUpdates(source, existing.number, date);
    const panelBefore = Object.fromEntries(
      Object.keys(wanted).map((k) => [k, existing.cells[k as ColumnKey] ?? null]),
    ) as PanelValues;
    const completes = sourceUpdates.some((u) => u.key === "escalatedTo");
    const plan = {
      kind: "resync" as const,
      sourceId,
      panelNumber: existing.number,
      panelIndex: existing.index,
      sourceValues: wanted,
      panelBefore,
      completes,
      panelUpdates,
      mitigationChanges,
      sourceUpdates,
      summary: "",
    };
    return {
      ...plan,
      summary: completes ? createSummary(sourceId, existing.number, source) : resyncSummary(plan),
    };
  }
  const panelNumber = nextFreeNumber(panel, alsoUsed);
  const row: Partial<Record<ColumnKey, CellValue>> = {
    number: panelNumber,
    ...wanted,
    status: "Open",
    dateRaised: dateRaisedOf(date),
    escalatedFrom: escalatedFromText(sourceId, date),
  };
  const mitigations = parseMitigations(asText(source.cells.mitigations));
  return {
    kind: "create",
    sourceId,
    panelNumber,
    sourceValues: wanted,
    row,
    mitigations,
    sourceUpdates: sourceLinkUpdates(source, panelNumber, date),
    summary: createSummary(sourceId, panelNumber, source),
  };
}

function createSummary(sourceId: string, panelNumber: number, source: RegisterRecord): string {
  const mitigations = parseMitigations(asText(source.cells.mitigations));
  return `${sourceId} → ${panelRiskLabel(panelNumber)}: Impact ${asText(source.cells.impact)}, Likelihood ${asText(source.cells.likelihood)}, ${mitigations.length} mitigation(s)`;
}

type ResyncPlan = Extract<EscalationPlan, { kind: "resync" }>;

function resyncSummary(
  p: Pick<ResyncPlan, "sourceId" | "panelNumber" | "panelUpdates" | "mitigationChanges" | "sourceUpdates">,
): string {
  const parts = [
    ...p.panelUpdates
      .filter((u) => u.key !== "mitigations")
      .map((u) => changeText(u.key, asText(u.from), asText(u.to))),
    ...p.mitigationChanges.map((m) => `mitigation ${m.kind}: ${m.text}`),
    ...(p.sourceUpdates.length ? [`back-link on ${p.sourceId} repaired`] : []),
  ];
  return parts.length
    ? `Re-sync ${p.sourceId} → ${panelRiskLabel(p.panelNumber)}: ${parts.join("; ")}`
    : `${p.sourceId} and ${panelRiskLabel(p.panelNumber)} already agree`;
}

/** Nothing to write: the Panel copy and the back-link already agree with the source. */
export function isNoOp(plan: EscalationPlan): boolean {
  return plan.kind === "resync" && !plan.panelUpdates.length && !plan.sourceUpdates.length;
}

export interface FieldChange {
  key: ColumnKey;
  label: string;
  /** As the preview showed it. */
  previewed: CellValue;
  /** As the workbook holds it now. */
  now: CellValue;
}

/** Fields whose value differs between two readings (blank and "" are the same; text is trimmed). */
export function changedFields(before: PanelValues, after: PanelValues): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as ColumnKey[];
  return keys
    .filter((k) => !sameCell(before[k] ?? null, after[k] ?? null))
    .map((k) => ({
      key: k,
      label: fieldName(k),
      previewed: before[k] ?? null,
      now: after[k] ?? null,
    }));
}

/** A Panel field a co-author changed since the preview, which the re-sync would write over. */
export interface ResyncConflict {
  key: ColumnKey;
  label: string;
  /** The Panel copy as the preview showed it. */
  previewed: CellValue;
  /** The Panel copy as someone else left it. */
  theirs: CellValue;
  /** What the sub-committee's row says (what the re-sync would write). */
  subCommittee: CellValue;
}

export type ConflictChoice = "theirs" | "subCommittee";

export function resyncConflicts(previewed: EscalationPlan, fresh: EscalationPlan): ResyncConflict[] {
  if (previewed.kind !== "resync" || fresh.kind !== "resync") return [];
  return changedFields(previewed.panelBefore, fresh.panelBefore)
    .filter((c) => fresh.panelUpdates.some((u) => u.key === c.key))
    .map((c) => ({
      key: c.key,
      label: c.label,
      previewed: c.previewed,
      theirs: c.now,
      subCommittee: fresh.sourceValues[c.key] ?? null,
    }));
}

/** The re-sync with the user's choices: a field kept as the co-author left it is not written. */
export function withChoices(
  plan: EscalationPlan,
  choices: Partial<Record<ColumnKey, ConflictChoice>>,
): EscalationPlan {
  if (plan.kind !== "resync") return plan;
  const keep = (k: ColumnKey) => choices[k] === "theirs";
  const next = {
    ...plan,
    panelUpdates: plan.panelUpdates.filter((u) => !keep(u.key)),
    mitigationChanges: keep("mitigations") ? [] : plan.mitigationChanges,
  };
  return { ...next, summary: plan.completes ? plan.summary : resyncSummary(next) };
}

export interface RaiseIssuePlan {
  riskId: string;
  issueNumber: number;
  row: Partial<Record<ColumnKey, CellValue>>;
  /** Set when an earlier run added the issue row but stopped before filling it: complete that row. */
  existingIndex?: number;
  issueUpdates: CellUpdate[];
  riskUpdates: CellUpdate[];
  summary: string;
}

/** A Panel risk that has materialised becomes a Panel issue; the risk is closed unless kept open. */
export function planRaiseAsIssue(
  risk: RegisterRecord,
  issues: readonly RegisterRecord[],
  date: Date,
  keepRiskOpen = false,
  alsoUsed: readonly number[] = [],
): RaiseIssuePlan | { error: string } {
  const riskId = asText(risk.id);
  const label = panelRiskLabel(risk.number ?? 0);
  const existing = issues.find((i) => asText(i.cells.escalatedFrom).toLowerCase() === label.toLowerCase());
  const issueNumber = existing?.number ?? nextFreeNumber(issues, alsoUsed);
  const row: Partial<Record<ColumnKey, CellValue>> = {
    number: issueNumber,
    dateRaised: dateRaisedOf(date),
    associatedRisks: riskId,
    description: asText(risk.cells.description),
    impacts: isBlank(risk.cells.impacts) ? null : asText(risk.cells.impacts),
    impact: risk.cells.impact ?? null,
    mitigations: isBlank(risk.cells.mitigations) ? null : asText(risk.cells.mitigations),
    status: "Open",
    owner: isBlank(risk.cells.owner) ? null : asText(risk.cells.owner),
    escalatedFrom: label,
  };
  const riskUpdates: CellUpdate[] = [];
  if (!asText(risk.cells.associatedIssue).includes(`Issue ${issueNumber}`))
    riskUpdates.push({
      key: "associatedIssue",
      from: risk.cells.associatedIssue ?? null,
      to: `Issue ${issueNumber}`,
    });
  if (!keepRiskOpen && asText(risk.cells.status).toLowerCase() !== "became issue")
    riskUpdates.push({ key: "status", from: risk.cells.status ?? null, to: "Became issue" });
  if (existing) {
    // Only what an interrupted run left blank is filled in; nothing a person wrote since is overwritten.
    const issueUpdates = (Object.entries(row) as Array<[ColumnKey, CellValue]>)
      .filter(([k, v]) => !isBlank(v) && isBlank(existing.cells[k]))
      .map(([key, to]) => ({ key, from: null, to }));
    if (!issueUpdates.length && !riskUpdates.length)
      return { error: `${label} was already raised as Issue ${asText(existing.id)}.` };
    return {
      riskId,
      issueNumber,
      row,
      existingIndex: existing.index,
      issueUpdates,
      riskUpdates,
      summary: `${label} → Issue ${issueNumber}: completed what an interrupted run left out`,
    };
  }
  return {
    riskId,
    issueNumber,
    row,
    issueUpdates: [],
    riskUpdates,
    summary: `${label} → Issue ${issueNumber}${keepRiskOpen ? " (risk kept open)" : "; risk closed as Became issue"}`,
  };
}
