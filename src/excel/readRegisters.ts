/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Deferred reads: a queue…() function loads, the caller syncs once for many reads, then calls the
   returned reader. The rules cannot see the sync across the function boundary. */
// Reading registers: one sync for every register, whatever its size.
import type { CellValue, RegisterSnapshot } from "../domain/register";
import type { RegisterDefinition } from "../domain/settings";
import type { ExcelHost } from "./host";
import { queueFormulaCells } from "./formulaCells";
import { isTooLarge, readGridInWindows } from "./readGrid";
import { queueSettingsRead, type SettingsRead } from "./settingsStore";

/** Queues the read of one register table, which must exist. */
export function queueRegisterRead(
  context: Excel.RequestContext,
  def: RegisterDefinition,
  host: ExcelHost,
): () => RegisterSnapshot {
  const table = context.workbook.tables.getItem(def.table);
  const whole = table.getRange();
  whole.load("values, rowIndex, columnIndex");
  const formulaCells = queueFormulaCells(whole, host);
  const sheet = table.worksheet;
  sheet.load("name");
  return () => {
    const values = whole.values as CellValue[][];
    return {
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
    };
  };
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
 * Two syncs whatever the registers' size: the settings and table names, then every register at once.
 * Only when the registers' text is over Excel on the web's 5 MB response limit (thousands of long
 * rows) are they read again in windows, a sync each.
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

/** One sync for registers whose tables are known to exist (windows only past the 5 MB limit). */
export async function readRegisters(
  host: ExcelHost,
  defs: readonly RegisterDefinition[],
): Promise<RegisterSnapshot[]> {
  try {
    return await host.run(async (context) => {
      const reads = defs.map((def) => queueRegisterRead(context, def, host));
      await context.sync();
      return reads.map((read) => read());
    });
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    const out: RegisterSnapshot[] = [];
    for (const def of defs) out.push(await readRegisterInWindows(host, def));
    return out;
  }
}

/** Reads one large register a window of rows at a time, halving the window if Excel still refuses. */
async function readRegisterInWindows(host: ExcelHost, def: RegisterDefinition): Promise<RegisterSnapshot> {
  return host.run(async (context) => {
    const table = context.workbook.tables.getItem(def.table);
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex, columnIndex, columnCount");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    const sheet = table.worksheet;
    sheet.load("name");
    await context.sync();
    const grid = await readGridInWindows(context, host, sheet.name, {
      top: header.rowIndex + 1,
      bottom: header.rowIndex + body.rowCount,
      left: header.columnIndex,
      right: header.columnIndex + header.columnCount - 1,
    });
    return {
      def,
      sheet: sheet.name,
      top: header.rowIndex,
      left: header.columnIndex,
      headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
      values: grid.values,
      formulaCells: grid.formulaCells,
    };
  });
}
