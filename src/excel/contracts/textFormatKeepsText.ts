import { expectThat, type Contract } from "./contract";

export const textFormatKeepsText: Contract = {
  id: "text-format-keeps-text",
  title: "A Text-formatted cell keeps the text written to it",
  expected:
    'A cell whose number format is Text ("@") keeps "08", "14 July 2017" and "2019" as the strings written, not as numbers or dates, provided the format is set before the values.',
  sources: [
    "https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel",
    "https://github.com/OfficeDev/office-js/issues/1559",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:C1");
      range.numberFormat = [["@", "@", "@"]];
      range.values = [["08", "14 July 2017", "2019"]];
      range.load("values, valueTypes");
      await context.sync();
      const got = range.values[0] ?? [];
      return expectThat(
        JSON.stringify(got) === JSON.stringify(["08", "14 July 2017", "2019"]) &&
          (range.valueTypes[0] ?? []).every((t) => t === "String"),
        `read back ${JSON.stringify(got)} (${(range.valueTypes[0] ?? []).join(", ")})`,
      );
    });
  },
};
