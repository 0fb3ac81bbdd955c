// Sources: https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8
// and https://learn.microsoft.com/en-gb/dotnet/api/microsoft.office.interop.excel.autocorrect.autofillformulasinlists?view=excel-pia
import { tableRowsAddCalculated } from "../../src/excel/contracts/tableRowsAddCalculated";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("a row added to a calculated column takes its formula", async () => {
  const result = await runOnSimulator(tableRowsAddCalculated);
  expect(result.observed).toBe("column calculated; the added row's B5: =A5*2");
  expect(result.outcome).toBe("held");
});

test("with the fill option off the column never became calculated, and the added row stays blank", async () => {
  const result = await runOnSimulator(
    tableRowsAddCalculated,
    new Simulator({ autoFillTableFormulas: false }),
  );
  expect(result.observed).toBe("column not calculated; the added row's B5: (blank)");
  expect(result.outcome).toBe("held");
});
