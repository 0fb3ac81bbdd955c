// Sources: https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8
// and https://github.com/OfficeDev/office-js/issues/2093 (the fill follows AutoCorrect's option).
import { calculatedColumnFill } from "../../src/excel/contracts/calculatedColumnFill";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("with the fill option on (the default), a formula in one cell fills the empty column", async () => {
  const result = await runOnSimulator(calculatedColumnFill);
  expect(result.observed).toBe("B3:B4 after writing =A2*2 into B2: =A3*2, =A4*2 (filled: the option is on)");
  expect(result.outcome).toBe("held");
});

test("with the fill option off, only the cell written holds the formula", async () => {
  const result = await runOnSimulator(calculatedColumnFill, new Simulator({ autoFillTableFormulas: false }));
  expect(result.observed).toContain("(blank), (blank) (not filled: the option is off)");
  expect(result.outcome).toBe("held");
});
