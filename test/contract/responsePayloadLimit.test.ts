// Sources: https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
// https://github.com/OfficeDev/office-js-docs/issues/1247 (a huge range read: "Internal Server Error")
import { responsePayloadLimit } from "../../src/excel/contracts/responsePayloadLimit";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test("Excel on the web refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
  const sim = new Simulator();
  const result = await runOnSimulator(responsePayloadLimit, sim);
  expect(result.observed).toBe("a 5.7 MB response was refused with ResponsePayloadSizeLimitExceeded");
  expect(result.outcome).toBe("held");
  // The request that asked for it was small: the contract never sends or stores megabytes.
  expect(Math.max(...sim.syncs.map((s) => s.requestBytes))).toBeLessThan(100_000);
});

test("builds that give only the generic error hold too, and say so", async () => {
  const result = await runOnSimulator(responsePayloadLimit, new Simulator({ payloadErrors: "generic" }));
  expect(result.observed).toBe("a 5.7 MB response was refused with GeneralException");
  expect(result.outcome).toBe("held");
});

test("a host without the limit is reported as not run", async () => {
  const result = await runOnSimulator(responsePayloadLimit, new Simulator({ enforcePayloadLimit: false }));
  expect(result.outcome).toBe("not-run");
  expect(result.observed).toMatch(/answered a 5.7 MB response/);
});
