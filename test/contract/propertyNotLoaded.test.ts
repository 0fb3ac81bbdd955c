// Source: https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load
import { propertyNotLoaded } from "../../src/excel/contracts/propertyNotLoaded";
import { runOnSimulator } from "./helpers";

test("reading an unloaded property throws PropertyNotLoaded; loaded and synced it reads", async () => {
  const result = await runOnSimulator(propertyNotLoaded);
  expect(result.observed).toBe("before load: PropertyNotLoaded; after load and sync: loaded");
  expect(result.outcome).toBe("held");
});
