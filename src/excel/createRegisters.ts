// "Create registers": the default set in a blank workbook, in one read and one write.
import { columnLetters, rangeAddress } from "../domain/address";
import { registerColumns, type ColumnKey } from "../domain/columns";
import { DATE_FORMAT } from "../domain/dates";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import type { RegisterDefinition, Settings } from "../domain/settings";
import { queueAuditOrCreate, queueLastAuditRow, recordsAction, type AuditEntry } from "./audit";
import type { ExcelHost } from "./host";
import {
  AUDIT_SHEET,
  AUDIT_TABLE,
  queueGovernance,
  queueHeaderStyle,
  SETTINGS_SHEET,
  textColumnKeys,
  dateColumnKeys,
  type GovernedTable,
} from "./layout";
import { queueDirectoryRead, queueRegisterRead, type WorkbookState } from "./readRegisters";
import { queueSettingsWrite } from "./settingsStore";

export interface CreatePlanItem {
  def: RegisterDefinition;
  action: "create" | "exists" | "blocked";
  reason?: string;
}

export interface CreateResult {
  items: CreatePlanItem[];
  created: string[];
  syncs: number;
  /** The workbook as Create left it, read in Create's own last sync (none when nothing was written). */
  state?: WorkbookState;
}

/** Where each column of a new register goes: A, B, C… in the register's order. */
function newLayout(def: RegisterDefinition): GovernedTable {
  const columns: Partial<Record<ColumnKey, number>> = {};
  registerColumns(def).forEach((c, i) => (columns[c.key] = i));
  return { kind: def.kind, headerRow: 0, lastRow: 1, columns };
}

/** Queues reading what a register's (existing) sheet holds: its used range and its first row. */
export function queueSheetUseRead(context: Excel.RequestContext, def: RegisterDefinition) {
  const ws = context.workbook.worksheets.getItem(def.sheet);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address, rowIndex, columnIndex, rowCount, columnCount");
  // Row 1, one cell wider than the register: a Create cut short leaves only its header there.
  const header = ws.getRange(
    rangeAddress({ top: 0, left: 0, bottom: 0, right: registerColumns(def).length }),
  );
  header.load("values");
  return { used, header };
}

/** The sheet holds exactly what a Create writes before its table: the header row, nothing else. */
export function isCutShortHeader(
  def: RegisterDefinition,
  used: Excel.Range,
  firstRow: readonly unknown[],
): boolean {
  if (used.isNullObject) return false;
  const headers = registerColumns(def).map((d) => d.header);
  return (
    used.rowIndex === 0 &&
    used.columnIndex === 0 &&
    used.rowCount === 1 &&
    used.columnCount === headers.length &&
    headers.every((h, j) => firstRow[j] === h)
  );
}

/**
 * Queues a new register on its sheet (added unless it exists, then blank or a Create's cut-short
 * header): the header row, text and date formats, governance, header style. Returns the step that adds
 * the table and its formulas, which the caller queues last (a batch cut short has most likely made no
 * table, and the next run recognises the sheet it began).
 */
export function queueNewRegister(
  context: Excel.RequestContext,
  def: RegisterDefinition,
  settings: Settings,
  sheetExists: boolean,
): () => void {
  const sheet = sheetExists
    ? context.workbook.worksheets.getItem(def.sheet)
    : context.workbook.worksheets.add(def.sheet);
  const layout = newLayout(def);
  const defs = registerColumns(def);
  const last = defs.length - 1;
  const letters: ColumnLetters = {};
  for (const [k, c] of Object.entries(layout.columns) as Array<[ColumnKey, number]>)
    letters[k] = columnLetters(c);
  sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: 0, right: last })).values = [
    defs.map((d) => d.header),
  ];
  for (const key of textColumnKeys(def.kind).filter((k) => letters[k]))
    sheet.getRange(`${letters[key]}2`).numberFormat = [["@"]];
  // Date columns show a date typed by a colleague ("14/07/2019") as the paper prints it.
  for (const key of dateColumnKeys(def.kind).filter((k) => letters[k]))
    sheet.getRange(`${letters[key]}2`).numberFormat = [[DATE_FORMAT]];
  queueGovernance(sheet, layout, settings);
  queueHeaderStyle(sheet, layout, last);
  sheet.freezePanes.freezeRows(1);
  return () => {
    const table = sheet.tables.add(rangeAddress({ top: 0, left: 0, bottom: 1, right: last }), true);
    table.name = def.table;
    table.style = "TableStyleLight9";
    // The formulas go into the table, so its computed columns become calculated columns: Excel gives
    // their formulas to every row a colleague adds (with AutoCorrect's fill option on, the default).
    const formulas = computedFormulas(def.kind, letters, 2, settings);
    for (const [key, formula] of Object.entries(formulas) as Array<[ColumnKey, string]>)
      sheet.getRange(`${letters[key]}2`).formulas = [[formula]];
  };
}

