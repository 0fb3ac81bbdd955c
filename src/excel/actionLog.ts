// The action log (issue 14, item 4): read it, preview what a paste of minutes would add to it, and write
// what the user confirms. Reads are the settings and table names (1 sync), then the registers wanted
// (1 sync, whatever their size up to 1,000 rows each); a confirm reads again, so a co-author's change
// since the preview is noticed, and writes everything in one batch (src/excel/batches.ts).
import { rangeAddress } from "../domain/address";
import { asText, isBlank } from "../domain/cellText";
import { isLiveStatus, type ColumnKey } from "../domain/columns";
import { dateCell, displayDate } from "../domain/dates";
import {
  extractActions,
  normaliseActionNumber,
  planActionImport,
  type ActionImportPlan,
  type ExistingActionRow,
  type ExtractOptions,
  type ExtractedMinutes,
  type NewActionRow,
} from "../domain/minutesActions";
import { recordsOf, type RegisterRecord } from "../domain/records";
import { registerMapping, type CellValue, type RegisterSnapshot } from "../domain/register";
import { panelTarget } from "../domain/registerList";
import type { RegisterDefinition, Settings } from "../domain/settings";
import { queueAudit, type AuditEntry } from "./audit";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import type { ExcelHost } from "./host";
import { AUDIT_TABLE, formatBeforeWrite } from "./layout";
import { queueDirectoryRead, readRegisters } from "./readRegisters";

/** The action log and, for linking, the risk registers, as read in one read phase. */
export interface ActionLogState {
  settings: Settings;
  /** The action log's definition (the Panel's, else the first in the settings), or null if none is named. */
  def: RegisterDefinition | null;
  /** The log as read, or null when its table is not in the workbook. */
  log: RegisterSnapshot | null;
  /** The risk registers in the workbook (read only when asked for). */
  risks: RegisterSnapshot[];
  /** Whether the workbook has the audit log table. */
  auditLog: boolean;
}

/** The action log the pane works on: the Panel's, or the first action log the settings name. */
export function actionLogDefinition(settings: Settings): RegisterDefinition | null {
  return panelTarget(settings, "action") ?? settings.registers.find((r) => r.kind === "action") ?? null;
}

/**
 * Two syncs whatever the log's size: the settings and table names, then the log (and the risk
 * registers when `withRisks`) in one read.
 */
export async function readActionLog(host: ExcelHost, withRisks = false): Promise<ActionLogState> {
  const { settings: read, tableNames } = await host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    await context.sync();
    return directory();
  });
  const settings = read.settings;
  const def = actionLogDefinition(settings);
  const present = (d: RegisterDefinition) => tableNames.has(d.table.toLowerCase());
  const riskDefs = withRisks ? settings.registers.filter((d) => d.kind === "risk" && present(d)) : [];
  const defs = [...(def && present(def) ? [def] : []), ...riskDefs];
  const snapshots = defs.length ? await readRegisters(host, defs) : [];
  return {
    settings,
    def,
    log: def ? (snapshots.find((s) => s.def.id === def.id) ?? null) : null,
    risks: snapshots.filter((s) => s.def.kind === "risk"),
    auditLog: tableNames.has(AUDIT_TABLE.toLowerCase()),
  };
}

/** The log's rows as the import plan compares them. */
export function existingActionRows(log: RegisterSnapshot): ExistingActionRow[] {
  return recordsOf(log)
    .filter((r) => !isBlank(r.cells.number))
    .map((r) => ({
      row: r.index,
      number: asText(r.cells.number).trim(),
      text: asText(r.cells.description),
      owner: asText(r.cells.owner),
      updates: asText(r.cells.updates),
      status: asText(r.cells.status),
    }));
}

const noLogMessage = (state: ActionLogState) =>
  !state.def
    ? "The settings name no action log. Add one in Settings (Registers) first."
    : `${state.def.name} is not in this workbook yet: Create registers (on the Registers tab) makes it, or adopt an action log pasted on its sheet.`;

// ---- Import ----------------------------------------------------------------------------------------

export interface ActionImportPreview {
  /** The minutes as pasted, and the options they were read with (read again at confirm). */
  text: string;
  options: ExtractOptions;
  logName: string;
  extracted: ExtractedMinutes;
  plan: ActionImportPlan;
}

