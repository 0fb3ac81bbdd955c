// Escalation and raise-as-issue: read (2 syncs) and plan for the preview; at confirm, re-read (2 syncs),
// stop and show the new preview if a co-author changed what the user approved, read the audit log's
// last row (1 sync, so a retry never audits twice), then write everything in one sync.
import { cellAddress, columnLetters } from "../domain/address";
import { isBlank } from "../domain/cellText";
import { isLiveStatus, type ColumnKey } from "../domain/columns";
import {
  changedFields,
  escalationCandidates,
  isNoOp,
  planEscalation,
  planRaiseAsIssue,
  resyncConflicts,
  withChoices,
  type Candidate,
  type CellUpdate,
  type ConflictChoice,
  type EscalationPlan,
  type FieldChange,
  type RaiseIssuePlan,
  type ResyncConflict,
} from "../domain/escalation";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import { numberKey } from "../domain/numbering";
import { panelTarget } from "../domain/registerList";
import { recordsOf, type RegisterRecord } from "../domain/records";
import { registerMapping, type CellValue, type RegisterSnapshot } from "../domain/register";
import type { RegisterDefinition, Settings } from "../domain/settings";
import { queueAudit, queueLastAuditRow, recordsAction, type AuditEntry } from "./audit";
import type { ExcelHost } from "./host";
import { AUDIT_TABLE, formatBeforeWrite } from "./layout";
import { readWorkbookState } from "./readRegisters";
import { currentSelection } from "./selection";

export interface RegisterPair {
  settings: Settings;
  source: RegisterSnapshot;
  target: RegisterSnapshot;
  /** Whether the workbook has the audit log table. */
  auditLog?: boolean;
}

function registerById(settings: Settings, id: string): RegisterDefinition | undefined {
  return settings.registers.find((r) => r.id === id);
}

/** The Panel's register of a kind that escalations and raised issues go to (its first of that kind). */
export const panelRegister = panelTarget;

async function readPair(
  host: ExcelHost,
  sourceId: string,
  targetKind: "risk" | "issue",
): Promise<RegisterPair | string> {
  const state = await readWorkbookState(host);
  const settings = state.settings.settings;
  const sourceDef = registerById(settings, sourceId);
  const targetDef = panelRegister(settings, targetKind);
  if (!sourceDef || !targetDef)
    return `The settings name no ${!sourceDef ? `register "${sourceId}"` : `Panel ${targetKind} register`}.`;
  if (sourceDef.role !== "subcommittee" || sourceDef.kind !== "risk")
    return `${sourceDef.name} is not a sub-committee risk register: risks are escalated from one of those.`;
  const source = state.registers.find((r) => r.def.id === sourceDef.id);
  const target = state.registers.find((r) => r.def.id === targetDef.id);
  if (!source || !target)
    return `${(!source ? sourceDef : targetDef).name} is not in this workbook yet: create or adopt it first.`;
  return { settings, source, target, auditLog: state.tableNames.has(AUDIT_TABLE.toLowerCase()) };
}

/**
 * One write batch, its audit row queued first so that no change lands without it. When the log's last
 * row already records this action (an attempt cut short moments ago), the retry completes it silently.
 */
async function writeAudited(
  host: ExcelHost,
  pair: RegisterPair,
  entry: AuditEntry,
  now: Date,
  queueChanges: (context: Excel.RequestContext) => void,
): Promise<void> {
  await host.run(async (context) => {
    const last = pair.auditLog ? queueLastAuditRow(context) : null;
    if (last) await context.sync();
    if (!(last && recordsAction(last(), entry, now))) queueAudit(context, entry, now);
    queueChanges(context);
    await context.sync();
  });
}

/** A register row by its id as a person writes it: "OPSG-008", "8" and 8 name the same risk. */
function find(snapshot: RegisterSnapshot, key: string): RegisterRecord | undefined {
  const k = numberKey(key, snapshot.def.numberFormat);
  return recordsOf(snapshot).find((r) => r.key === k);
}

