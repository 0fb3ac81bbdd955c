// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-text-member,
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dates
import { dateSerialReadsBack } from "../../src/excel/contracts/dateSerialReadsBack";
import { runOnSimulator } from "./helpers";

test("a date serial with a date format is a number in values and the date in text", async () => {
  const result = await runOnSimulator(dateSerialReadsBack);
  expect(result.observed).toBe('values [42930,42930] (Double); text ["14 July 2017","2017-07-14"]');
  expect(result.outcome).toBe("held");
});
