import { expectThat, type Contract } from "./contract";
import { queueSmallTable } from "./tableFixture";

export const filteredTableReads: Contract = {
  id: "filtered-table-reads",
  title: "A filtered table's data body reads and writes every row, hidden ones too",
  expected:
    "With an AutoFilter hiding rows, getDataBodyRange().values still holds every row (getVisibleView() is the way to see only the visible ones), and a write to a hidden row is kept.",
  sources: [
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables#get-visible-cells-from-a-filtered-table",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter",
  ],
  requires: { set: "ExcelApi", version: "1.9" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const table = queueSmallTable(context, sheet);
      table.autoFilter.apply(table.getRange(), 0, { filterOn: "Values", values: ["2"] });
      await context.sync();
      context.workbook.worksheets.getItem(sheet).getRange("B4").values = [["written"]];
      const body = table.getDataBodyRange();
      body.load("values");
      await context.sync();
      const seen = (body.values as unknown[][]).map((r) => r.map(String).join(":")).join(", ");
      table.clearFilters();
      await context.sync();
      return expectThat(seen === "1:, 2:, 3:written", `data body with only Item 2 shown: ${seen}`);
    });
  },
};
