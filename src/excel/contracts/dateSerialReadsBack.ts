import { expectThat, type Contract } from "./contract";

export const dateSerialReadsBack: Contract = {
  id: "date-serial-reads-back",
  title: "A date is a number in values and a formatted date in text",
  expected:
    'A cell holding the serial 42930 with number format "d mmmm yyyy" reads back 42930 (a Double) in Range.values and "14 July 2017" in Range.text; with "yyyy-mm-dd" its text is "2017-07-14".',
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-text-member",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dates",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:B1");
      range.numberFormat = [["d mmmm yyyy", "yyyy-mm-dd"]];
      range.values = [[42930, 42930]];
      range.load("values, text, valueTypes");
      await context.sync();
      const values = range.values[0] ?? [];
      const text = range.text[0] ?? [];
      return expectThat(
        values[0] === 42930 &&
          values[1] === 42930 &&
          range.valueTypes[0]?.[0] === "Double" &&
          text[0] === "14 July 2017" &&
          text[1] === "2017-07-14",
        `values ${JSON.stringify(values)} (${String(range.valueTypes[0]?.[0])}); text ${JSON.stringify(text)}`,
      );
    });
  },
};