/** What the user ticked in the preview: updates (by their place in plan.updates) and their proposed statuses. */
export interface ActionImportChoices {
  updates: readonly number[];
  statuses: readonly number[];
}

function planFrom(
  state: ActionLogState,
  text: string,
  options: ExtractOptions,
): ActionImportPreview | { error: string } {
  if (!state.log) return { error: noLogMessage(state) };
  const extracted = extractActions(text, options);
  const plan = planActionImport(extracted, existingActionRows(state.log));
  return { text, options, logName: state.log.def.name, extracted, plan };
}

/** Two syncs: the log is read, the minutes read and planned against it. Nothing is written. */
export async function previewActionImport(
  host: ExcelHost,
  text: string,
  options: ExtractOptions = {},
): Promise<ActionImportPreview | { error: string }> {
  return planFrom(await readActionLog(host), text, options);
}

/** What a plan would write, to tell whether the log changed between the preview and the confirm. */
function signature(plan: ActionImportPlan): string {
  return JSON.stringify([
    plan.add.map((a) => a.row.number),
    plan.updates.map((u) => [u.number, u.existing.row, u.proposedUpdates, u.proposedStatus]),
  ]);
}

export type ActionImportResult =
  | { status: "done"; added: string[]; updated: string[]; statuses: string[]; syncs: number }
  /** The log changed since the preview: nothing was written; the new preview is to be confirmed. */
  | { status: "replanned"; message: string; preview: ActionImportPreview }
  | { status: "failed"; message: string };

