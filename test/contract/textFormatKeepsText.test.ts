// Source: https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel
import { textFormatKeepsText } from "../../src/excel/contracts/textFormatKeepsText";
import { runOnSimulator } from "./helpers";

test("a Text-formatted cell keeps 08, a date and 2019 as text", async () => {
  const result = await runOnSimulator(textFormatKeepsText);
  expect(result.observed).toBe('read back ["08","14 July 2017","2019"] (String, String, String)');
  expect(result.outcome).toBe("held");
});
