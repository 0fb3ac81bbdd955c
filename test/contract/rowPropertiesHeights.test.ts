// Source: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setrowproperties-member(1)
import { rowPropertiesHeights } from "../../src/excel/contracts/rowPropertiesHeights";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("setRowProperties sets each row's height in order", async () => {
  const result = await runOnSimulator(rowPropertiesHeights);
  expect(result.observed).toBe("read back [30,45.75,18]");
  expect(result.outcome).toBe("held");
});

test("a list of another length than the range's rows is refused, nothing set", async () => {
  const sim = new Simulator();
  const run = sim.host.run(async (context) => {
    const ws = context.workbook.worksheets.add("S");
    ws.getRange("A1:A3").setRowProperties([{ format: { rowHeight: 30 } }]);
    await context.sync();
  });
  await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("below ExcelApi 1.9 the method is not there", async () => {
  const sim = new Simulator({ apiVersion: "1.8" });
  const run = sim.host.run(async (context) => {
    context.workbook.worksheets
      .add("S")
      .getRange("A1")
      .setRowProperties([{ format: { rowHeight: 30 } }]);
    await context.sync();
  });
  await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
});
