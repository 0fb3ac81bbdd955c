// Sources: https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables#get-visible-cells-from-a-filtered-table
// and https://learn.microsoft.com/en-us/javascript/api/excel/excel.autofilter
import { filteredTableReads } from "../../src/excel/contracts/filteredTableReads";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("a filtered table's data body reads every row and keeps a write to a hidden one", async () => {
  const result = await runOnSimulator(filteredTableReads);
  expect(result.observed).toBe("data body with only Item 2 shown: 1:, 2:, 3:written");
  expect(result.outcome).toBe("held");
});

test("on a host without ExcelApi 1.9 it is not run", async () => {
  const result = await runOnSimulator(filteredTableReads, new Simulator({ apiVersion: "1.8" }));
  expect(result.outcome).toBe("not-run");
});