export async function createRegisters(host: ExcelHost, now = new Date()): Promise<CreateResult> {
  return host.run(async (context) => {
    let syncs = 0;
    // Read: settings, tables, and whether each register's sheet exists and holds anything.
    const directory = queueDirectoryRead(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    syncs++;
    const { settings: settingsRead, tableNames } = directory();
    const settings: Settings = settingsRead.settings;
    const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));

    const usedReads = settings.registers.map((def) => {
      if (!sheetNames.has(def.sheet.toLowerCase())) return null;
      return queueSheetUseRead(context, def);
    });
    // A retry moments after a Create cut short finds that attempt's audit row as the log's last.
    const lastAudit = tableNames.has(AUDIT_TABLE.toLowerCase()) ? queueLastAuditRow(context) : null;
    if (usedReads.some((u) => u !== null) || lastAudit) {
      await context.sync();
      syncs++;
    }
    const cutShort = (def: RegisterDefinition, i: number) => {
      const read = usedReads[i];
      return !!read && isCutShortHeader(def, read.used, read.header.values[0] ?? []);
    };

    const items: CreatePlanItem[] = settings.registers.map((def, i) => {
      if (tableNames.has(def.table.toLowerCase()))
        return { def, action: "exists", reason: `${def.name} already exists (table ${def.table}).` };
      const used = usedReads[i]?.used;
      if (used && !used.isNullObject && !cutShort(def, i))
        return {
          def,
          action: "blocked",
          reason: `Sheet "${def.sheet}" already holds data at ${used.address}: use Adopt register on it instead.`,
        };
      return { def, action: "create" };
    });
    const toCreate = items.filter((i) => i.action === "create");
    const needAudit = !tableNames.has(AUDIT_TABLE.toLowerCase());
    const needSettings = settingsRead.state === "absent";
    if (toCreate.length === 0 && !needAudit && !needSettings) return { items, created: [], syncs };

    // Write: everything in one batch, the tables (and the formulas that go into them) and the audit row
    // last: a batch cut short has most likely made no table, and the retry recognises the sheets it
    // began (cutShort), creates every register again, and audits once.
    const tables: Array<() => void> = [];
    for (const item of toCreate)
      tables.push(
        queueNewRegister(context, item.def, settings, sheetNames.has(item.def.sheet.toLowerCase())),
      );
    if (needSettings) queueSettingsWrite(context, settings, sheetNames.has(SETTINGS_SHEET.toLowerCase()));
    const created = toCreate.map((i) => i.def.name);
    const entry: AuditEntry = {
      action: "Create registers",
      register: created.join(", ") || "(none)",
      summary: `Created ${created.length} register(s)${needAudit ? " and the audit log" : ""}.`,
    };
    for (const t of tables) t();
    if (!(lastAudit && recordsAction(lastAudit(), entry, now)))
      queueAuditOrCreate(context, !needAudit, sheetNames.has(AUDIT_SHEET.toLowerCase()), entry, now);
    if (toCreate[0]) context.workbook.worksheets.getItem(toCreate[0].def.sheet).activate();
    // What the pane shows next, read in the same sync as the writes (queued after them, so it sees
    // them), when every register is one just made, so the read is small: the settings, the tables and
    // each register, as readWorkbookState reads them. Beside registers already there (perhaps long), the
    // pane reads the workbook afresh instead.
    const isNew = (d: RegisterDefinition) => toCreate.some((i) => i.def.id === d.id);
    const present = settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()) || isNew(d));
    const readBack = present.every(isNew) ? queueDirectoryRead(context) : null;
    const reads = readBack ? present.map((def) => queueRegisterRead(context, def, host)) : [];
    await context.sync();
    syncs++;
    if (!readBack) return { items, created, syncs };
    const after = readBack();
    const state: WorkbookState = {
      settings: after.settings,
      registers: reads.map((read) => read().snapshot),
      missing: after.settings.settings.registers.filter((d) => !after.tableNames.has(d.table.toLowerCase())),
      tableNames: after.tableNames,
    };
    return { items, created, syncs, state };
  });
}