export interface EscalationPreview {
  sourceRegisterId: string;
  /** The registers by name, as the preview says where the row comes from and goes to. */
  sourceName: string;
  targetName: string;
  sourceKey: string;
  plan: EscalationPlan;
  /** The user's choice for each Panel field a co-author changed since the preview (re-sync only). */
  choices?: Partial<Record<ColumnKey, ConflictChoice>>;
}

function escalationFrom(
  pair: RegisterPair,
  sourceRegisterId: string,
  sourceKey: string,
  now: Date,
): EscalationPreview | { error: string } {
  const risk = find(pair.source, sourceKey);
  if (!risk) return { error: `There is no risk ${sourceKey} in ${pair.source.def.name}.` };
  return {
    sourceRegisterId,
    sourceName: pair.source.def.name,
    targetName: pair.target.def.name,
    sourceKey,
    plan: planEscalation(risk, pair.source.def, recordsOf(pair.target), now),
  };
}

/** Two syncs: the settings and table names, then both registers. */
export async function previewEscalation(
  host: ExcelHost,
  sourceRegisterId: string,
  sourceKey: string,
  now = new Date(),
): Promise<EscalationPreview | { error: string }> {
  const pair = await readPair(host, sourceRegisterId, "risk");
  if (typeof pair === "string") return { error: pair };
  return escalationFrom(pair, sourceRegisterId, sourceKey, now);
}

