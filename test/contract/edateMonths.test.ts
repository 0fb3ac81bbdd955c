// Source: https://support.microsoft.com/en-us/office/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5
// (the serial result, months truncated, #VALUE! for a start date that is not valid).
import { edateMonths } from "../../src/excel/contracts/edateMonths";
import { runOnSimulator } from "./helpers";

test("EDATE moves a serial by whole months, truncating the count; a start that is not a date is #VALUE!", async () => {
  const result = await runOnSimulator(edateMonths);
  expect(result.observed).toBe('B1:E1 read back [40589,40527,40617,"#VALUE!"]');
  expect(result.outcome).toBe("held");
});
