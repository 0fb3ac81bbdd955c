// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority
import { conditionalFormatPriority } from "../../src/excel/contracts/conditionalFormatPriority";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("a conditional format added later takes priority 0; the earlier one moves to 1", async () => {
  const result = await runOnSimulator(conditionalFormatPriority);
  expect(result.observed).toBe("added first: priority 1; added second: priority 0; 2 formats");
  expect(result.outcome).toBe("held");
});

test("setting priority moves a format, keeping the order contiguous; a negative priority counts from the back", async () => {
  const sim = new Simulator();
  const texts = () => sim.model.sheets[0]!.conditionalFormats.map((c) => c.text);
  await sim.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5");
    const added = ["a", "b", "c"].map((text) => {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.rule = { operator: "Contains", text };
      return cf;
    });
    await context.sync();
    expect(texts()).toEqual(["c", "b", "a"]);
    added[0]!.priority = 0;
    await context.sync();
    expect(texts()).toEqual(["a", "c", "b"]);
    added[0]!.priority = -1;
    await context.sync();
    expect(texts()).toEqual(["c", "b", "a"]);
    added[2]!.priority = 99;
    added[0]!.load("priority");
    await context.sync();
    expect(texts()).toEqual(["b", "a", "c"]);
    expect(added[0]!.priority).toBe(1);
  });
});
