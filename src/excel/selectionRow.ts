// Where the selection is now: one sync, for the row form's first read.
import type { ExcelHost } from "./host";

export async function currentSelection(host: ExcelHost): Promise<{ sheet: string; row: number }> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("rowIndex");
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return { sheet: ws.name, row: range.rowIndex };
  });
}
