// Sources: https://github.com/OfficeDev/office-js/issues/2093 (formulas replaced in other rows),
// https://github.com/OfficeDev/office-js/issues/6745 and https://github.com/OfficeDev/office-js/issues/1916.
import { calculatedColumnOverTyped } from "../../src/excel/contracts/calculatedColumnOverTyped";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("with the fill option on, the formula replaces a typed value in the column", async () => {
  const result = await runOnSimulator(calculatedColumnOverTyped);
  expect(result.observed).toContain("=A3*2, =A4*2 (filled over the typed value: the option is on)");
  expect(result.outcome).toBe("held");
});

test("with the fill option off, the typed value stays", async () => {
  const result = await runOnSimulator(
    calculatedColumnOverTyped,
    new Simulator({ autoFillTableFormulas: false }),
  );
  expect(result.observed).toContain("99, (blank) (typed value kept: the option is off)");
  expect(result.outcome).toBe("held");
});
