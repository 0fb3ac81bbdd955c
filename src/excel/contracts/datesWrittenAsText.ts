import { expectThat, type Contract } from "./contract";

/** 14 July 2017, 3 July 2017 and 7 March 2017 in Excel's 1900 date system. */
const JULY_14 = 42930;
const JULY_3 = 42919;
const MARCH_7 = 42801;

export const datesWrittenAsText: Contract = {
  id: "dates-written-as-text",
  title: "Text that looks like a date becomes a date serial",
  expected:
    'Writing "14 July 2017" through Range.values into a General cell stores the serial 42930 (a Double) and gives the cell a date format. Range.values reads the ambiguous "03/07/2017" in en-US order (7 March) on every host; Range.formulasLocal reads it in the host\'s own order (3 July where the short date is day first).',
  sources: [
    "https://github.com/OfficeDev/office-js/issues/1559",
    "https://github.com/OfficeDev/office-js/issues/229",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulaslocal-member",
  ],
  requires: { set: "ExcelApi", version: "1.12" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const range = ws.getRange("A1:C1");
      range.values = [["14 July 2017", "03/07/2017", null]];
      ws.getRange("C1").formulasLocal = [["03/07/2017"]];
      range.load("values, valueTypes, numberFormat");
      const culture = context.workbook.application.cultureInfo.datetimeFormat;
      culture.load("shortDatePattern");
      await context.sync();
      const [long, viaValues, viaLocal] = range.values[0] ?? [];
      const dayFirst = !/^\W*m/i.test(culture.shortDatePattern);
      const localExpected = dayFirst ? JULY_3 : MARCH_7;
      return expectThat(
        long === JULY_14 &&
          range.valueTypes[0]?.[0] === "Double" &&
          range.numberFormat[0]?.[0] !== "General" &&
          viaValues === MARCH_7 &&
          viaLocal === localExpected,
        `"14 July 2017" read back ${String(long)} (${String(range.valueTypes[0]?.[0])}, format ${String(range.numberFormat[0]?.[0])}); "03/07/2017" through values ${String(viaValues)}, through formulasLocal ${String(viaLocal)} (short date ${culture.shortDatePattern}; expected ${MARCH_7} and ${localExpected})`,
      );
    });
  },
};
