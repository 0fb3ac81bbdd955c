// Sources: https://github.com/OfficeDev/office-js/issues/1559 (Range.values reads text in en-US order on
// every host; formulasLocal in the host's), https://github.com/OfficeDev/office-js/issues/229
import { datesWrittenAsText } from "../../src/excel/contracts/datesWrittenAsText";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

test.each([
  ["en-GB", 42919],
  ["en-US", 42801],
] as const)(
  "on an %s host a date written as text becomes a serial; 03/07/2017 through formulasLocal is %s",
  async (locale, local) => {
    const result = await runOnSimulator(datesWrittenAsText, new Simulator({ locale }));
    expect(result.observed).toContain('"14 July 2017" read back 42930 (Double, format d-mmm-yy)');
    expect(result.observed).toContain(`through values 42801, through formulasLocal ${local}`);
    expect(result.outcome).toBe("held");
  },
);

test("is not run on a host without ExcelApi 1.12 (cultureInfo.datetimeFormat)", async () => {
  const result = await runOnSimulator(datesWrittenAsText, new Simulator({ apiVersion: "1.11" }));
  expect(result.outcome).toBe("not-run");
});
