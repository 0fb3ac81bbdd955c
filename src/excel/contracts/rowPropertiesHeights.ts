import { expectThat, type Contract } from "./contract";

export const rowPropertiesHeights: Contract = {
  id: "row-properties-heights",
  title: "setRowProperties sets each row's height, in the order of the range's rows",
  expected:
    "Range.setRowProperties takes one entry per row of the range, in order; format.rowHeight sets that row's height in points, which getRowProperties reads back (ExcelApi 1.9).",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setrowproperties-member(1)",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.settablerowproperties",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-multiple-ranges-and-cell-properties",
  ],
  requires: { set: "ExcelApi", version: "1.9" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A2:A4");
      range.setRowProperties([
        { format: { rowHeight: 30 } },
        { format: { rowHeight: 45.75 } },
        { format: { rowHeight: 18 } },
      ]);
      const read = range.getRowProperties({ format: { rowHeight: true } });
      await context.sync();
      const heights = read.value.map((r) => r.format?.rowHeight);
      return expectThat(
        JSON.stringify(heights) === JSON.stringify([30, 45.75, 18]),
        `read back ${JSON.stringify(heights)}`,
      );
    });
  },
};
