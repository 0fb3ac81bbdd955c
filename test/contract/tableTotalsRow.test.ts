// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.table (getRange, getDataBodyRange,
// getTotalRowRange, showTotals) and https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection?view=excel-js-1.21
import { tableTotalsRow } from "../../src/excel/contracts/tableTotalsRow";
import { runOnSimulator } from "./helpers";

test("getRange includes the totals row, the data body does not, and rows are added above it", async () => {
  const result = await runOnSimulator(tableTotalsRow);
  expect(result.observed).toBe(
    "whole / data body / totals: A1:B5 / A2:B4 / A5:B5; after rows.add: totals A6:B6, A5 = 4",
  );
  expect(result.outcome).toBe("held");
});
