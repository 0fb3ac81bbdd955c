/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Deferred reads: a queue…() function loads, the caller syncs once for many reads, then calls the
   returned reader. The rules cannot see the sync across the function boundary. */
// Reading registers: one sync for every register, whatever its size.
import type { CellValue, RegisterSnapshot } from "../domain/register";
import type { RegisterDefinition } from "../domain/settings";
import type { ExcelHost } from "./host";
import { queueFormulaCells } from "./formulaCells";
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
      formulaCells: formulaCells(),
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

/** Two syncs whatever the registers' size: the settings and table names, then every register at once. */
export async function readWorkbookState(host: ExcelHost): Promise<WorkbookState> {
  return host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    await context.sync();
    const { settings, tableNames } = directory();
    const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
    const missing = settings.settings.registers.filter((d) => !tableNames.has(d.table.toLowerCase()));
    const reads = present.map((def) => queueRegisterRead(context, def, host));
    if (reads.length) await context.sync();
    return { settings, registers: reads.map((read) => read()), missing, tableNames };
  });
}

/** One sync: registers whose tables are known to exist. */
export async function readRegisters(
  host: ExcelHost,
  defs: readonly RegisterDefinition[],
): Promise<RegisterSnapshot[]> {
  return host.run(async (context) => {
    const reads = defs.map((def) => queueRegisterRead(context, def, host));
    await context.sync();
    return reads.map((read) => read());
  });
}
