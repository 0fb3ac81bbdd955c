// The audit log: one row per action the add-in takes, in a table on its own sheet.
import { AUDIT_COLUMNS } from "../domain/columns";
import { rangeAddress } from "../domain/address";
import { AUDIT_SHEET, AUDIT_TABLE } from "./layout";

export interface AuditEntry {
  action: string;
  register: string;
  source?: string;
  target?: string;
  summary: string;
}

export function auditRow(entry: AuditEntry, now: Date): string[] {
  return [
    now.toISOString().replace("T", " ").slice(0, 19) + " UTC",
    entry.action,
    entry.register,
    entry.source ?? "",
    entry.target ?? "",
    entry.summary.slice(0, 32000),
  ];
}

/** Queues one audit row (the audit table's cells are Text, so nothing in it becomes a formula). */
export function queueAudit(context: Excel.RequestContext, entry: AuditEntry, now = new Date()): void {
  context.workbook.tables.getItem(AUDIT_TABLE).rows.add(undefined, [auditRow(entry, now)]);
}

export const AUDIT_HEADERS: readonly string[] = AUDIT_COLUMNS;

/** Queues the audit log's sheet and table, with its first row. */
export function queueAuditLogCreation(
  context: Excel.RequestContext,
  sheetExists: boolean,
  first: AuditEntry,
  now = new Date(),
): void {
  const sheet = sheetExists
    ? context.workbook.worksheets.getItem(AUDIT_SHEET)
    : context.workbook.worksheets.add(AUDIT_SHEET);
  const right = AUDIT_HEADERS.length - 1;
  sheet.getRange(rangeAddress({ top: 1, left: 0, bottom: 1, right })).numberFormat = [
    AUDIT_HEADERS.map(() => "@"),
  ];
  sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: 1, right })).values = [
    [...AUDIT_HEADERS],
    auditRow(first, now),
  ];
  const table = sheet.tables.add(rangeAddress({ top: 0, left: 0, bottom: 1, right }), true);
  table.name = AUDIT_TABLE;
  table.style = "TableStyleLight1";
  sheet.getRange("A:A").format.columnWidth = 130;
  sheet.getRange("B:E").format.columnWidth = 110;
  sheet.getRange("F:F").format.columnWidth = 400;
  sheet.freezePanes.freezeRows(1);
}

/** Queues an audit row, creating the log first if the workbook has none. */
export function queueAuditOrCreate(
  context: Excel.RequestContext,
  logExists: boolean,
  sheetExists: boolean,
  entry: AuditEntry,
  now = new Date(),
): void {
  if (logExists) queueAudit(context, entry, now);
  else queueAuditLogCreation(context, sheetExists, entry, now);
}

/** Queues the read of the audit log's last row (the log must exist); the reader gives its six texts. */
export function queueLastAuditRow(context: Excel.RequestContext): () => string[] {
  const last = context.workbook.tables.getItem(AUDIT_TABLE).getDataBodyRange().getLastRow();
  last.load("values");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the caller syncs, then reads
  return () => ((last.values[0] ?? []) as unknown[]).map((v) => String(v ?? ""));
}

/** How long after an interrupted attempt its retry still counts as the same action. */
export const RETRY_WINDOW_MINUTES = 15;

/**
 * Whether an audit row already records this action: the same action, register, source and target,
 * written within the retry window. A write batch queues its audit row first, so an attempt cut short
 * after any of its changes landed has left that row, and the retry that completes it adds none.
 */
export function recordsAction(row: readonly string[], entry: AuditEntry, now: Date): boolean {
  const [when, action, register, source, target] = row;
  if (action !== entry.action || register !== entry.register) return false;
  if ((source ?? "") !== (entry.source ?? "") || (target ?? "") !== (entry.target ?? "")) return false;
  const at = Date.parse(String(when).replace(" UTC", "Z").replace(" ", "T"));
  return Number.isFinite(at) && Math.abs(now.getTime() - at) <= RETRY_WINDOW_MINUTES * 60_000;
}
