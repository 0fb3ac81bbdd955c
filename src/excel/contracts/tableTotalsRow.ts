import { expectThat, type Contract } from "./contract";
import { queueSmallTable } from "./tableFixture";

export const tableTotalsRow: Contract = {
  id: "table-totals-row",
  title: "A totals row is part of getRange() but not of the data body; rows are added above it",
  expected:
    "With showTotals on, Table.getRange() includes the totals row, getDataBodyRange() does not, getTotalRowRange() is the row below the data, and rows.add puts the new row above the totals row.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.table",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection?view=excel-js-1.21",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const table = queueSmallTable(context, sheet);
      table.showTotals = true;
      const whole = table.getRange();
      const body = table.getDataBodyRange();
      const totals = table.getTotalRowRange();
      for (const r of [whole, body, totals]) r.load("address");
      await context.sync();
      const tail = (r: Excel.Range) => r.address.split("!").pop();
      const before = `${tail(whole)} / ${tail(body)} / ${tail(totals)}`;
      table.rows.add(undefined, [[4, ""]]);
      const totalsAfter = table.getTotalRowRange();
      totalsAfter.load("address");
      const added = context.workbook.worksheets.getItem(sheet).getRange("A5");
      added.load("values");
      await context.sync();
      const after = `${totalsAfter.address.split("!").pop()}, A5 = ${String(added.values[0]?.[0])}`;
      return expectThat(
        before === "A1:B5 / A2:B4 / A5:B5" && after === "A6:B6, A5 = 4",
        `whole / data body / totals: ${before}; after rows.add: totals ${after}`,
      );
    });
  },
};
