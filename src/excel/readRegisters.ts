/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Deferred reads: a queue…() function loads, the caller syncs once for many reads, then calls the
   returned reader. The rules cannot see the sync across the function boundary. */
// Reading registers: one sync for every register, whatever its size.
import type { CellValue, RegisterSnapshot } from "../domain/register";
import type { RegisterDefinition } from "../domain/settings";
import type { ExcelHost } from "./host";
import { queueFormulaCells } from "./formulaCells";
import { FIRST_WINDOW_ROWS, isTooLarge, joinGrids, planningRowBytes, readGridInWindows } from "./readGrid";
import { queueSettingsRead, type SettingsRead } from "./settingsStore";

/** A register's header and first rows, read with everything else; the rest, if any, to read after. */
export interface RegisterFirstRead {
  snapshot: RegisterSnapshot;
  /** The sheet rows still to read (in windows sized from the first rows), or null. */
  rest: { top: number; bottom: number; left: number; right: number } | null;
  /** Bytes per row measured on the first window (planningRowBytes), to size the windows by. */
  rowBytes: number;
}

/**
 * Queues the read of one register table, which must exist: its header and first `firstRows` rows, so
 * that however long the register, this sync's response stays small.
 */
export function queueRegisterRead(
  context: Excel.RequestContext,
  def: RegisterDefinition,
  host: ExcelHost,
  firstRows = FIRST_WINDOW_ROWS,
): () => RegisterFirstRead {
  const table = context.workbook.tables.getItem(def.table);
  const whole = table.getRange();
  whole.load("rowIndex, columnIndex, rowCount, columnCount");
  table.load("showTotals"); // getRange() includes a totals row, which is not a register row
  const first = whole.getIntersectionOrNullObject(whole.getRow(0).getResizedRange(firstRows, 0));
  first.load("values");
  const formulaCells = queueFormulaCells(first, host);
  const sheet = table.worksheet;
  sheet.load("name");
  return () => {
    const rows = registerRowCount(whole, table);
    const values = (first.values as CellValue[][]).slice(0, rows);
    const read = values.length;
    return {
      snapshot: {
        def,
        sheet: sheet.name,
        top: whole.rowIndex,
        left: whole.columnIndex,
        headers: (values[0] ?? []).map((h) => String(h ?? "")),
        values: values.slice(1),
        // The formulas grid (older hosts) covers the header row too; the snapshot's rows start below it.
        formulaCells: ((fc) => (fc.formulas ? { areas: null, formulas: fc.formulas.slice(1) } : fc))(
          formulaCells(),
        ),
      },
      rest:
        rows > read
          ? {
              top: whole.rowIndex + read,
              bottom: whole.rowIndex + rows - 1,
              left: whole.columnIndex,
              right: whole.columnIndex + whole.columnCount - 1,
            }
          : null,
      rowBytes: planningRowBytes(values),
    };
  };
}

/** The table's header and data rows: its whole range less a totals row. */
const registerRowCount = (whole: Excel.Range, table: Excel.Table) =>
  whole.rowCount - (table.showTotals ? 1 : 0);

/** Reads the rest of a long register in windows sized from its first rows, and joins it on (no sync for a short one). */
async function readRest(
  context: Excel.RequestContext,
  host: ExcelHost,
  first: RegisterFirstRead,
): Promise<RegisterSnapshot> {
  const { snapshot, rest, rowBytes } = first;
  if (!rest) return snapshot;
  const more = await readGridInWindows(context, host, snapshot.sheet, rest, rowBytes);
  const joined = joinGrids(host, [{ values: snapshot.values, formulaCells: snapshot.formulaCells }, more]);
  return { ...snapshot, values: joined.values, formulaCells: joined.formulaCells };
}

export interface WorkbookState {
  settings: SettingsRead;
  registers: RegisterSnapshot[];
  /** Registers named in the settings whose table is not in the workbook. */
  missing: RegisterDefinition[];
  /** Every table name in the workbook (lower case), for planning creation and adoption. */
  tableNames: Set<string>;
}

