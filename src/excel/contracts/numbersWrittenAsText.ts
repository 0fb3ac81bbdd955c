import { expectThat, type Contract } from "./contract";

export const numbersWrittenAsText: Contract = {
  id: "numbers-written-as-text",
  title: "Text that looks like a number becomes a number",
  expected:
    'Writing "3", "08", "1,000", "50%" or "2019" through Range.values into a General cell stores the number (3, 8, 1000, 0.5, 2019): an id such as "08" loses its zero.',
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member",
    "https://github.com/OfficeDev/office-js/issues/1559",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:E1");
      range.values = [["3", "08", "1,000", "50%", "2019"]];
      range.load("values, valueTypes");
      await context.sync();
      const got = range.values[0] ?? [];
      return expectThat(
        JSON.stringify(got) === JSON.stringify([3, 8, 1000, 0.5, 2019]) &&
          (range.valueTypes[0] ?? []).every((t) => t === "Double"),
        `read back ${JSON.stringify(got)} (${(range.valueTypes[0] ?? []).join(", ")})`,
      );
    });
  },
};
