// A small table for the table contracts: Item (1, 2, 3) and an empty Double column, A1:B4 of the
// scratch sheet. Queued only; the caller syncs.
export const TABLE_ADDRESS = "A1:B4";

export function queueSmallTable(context: Excel.RequestContext, sheet: string): Excel.Table {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.getRange(TABLE_ADDRESS).values = [
    ["Item", "Double"],
    [1, ""],
    [2, ""],
    [3, ""],
  ];
  return ws.tables.add(`'${sheet}'!${TABLE_ADDRESS}`, true);
}

/** The formulas of a range, joined for an observation ("=A3*2, =A4*2"). */
export const shownFormulas = (r: Excel.Range) =>
  (r.formulas as unknown[][]).map((row) => String(row[0] === "" ? "(blank)" : row[0])).join(", ");