/** Where a register's columns are, by key, on its sheet. */
function columnsOf(snapshot: RegisterSnapshot) {
  const mapping = registerMapping(snapshot.headers, snapshot.def);
  const byIndex = new Map<number, ColumnKey>();
  for (const [k, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>) byIndex.set(i, k);
  const col = (key: ColumnKey) =>
    mapping.columns[key] === undefined ? undefined : snapshot.left + mapping.columns[key]!;
  return { byIndex, col, width: snapshot.headers.length };
}

/** A new row's cells: text as text, dates as serials (their format comes with them). */
function newRowCells(row: NewActionRow): Partial<Record<ColumnKey, { value: CellValue; format?: string }>> {
  const cells: Partial<Record<ColumnKey, { value: CellValue; format?: string }>> = {
    number: { value: row.number },
    meeting: { value: row.meeting },
    owner: { value: row.owner },
    description: { value: row.description },
    status: { value: row.status },
    associatedRisks: { value: row.linkedRisks.length ? row.linkedRisks.join(", ") : null },
    linkedIssues: { value: row.linkedIssues.length ? row.linkedIssues.join(", ") : null },
  };
  if (row.dateRaised) cells.dateRaised = { ...asDate(dateCell({ date: row.dateRaised, precision: "day" })) };
  if (row.dueDate) cells.dueDate = { ...asDate(dateCell(row.dueDate)) };
  return cells;
}

const asDate = (d: { serial: number; numberFormat: string }) => ({ value: d.serial, format: d.numberFormat });

/** The number format a log cell gets before a value is written: Text for the number and text columns. */
function logFormat(def: RegisterDefinition, key: ColumnKey, value: CellValue): string | null {
  if (key === "number") return "@";
  return formatBeforeWrite(def.kind, key, value);
}

/**
 * How many rows at the log's end are blank: a new register's first row, or rows a write cut short
 * added but did not fill. New actions fill them first.
 */
function trailingBlankRows(log: RegisterSnapshot): number {
  let n = 0;
  for (let r = log.values.length - 1; r >= 0 && (log.values[r] ?? []).every((v) => isBlank(v)); r--) n++;
  return n;
}

/** One block of rows' number formats and values, formats first (so text stays text). */
function rowBlock(log: RegisterSnapshot, rows: readonly NewActionRow[]) {
  const { byIndex, width } = columnsOf(log);
  const formats: (string | null)[][] = [];
  const values: CellValue[][] = [];
  for (const row of rows) {
    const cells = newRowCells(row);
    formats.push(
      Array.from({ length: width }, (_, i) => {
        const key = byIndex.get(i);
        if (!key) return null;
        const cell = cells[key];
        return cell?.format ?? logFormat(log.def, key, cell?.value ?? null);
      }),
    );
    values.push(
      Array.from({ length: width }, (_, i) => {
        const key = byIndex.get(i);
        const v = key ? cells[key]?.value : undefined;
        return v === undefined || isBlank(v) ? null : v;
      }),
    );
  }
  return { formats, values, width };
}

/**
 * The writes of the new rows at the log's end: blank rows there (a new register's first row) are
 * filled first, then the table grows by the rest (blank rows added, then formatted and written, so
 * nothing is read as a number or a date on the way in). The blank rows are written before the table
 * grows, so Excel's filling of a table's only row, when blank, never comes into it. One batch, in order.
 */
function newRowWrites(log: RegisterSnapshot, rows: readonly NewActionRow[]): PlannedWrite[] {
  if (!rows.length) return [];
  const writes: PlannedWrite[] = [];
  const block = (first: number, part: readonly NewActionRow[], add: boolean) => {
    if (!part.length) return;
    const { formats, values, width } = rowBlock(log, part);
    const address = rangeAddress({
      top: log.top + 1 + first,
      bottom: log.top + first + part.length,
      left: log.left,
      right: log.left + width - 1,
    });
    writes.push(
      queuedWrite(estimateBytes(values) + estimateBytes(formats) + 200, (context) => {
        if (add)
          context.workbook.tables.getItem(log.def.table).rows.add(
            undefined,
            part.map(() => Array.from({ length: width }, () => "")),
          );
        const range = context.workbook.worksheets.getItem(log.sheet).getRange(address);
        range.numberFormat = formats as string[][];
        range.values = values as Excel.Range["values"];
      }),
    );
  };
  const blank = Math.min(trailingBlankRows(log), rows.length);
  const start = log.values.length - trailingBlankRows(log);
  block(start, rows.slice(0, blank), false);
  block(log.values.length, rows.slice(blank), true);
  return writes;
}

/** A single cell written as text (its format set first) or as a value in its column's format. */
function cellWrite(
  snapshot: RegisterSnapshot,
  sheetRow: number,
  key: ColumnKey,
  value: CellValue,
): PlannedWrite | null {
  const col = columnsOf(snapshot).col(key);
  if (col === undefined) return null;
  const format = key === "number" ? "@" : formatBeforeWrite(snapshot.def.kind, key, value);
  return queuedWrite(estimateBytes([[value]]) + 100, (context) => {
    const range = context.workbook.worksheets
      .getItem(snapshot.sheet)
      .getRange(rangeAddress({ top: sheetRow, bottom: sheetRow, left: col, right: col }));
    if (format) range.numberFormat = [[format]];
    range.values = [[value ?? ""]];
  });
}

/** The Updates cells after the chosen updates (each row's lines in the minutes' order), and the statuses chosen. */
function chosenChanges(plan: ActionImportPlan, choices: ActionImportChoices) {
  const updates = new Map<number, { number: string; text: string }>();
  const statuses = new Map<number, { number: string; status: string }>();
  plan.updates.forEach((u, i) => {
    if (!choices.updates.includes(i)) return;
    const before = updates.get(u.existing.row)?.text ?? u.existing.updates ?? "";
    const text = before.trim() ? `${before.replace(/\s+$/, "")}\n${u.line}` : u.line;
    updates.set(u.existing.row, { number: u.number, text });
    if (u.proposedStatus && choices.statuses.includes(i))
      statuses.set(u.existing.row, { number: u.number, status: u.proposedStatus });
  });
  return { updates, statuses };
}

/**
 * Three syncs whatever the log's size: the log read again (2) and every write in one batch: the new
 * actions (at the log's end), the updates and statuses the user ticked, and an audit row. The action's
 * own words in the log are never written over. When the log changed since the preview (a co-author
 * added an action or an update), nothing is written and the new preview is returned.
 */
export async function applyActionImport(
  host: ExcelHost,
  preview: ActionImportPreview,
  choices: ActionImportChoices = { updates: [], statuses: [] },
  now = new Date(),
): Promise<ActionImportResult> {
  let state: ActionLogState;
  try {
    state = await readActionLog(host);
  } catch (e) {
    return {
      status: "failed",
      message: `Could not read the action log (${(e as Error).message}). Nothing was written; retrying is safe.`,
    };
  }
  const fresh = planFrom(state, preview.text, preview.options);
  if ("error" in fresh) return { status: "failed", message: fresh.error };
  if (signature(fresh.plan) !== signature(preview.plan))
    return {
      status: "replanned",
      message: `${fresh.logName} changed since the preview (someone else may have added an action or an update). Nothing was written: review the new preview and confirm again.`,
      preview: fresh,
    };
  const log = state.log!;
  const plan = fresh.plan;
  const { updates, statuses } = chosenChanges(plan, choices);
  const writes: PlannedWrite[] = [];
  const added = plan.add.map((a) => a.row.number);
  if (!added.length && !updates.size && !statuses.size)
    return { status: "done", added: [], updated: [], statuses: [], syncs: 0 };
  const entry: AuditEntry = {
    action: "Import actions",
    register: log.def.name,
    source: fresh.extracted.meeting ? `Minutes of ${fresh.extracted.meeting}` : "Pasted minutes",
    summary: [
      added.length ? `Added ${added.join(", ")}.` : "",
      updates.size ? `Updates noted on ${[...updates.values()].map((u) => u.number).join(", ")}.` : "",
      statuses.size
        ? `Status set: ${[...statuses.values()].map((s) => `${s.number} ${s.status}`).join(", ")}.`
        : "",
    ]
      .filter(Boolean)
      .join(" "),
  };
  if (state.auditLog) writes.push(queuedWrite(2000, (context) => queueAudit(context, entry, now)));
  writes.push(
    ...newRowWrites(
      log,
      plan.add.map((a) => a.row),
    ),
  );
  for (const [row, u] of updates) {
    const w = cellWrite(log, log.top + 1 + row, "updates", u.text);
    if (w) writes.push(w);
  }
  for (const [row, s] of statuses) {
    const w = cellWrite(log, log.top + 1 + row, "status", s.status);
    if (w) writes.push(w);
  }
  let syncs = 0;
  try {
    syncs = await host.run((context) => applyWrites(context, writes));
  } catch (e) {
    return {
      status: "failed",
      message: `Writing the actions stopped part way (${(e as Error).message}). Retrying is safe: an action already in the log is never added twice.`,
    };
  }
  return {
    status: "done",
    added,
    updated: [...updates.values()].map((u) => u.number),
    statuses: [...statuses.values()].map((s) => `${s.number} ${s.status}`),
    syncs,
  };
}

// ---- The log as the pane lists it -------------------------------------------------------------------

export interface LoggedAction {
  number: string;
  owner: string;
  /** "14 September 2017", "September 2017", or "". */
  due: string;
  text: string;
  status: string;
  linkedRisks: string;
}

export interface RiskChoice {
  registerId: string;
  registerName: string;
  risks: Array<{ key: string; label: string }>;
}

export interface ActionLogList {
  logName: string | null;
  /** Why there is nothing to list (no log in the workbook), else null. */
  problem: string | null;
  /** The open actions (open, on target, overdue, or no status), in the log's order. */
  open: LoggedAction[];
  /** How many actions the log holds in all. */
  total: number;
  riskRegisters: RiskChoice[];
}

function loggedAction(r: RegisterRecord): LoggedAction {
  return {
    number: asText(r.cells.number).trim(),
    owner: asText(r.cells.owner),
    due: displayDate(r.cells.dueDate ?? null),
    text: asText(r.cells.description),
    status: asText(r.cells.status),
    linkedRisks: asText(r.cells.associatedRisks),
  };
}

/** Two syncs: the open actions and the live risks they can be linked to. */
export async function listActionLog(host: ExcelHost): Promise<ActionLogList> {
  const state = await readActionLog(host, true);
  const records = state.log ? recordsOf(state.log).filter((r) => !isBlank(r.cells.number)) : [];
  return {
    logName: state.def?.name ?? null,
    problem: state.log ? null : noLogMessage(state),
    open: records.filter((r) => isLiveStatus(r.cells.status)).map(loggedAction),
    total: records.length,
    riskRegisters: state.risks.map((s) => ({
      registerId: s.def.id,
      registerName: s.def.name,
      risks: recordsOf(s)
        .filter((r) => r.key && isLiveStatus(r.cells.status))
        .map((r) => ({
          key: r.key!,
          label: `${String(r.id)}: ${asText(r.cells.description).slice(0, 80)}`,
        })),
    })),
  };
}

/** The log's row of an action by its number as a person writes it ("secp47/2" is SECP47/02). */
export function findAction(log: RegisterSnapshot, number: string): RegisterRecord | undefined {
  const key = normaliseActionNumber(number);
  if (!key) return undefined;
  return recordsOf(log).find((r) => normaliseActionNumber(asText(r.cells.number)) === key);
}
