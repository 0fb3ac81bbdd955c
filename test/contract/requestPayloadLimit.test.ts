// Sources: https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
// https://github.com/OfficeDev/office-js-docs-reference/issues/354 (only "An internal error has occurred")
import { requestPayloadLimit } from "../../src/excel/contracts/requestPayloadLimit";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("Excel on the web refuses a request over 5 MB with RequestPayloadSizeLimitExceeded, running none of it", async () => {
  const result = await runOnSimulator(requestPayloadLimit);
  expect(result.observed).toBe(
    "a 5.7 MB request was refused with RequestPayloadSizeLimitExceeded; none of it ran",
  );
  expect(result.outcome).toBe("held");
});

test("builds that give only the generic error hold too, and say so", async () => {
  const result = await runOnSimulator(requestPayloadLimit, new Simulator({ payloadErrors: "generic" }));
  expect(result.observed).toBe("a 5.7 MB request was refused with GeneralException; none of it ran");
  expect(result.outcome).toBe("held");
});

test("a host without the limit (Excel on Windows and Mac) is reported as not run, not as held", async () => {
  const result = await runOnSimulator(requestPayloadLimit, new Simulator({ enforcePayloadLimit: false }));
  expect(result.outcome).toBe("not-run");
  expect(result.observed).toMatch(/accepted a 5.7 MB request/);
});
