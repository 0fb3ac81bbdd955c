import { expectThat, type Contract } from "./contract";

export const tableOverMergedCells: Contract = {
  id: "table-over-merged-cells",
  title: "A table cannot be made over merged cells",
  expected:
    "tables.add over a range that holds merged cells is refused (the issue's reading; no Microsoft page found says what Excel does). The add-in finds merged cells with getMergedAreasOrNullObject (ExcelApi 1.13), which reports an area only from its top-left cell (office-js #3611), and refuses before writing.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)",
    "https://github.com/OfficeDev/office-js/issues/3611",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("A1:B3").values = [
        ["Item", "Note"],
        [1, "merged"],
        [2, ""],
      ];
      ws.getRange("B2:B3").merge();
      await context.sync();
      ws.tables.add(`'${sheet}'!A1:B3`, true);
      try {
        await context.sync();
      } catch (e) {
        return expectThat(
          true,
          `tables.add refused: ${String((e as { code?: string }).code ?? (e as Error).message)}`,
        );
      }
      return expectThat(false, "tables.add made a table over the merged cells");
    });
  },
};
