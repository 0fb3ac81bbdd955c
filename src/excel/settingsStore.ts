/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads: a queue…() function loads, the caller syncs once for many reads, then calls the
   returned reader. The rules cannot see the sync across the function boundary. */
// Settings live in cells of a very hidden sheet, so every platform saves them and co-authors merge them.
import { rangeAddress } from "../domain/address";
import type { CellValue } from "../domain/register";
import { DEFAULT_SETTINGS, type Settings } from "../domain/settings";
import { settingsFromRows, settingsToRows, SETTINGS_WIDTH } from "../domain/settingsCells";
import { SETTINGS_SHEET } from "./layout";

export type SettingsRead =
  | { state: "absent"; settings: Settings }
  | { state: "ok"; settings: Settings }
  | { state: "invalid"; settings: Settings; errors: string[] };

/** Queues the read of the settings sheet; call the result after the sync. */
export function queueSettingsRead(context: Excel.RequestContext): () => SettingsRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  return () => {
    if (sheet.isNullObject || used.isNullObject) return { state: "absent", settings: DEFAULT_SETTINGS };
    const parsed = settingsFromRows(used.values as CellValue[][]);
    if (parsed.ok) return { state: "ok", settings: parsed.settings };
    return { state: "invalid", settings: DEFAULT_SETTINGS, errors: parsed.errors };
  };
}

/** The values to write, and the range they fill (the sheet is cleared first so old rows go). */
export function settingsWrite(settings: Settings): { address: string; values: CellValue[][] } {
  const values = settingsToRows(settings);
  return {
    address: rangeAddress({ top: 0, left: 0, bottom: values.length - 1, right: SETTINGS_WIDTH - 1 }),
    values,
  };
}

/** Queues writing the settings onto an existing or new hidden sheet. */
export function queueSettingsWrite(
  context: Excel.RequestContext,
  settings: Settings,
  sheetExists: boolean,
): void {
  const sheet = sheetExists
    ? context.workbook.worksheets.getItem(SETTINGS_SHEET)
    : context.workbook.worksheets.add(SETTINGS_SHEET);
  const { address, values } = settingsWrite(settings);
  if (sheetExists) sheet.getRange("A1:H200").clear("Contents");
  const range = sheet.getRange(address);
  range.numberFormat = values.map((row) => row.map((v) => (typeof v === "number" ? "General" : "@")));
  range.values = values as Excel.Range["values"];
  // Very hidden: the sheet-tab menu's Unhide does not list it, so only the add-in shows it again.
  // Set on every write, so a workbook whose sheet is merely Hidden is upgraded.
  sheet.visibility = "VeryHidden";
}
