import { expectThat, type Contract } from "./contract";

/**
 * The DCC Reporting Table's late and overdue notes are each merged across the table's width with
 * `merge(true)`: the add-in relies on `across` making one merged area per row (not one block), so
 * each note keeps its own row and height, and on the text in the first column staying.
 */
export const mergeAcross: Contract = {
  id: "merge-across",
  title: "merge(true) merges each row of a range on its own",
  expected:
    'With text in A1 and A2, getRange("A1:D2").merge(true) gives two merged areas, A1:D1 and A2:D2 (read with getMergedAreasOrNullObject, ExcelApi 1.13), and A1 and A2 keep their text.',
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)",
  ],
  async run(host, sheet) {
    if (!host.isSetSupported("ExcelApi", "1.13"))
      return expectThat(true, "not run: getMergedAreasOrNullObject needs ExcelApi 1.13");
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("A1:A2").values = [["First note."], ["Second note."]];
      ws.getRange("A1:D2").merge(true);
      const areas = ws.getRange("A1:D2").getMergedAreasOrNullObject();
      areas.load("areaCount, address");
      const text = ws.getRange("A1:A2");
      text.load("values");
      await context.sync();
      const seen = `${areas.isNullObject ? "no merged areas" : `${areas.areaCount} area(s): ${areas.address}`}; A1:A2 ${JSON.stringify(text.values)}`;
      return expectThat(
        !areas.isNullObject &&
          areas.areaCount === 2 &&
          text.values[0]?.[0] === "First note." &&
          text.values[1]?.[0] === "Second note.",
        seen,
      );
    });
  },
};
