// Small reads the task pane needs to decide what to show.
import type { ExcelHost } from "./host";

export async function listVisibleSheets(host: ExcelHost): Promise<{ sheets: string[]; active: string }> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/visibility");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    return {
      sheets: sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name),
      active: active.name,
    };
  });
}
