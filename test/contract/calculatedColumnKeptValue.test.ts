// Source: https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8
// (a value in a calculated column is an exception; it does not change the column).
import { calculatedColumnKeptValue } from "../../src/excel/contracts/calculatedColumnKeptValue";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test.each([true, false])("a value written back after the formula stays (fill option %s)", async (on) => {
  const result = await runOnSimulator(
    calculatedColumnKeptValue,
    new Simulator({ autoFillTableFormulas: on }),
  );
  expect(result.observed).toBe("B2:B3: =A2*2, 99");
  expect(result.outcome).toBe("held");
});
