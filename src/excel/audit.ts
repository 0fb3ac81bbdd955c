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