/** Where a register's columns are on its sheet, and its formulas for a sheet row. */
function layoutOf(snapshot: RegisterSnapshot) {
  const mapping = registerMapping(snapshot.headers, snapshot.def);
  const col = (key: ColumnKey) =>
    mapping.columns[key] === undefined ? undefined : snapshot.left + mapping.columns[key]!;
  const letters: ColumnLetters = {};
  for (const [k, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
    letters[k] = columnLetters(snapshot.left + i);
  return { mapping, col, letters, width: snapshot.headers.length };
}

/** Writes cell updates to one row of a register. Text columns are formatted as Text first. */
function queueCellUpdates(
  context: Excel.RequestContext,
  snapshot: RegisterSnapshot,
  sheetRow: number,
  updates: readonly CellUpdate[],
) {
  const { col } = layoutOf(snapshot);
  const ws = context.workbook.worksheets.getItem(snapshot.sheet);
  for (const u of updates) {
    const c = col(u.key);
    if (c === undefined) continue;
    const range = ws.getRange(cellAddress(sheetRow, c));
    const format = formatBeforeWrite(snapshot.def.kind, u.key, u.to);
    if (format) range.numberFormat = [[format]];
    range.values = [[u.to ?? ""]];
  }
}

/**
 * Appends a register row. The first operation carries its identity (number and link) and its formulas,
 * so a failure after it leaves a row the next run recognises and completes, never a second one.
 */
function queueNewRow(
  context: Excel.RequestContext,
  snapshot: RegisterSnapshot,
  settings: Settings,
  values: Partial<Record<ColumnKey, CellValue>>,
) {
  const { mapping, letters, width } = layoutOf(snapshot);
  const sheetRow = snapshot.top + 1 + snapshot.values.length; // the row the table grows into
  const formulas = computedFormulas(snapshot.def.kind, letters, sheetRow + 1, settings);
  const byIndex = new Map(
    (Object.entries(mapping.columns) as Array<[ColumnKey, number]>).map(([k, i]) => [i, k]),
  );
  const identity = Array.from({ length: width }, (_, i) => {
    const key = byIndex.get(i);
    if (!key) return "";
    if (key in formulas) return formulas[key as keyof typeof formulas]!;
    if (key === "number" || key === "escalatedFrom") return values[key] ?? "";
    return "";
  });
  const table = context.workbook.tables.getItem(snapshot.def.table);
  const added = table.rows.add(undefined, [identity]).getRange();
  added.numberFormat = [
    Array.from({ length: width }, (_, i) => {
      const key = byIndex.get(i);
      return key ? formatBeforeWrite(snapshot.def.kind, key, values[key]) : null;
    }) as string[],
  ];
  // null leaves a cell as it is: the formulas and identity already written.
  added.values = [
    Array.from({ length: width }, (_, i) => {
      const key = byIndex.get(i);
      if (!key || key in formulas || key === "number" || key === "escalatedFrom") return null;
      const v = values[key];
      return isBlank(v) ? null : v;
    }),
  ] as Excel.Range["values"];
}

export type ApplyResult<P> =
  | { status: "done"; plan: P }
  /** The registers changed since the preview: nothing was written; the new preview is to be confirmed. */
  | { status: "replanned"; message: string; preview: P; changes: FieldChange[] }
  /** A co-author edited the Panel copy since the preview: nothing was written; the user chooses per field. */
  | { status: "conflict"; message: string; preview: P; conflicts: ResyncConflict[] }
  | { status: "failed"; message: string };

const shown = (v: CellValue) => (isBlank(v) ? "blank" : String(v).slice(0, 60));
const changeList = (changes: readonly FieldChange[]) =>
  changes.map((c) => `${c.label} ${shown(c.previewed)} → ${shown(c.now)}`).join("; ");

/** Four syncs whatever the registers' size: read both registers again (2), the audit log's last row (1), write (1). */
export async function applyEscalation(
  host: ExcelHost,
  preview: EscalationPreview,
  now = new Date(),
): Promise<ApplyResult<EscalationPreview>> {
  let pair: RegisterPair | string;
  try {
    pair = await readPair(host, preview.sourceRegisterId, "risk");
  } catch (e) {
    return {
      status: "failed",
      message: `Could not read the registers (${(e as Error).message}). Nothing was written; retrying is safe.`,
    };
  }
  if (typeof pair === "string") return { status: "failed", message: pair };
  const fresh = escalationFrom(pair, preview.sourceRegisterId, preview.sourceKey, now);
  if ("error" in fresh) return { status: "failed", message: fresh.error };
  if (fresh.plan.kind !== preview.plan.kind || fresh.plan.panelNumber !== preview.plan.panelNumber) {
    return {
      status: "replanned",
      message: `The Panel register changed since the preview: the escalation now ${fresh.plan.kind === "create" ? `creates Panel risk ${fresh.plan.panelNumber}` : `re-syncs Panel risk ${fresh.plan.panelNumber}`}. Nothing was written: review and confirm again.`,
      preview: fresh,
      changes: [],
    };
  }
  // The user approves what they saw: a co-author's change to the source row is shown first.
  const changes = changedFields(preview.plan.sourceValues, fresh.plan.sourceValues);
  if (changes.length)
    return {
      status: "replanned",
      message: `${fresh.plan.sourceId} changed since the preview (${changeList(changes)}). Nothing was written: review the new preview and confirm again.`,
      preview: { ...fresh, choices: preview.choices },
      changes,
    };
  // A co-author's edit of the Panel copy is never written over unless the user chooses to.
  const conflicts = resyncConflicts(preview.plan, fresh.plan).filter((c) => !preview.choices?.[c.key]);
  if (conflicts.length)
    return {
      status: "conflict",
      message: `Someone changed Panel risk ${fresh.plan.panelNumber} since the preview (${conflicts.map((c) => c.label).join(", ")}). Nothing was written: choose, for each, whether to keep their value or take ${fresh.plan.sourceId}'s.`,
      preview: { ...fresh, choices: preview.choices },
      conflicts,
    };
  const plan = withChoices(fresh.plan, preview.choices ?? {});
  const done = { ...fresh, choices: preview.choices, plan };
  if (isNoOp(plan)) return { status: "done", plan: done };
  const source = find(pair.source, preview.sourceKey)!;
  const p = pair;
  try {
    await writeAudited(
      host,
      p,
      {
        action: plan.kind === "create" || plan.completes ? "Escalate to Panel" : "Re-sync escalation",
        register: p.target.def.name,
        source: plan.sourceId,
        target: `Panel risk ${plan.panelNumber}`,
        summary: plan.summary,
      },
      now,
      (context) => {
        if (plan.kind === "create") queueNewRow(context, p.target, p.settings, plan.row);
        else {
          const panelRow = recordsOf(p.target).find((r) => r.index === plan.panelIndex)!;
          queueCellUpdates(context, p.target, panelRow.sheetRow, plan.panelUpdates);
        }
        queueCellUpdates(context, p.source, source.sheetRow, plan.sourceUpdates);
      },
    );
  } catch (e) {
    return {
      status: "failed",
      message: `The escalation stopped part way (${(e as Error).message}). Retrying is safe: it never creates a second Panel row, and it completes what is missing.`,
    };
  }
  return { status: "done", plan: done };
}

export interface RaiseIssuePreview {
  riskKey: string;
  keepRiskOpen: boolean;
  plan: RaiseIssuePlan;
}

function raiseFrom(
  pair: RegisterPair,
  riskKey: string,
  keepRiskOpen: boolean,
  now: Date,
): RaiseIssuePreview | { error: string } {
  const risk = find(pair.source, riskKey);
  if (!risk) return { error: `There is no risk ${riskKey} in ${pair.source.def.name}.` };
  const plan = planRaiseAsIssue(risk, recordsOf(pair.target), now, keepRiskOpen);
  return "error" in plan ? plan : { riskKey, keepRiskOpen, plan };
}

async function readRisksAndIssues(host: ExcelHost): Promise<RegisterPair | string> {
  const state = await readWorkbookState(host);
  const settings = state.settings.settings;
  const risksDef = panelRegister(settings, "risk");
  const issuesDef = panelRegister(settings, "issue");
  if (!risksDef || !issuesDef) return "The settings name no Panel risk or issue register.";
  const source = state.registers.find((r) => r.def.id === risksDef.id);
  const target = state.registers.find((r) => r.def.id === issuesDef.id);
  if (!source || !target)
    return `${(!source ? risksDef : issuesDef).name} is not in this workbook yet: create or adopt it first.`;
  return { settings, source, target, auditLog: state.tableNames.has(AUDIT_TABLE.toLowerCase()) };
}

/** The issue row's values that come from the Panel risk (the date is the day of confirming). */
function issueValues(plan: RaiseIssuePlan): Partial<Record<ColumnKey, CellValue>> {
  const { dateRaised: _date, ...rest } = plan.row;
  return rest;
}

/** Two syncs. */
export async function previewRaiseIssue(
  host: ExcelHost,
  riskKey: string,
  keepRiskOpen = false,
  now = new Date(),
): Promise<RaiseIssuePreview | { error: string }> {
  const pair = await readRisksAndIssues(host);
  if (typeof pair === "string") return { error: pair };
  return raiseFrom(pair, riskKey, keepRiskOpen, now);
}

/** Four syncs: read again (2), the audit log's last row (1), write (1). */
export async function applyRaiseIssue(
  host: ExcelHost,
  preview: RaiseIssuePreview,
  now = new Date(),
): Promise<ApplyResult<RaiseIssuePreview>> {
  let pair: RegisterPair | string;
  try {
    pair = await readRisksAndIssues(host);
  } catch (e) {
    return {
      status: "failed",
      message: `Could not read the registers (${(e as Error).message}). Nothing was written; retrying is safe.`,
    };
  }
  if (typeof pair === "string") return { status: "failed", message: pair };
  const fresh = raiseFrom(pair, preview.riskKey, preview.keepRiskOpen, now);
  if ("error" in fresh) return { status: "failed", message: fresh.error };
  if (fresh.plan.issueNumber !== preview.plan.issueNumber) {
    return {
      status: "replanned",
      message: `The issue register changed since the preview: the risk now becomes Issue ${fresh.plan.issueNumber}. Nothing was written: review and confirm again.`,
      preview: fresh,
      changes: [],
    };
  }
  // The user approves what they saw: a co-author's change to the Panel risk is shown first.
  const changes =
    fresh.plan.existingIndex === undefined && preview.plan.existingIndex === undefined
      ? changedFields(issueValues(preview.plan), issueValues(fresh.plan))
      : [];
  if (changes.length)
    return {
      status: "replanned",
      message: `Panel risk ${fresh.plan.riskId} changed since the preview (${changeList(changes)}). Nothing was written: review the new preview and confirm again.`,
      preview: fresh,
      changes,
    };
  const risk = find(pair.source, preview.riskKey)!;
  const p = pair;
  try {
    await writeAudited(
      host,
      p,
      {
        action: "Raise as issue",
        register: p.target.def.name,
        source: `Panel risk ${fresh.plan.riskId}`,
        target: `Issue ${fresh.plan.issueNumber}`,
        summary: fresh.plan.summary,
      },
      now,
      (context) => {
        const existing =
          fresh.plan.existingIndex === undefined
            ? undefined
            : recordsOf(p.target).find((r) => r.index === fresh.plan.existingIndex);
        if (existing) queueCellUpdates(context, p.target, existing.sheetRow, fresh.plan.issueUpdates);
        else queueNewRow(context, p.target, p.settings, fresh.plan.row);
        queueCellUpdates(context, p.source, risk.sheetRow, fresh.plan.riskUpdates);
      },
    );
  } catch (e) {
    return {
      status: "failed",
      message: `Raising the issue stopped part way (${(e as Error).message}). Retrying is safe: it never creates a second issue.`,
    };
  }
  return { status: "done", plan: fresh };
}

export interface EscalationList {
  settings: Settings;
  /** The sub-committee risk registers in the workbook: any of them escalates to the Panel's. */
  registers: Array<{ id: string; name: string }>;
  /** The register the candidates are from: the one asked for, or the first when it is gone. */
  sourceId: string | null;
  /** The Panel register escalations go to, by name. */
  targetName: string | null;
  candidates: Candidate[];
  panelRisks: Array<{ key: string; label: string }>;
}

/** Two syncs: every register, then the candidates of one sub-committee register and the live Panel risks. */
export async function listEscalation(
  host: ExcelHost,
  sourceRegisterId: string | null,
): Promise<EscalationList> {
  const state = await readWorkbookState(host);
  const settings = state.settings.settings;
  const subs = state.registers.filter((r) => r.def.role === "subcommittee" && r.def.kind === "risk");
  const panelDef = panelRegister(settings, "risk");
  const panel = state.registers.find((r) => r.def.id === panelDef?.id);
  const source = subs.find((r) => r.def.id === sourceRegisterId) ?? subs[0];
  const panelRecords = panel ? recordsOf(panel) : [];
  return {
    settings,
    registers: subs.map((r) => ({ id: r.def.id, name: r.def.name })),
    sourceId: source?.def.id ?? null,
    targetName: panelDef?.name ?? null,
    candidates:
      source && panel ? escalationCandidates(recordsOf(source), panelRecords, source.def, settings) : [],
    panelRisks: panelRecords
      .filter((r) => r.key && isLiveStatus(r.cells.status))
      .map((r) => ({
        key: r.key!,
        label: `${String(r.id)}: ${String(r.cells.description ?? "").slice(0, 80)}`,
      })),
  };
}

/** The register row under Excel's selection, for the ribbon's Escalate and Raise as issue buttons. */
export async function registerRowAtSelection(
  host: ExcelHost,
): Promise<{ registerId: string; role: "panel" | "subcommittee"; key: string } | { error: string }> {
  const state = await readWorkbookState(host);
  const selected = await currentSelection(host);
  for (const snapshot of state.registers) {
    if (snapshot.sheet !== selected.sheet || snapshot.def.kind !== "risk") continue;
    const record = recordsOf(snapshot).find((r) => r.sheetRow === selected.row);
    if (record?.key) return { registerId: snapshot.def.id, role: snapshot.def.role, key: record.key };
  }
  return {
    error: `The selection (${selected.sheet}, row ${selected.row + 1}) is not a row of a risk register. Select a cell in the risk's row and try again.`,
  };
}
