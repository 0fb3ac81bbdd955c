// Source: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
// ("across: Optional. Set true to merge cells in each row of the specified range as separate merged
// cells"), read back with getMergedAreasOrNullObject (ExcelApi 1.13).
import { mergeAcross } from "../../src/excel/contracts/mergeAcross";
import { runOnSimulator } from "./helpers";

test("merge(true) makes one merged area per row and keeps the first column's text", async () => {
  const result = await runOnSimulator(mergeAcross);
  expect(result.observed).toMatch(
    /^2 area\(s\): .*A1:D1.*A2:D2.*; A1:A2 \[\["First note\."\],\["Second note\."\]\]$/,
  );
  expect(result.outcome).toBe("held");
});