/** Queues the read of the settings and of the workbook's table names. */
export function queueDirectoryRead(
  context: Excel.RequestContext,
): () => { settings: SettingsRead; tableNames: Set<string> } {
  const settings = queueSettingsRead(context);
  const tables = context.workbook.tables;
  tables.load("items/name");
  return () => ({ settings: settings(), tableNames: new Set(tables.items.map((t) => t.name.toLowerCase())) });
}

/**
 * Two syncs for registers of up to 1,000 rows each (3,000 rows in all): the settings and table names,
 * then every register at once. A longer register adds a sync per window of about 3.5 MB.
 */
export async function readWorkbookState(host: ExcelHost): Promise<WorkbookState> {
  const { settings, tableNames } = await host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    await context.sync();
    return directory();
  });
  const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
  const missing = settings.settings.registers.filter((d) => !tableNames.has(d.table.toLowerCase()));
  const registers = present.length ? await readRegisters(host, present) : [];
  return { settings, registers, missing, tableNames };
}

/**
 * One sync for registers whose tables are known to exist, whatever their size: each register's first
 * rows come in it, and only a register longer than that is read on, in windows planned from them.
 */
/** The fewest first-sync rows each register gets when several are read together. */
const SHARED_FIRST_ROWS = 1100;

export async function readRegisters(
  host: ExcelHost,
  defs: readonly RegisterDefinition[],
): Promise<RegisterSnapshot[]> {
  let firsts: RegisterFirstRead[] | null = null;
  try {
    return await host.run(async (context) => {
      // The first sync's rows are shared, so that reading every register at once stays small; but each
      // register gets at least SHARED_FIRST_ROWS, so that a workbook's four or five registers of up to a
      // thousand rows each still come in one sync (5,000 rows of 1 kB is under Excel's 5 MB; rows far
      // longer than that are caught below and read register by register).
      const firstRows = Math.max(SHARED_FIRST_ROWS, Math.floor(FIRST_WINDOW_ROWS / Math.max(1, defs.length)));
      const reads = defs.map((def) => queueRegisterRead(context, def, host, firstRows));
      await context.sync();
      firsts = reads.map((read) => read());
      const out: RegisterSnapshot[] = [];
      // Registers one after another: each long one's windows are their own syncs.
      for (const first of firsts) out.push(await readRest(context, host, first));
      return out;
    });
  } catch (e) {
    // Only rows far longer than a register's usual ones make the first sync too large: then each
    // register alone, from a window that halves until Excel takes it.
    if (firsts || !isTooLarge(e)) throw e;
    const out: RegisterSnapshot[] = [];
    for (const def of defs) out.push(await readRegisterInWindows(host, def));
    return out;
  }
}

/** Reads one register a window of rows at a time, from its header's position and size. */
async function readRegisterInWindows(host: ExcelHost, def: RegisterDefinition): Promise<RegisterSnapshot> {
  return host.run(async (context) => {
    const table = context.workbook.tables.getItem(def.table);
    const whole = table.getRange();
    whole.load("rowIndex, columnIndex, rowCount, columnCount");
    table.load("showTotals");
    const header = whole.getRow(0);
    header.load("values");
    const sheet = table.worksheet;
    sheet.load("name");
    await context.sync();
    const rest = {
      top: whole.rowIndex + 1,
      bottom: whole.rowIndex + registerRowCount(whole, table) - 1,
      left: whole.columnIndex,
      right: whole.columnIndex + whole.columnCount - 1,
    };
    const grid =
      rest.bottom >= rest.top
        ? await readGridInWindows(context, host, sheet.name, rest, null, 250)
        : joinGrids(host, []);
    return {
      def,
      sheet: sheet.name,
      top: whole.rowIndex,
      left: whole.columnIndex,
      headers: ((header.values as CellValue[][])[0] ?? []).map((h) => String(h ?? "")),
      values: grid.values,
      formulaCells: grid.formulaCells,
    };
  });
}
