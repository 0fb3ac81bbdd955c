// Moving Excel's selection to a finding's cell, and reading where the selection is.
import type { ExcelHost } from "./host";

export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

export async function selectedAddress(host: ExcelHost): Promise<string> {
  return host.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return range.address;
  });
}

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
