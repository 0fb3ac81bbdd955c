// Source: https://github.com/OfficeDev/office-js/issues/2594 (a rule set over a range whose cells carry
// different validations fails with InvalidArgument; the add-in clears first)
import { dataValidationRuleOverMixed } from "../../src/excel/contracts/dataValidationRuleOverMixed";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("a rule over cells with differing validation is refused until the range is cleared", async () => {
  const result = await runOnSimulator(dataValidationRuleOverMixed);
  expect(result.observed).toBe("rule over the mixed range: InvalidArgument; after clear: List");
  expect(result.outcome).toBe("held");
});

test("a rule over part of one existing rule replaces it there and keeps it on the other cells", async () => {
  const sim = new Simulator();
  await sim.host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Sheet1");
    ws.getRange("C1:C10").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    ws.getRange("C4:C5").dataValidation.rule = {
      wholeNumber: { formula1: 1, formula2: 5, operator: "Between" },
    };
    await context.sync();
  });
  const shown = sim.model.sheets[0]!.validations.map((v) => [
    v.range.top,
    v.range.bottom,
    Object.keys(v.rule)[0],
  ]);
  expect(shown.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
    [0, 2, "list"],
    [3, 4, "wholeNumber"],
    [5, 9, "list"],
  ]);
});
