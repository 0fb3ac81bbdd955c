// Source: https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel
import { apostropheKeepsText } from "../../src/excel/contracts/apostropheKeepsText";
import { runOnSimulator } from "./helpers";

test("a leading apostrophe keeps text, and is not part of the value read back", async () => {
  const result = await runOnSimulator(apostropheKeepsText);
  expect(result.observed).toBe('read back ["08","14 July 2017"] (String, String)');
  expect(result.outcome).toBe("held");
});
