import { expectThat, type Contract } from "./contract";

export const apostropheKeepsText: Contract = {
  id: "apostrophe-keeps-text",
  title: "A leading apostrophe keeps text as text",
  expected:
    'Writing "\'08" or "\'14 July 2017" into a General cell stores the text after the apostrophe; Range.values reads it back without the apostrophe.',
  sources: [
    "https://learn.microsoft.com/en-us/office/troubleshoot/excel/long-numbers-incorrectly-in-excel",
    "https://github.com/OfficeDev/office-js/issues/1559",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:B1");
      range.values = [["'08", "'14 July 2017"]];
      range.load("values, valueTypes");
      await context.sync();
      const got = range.values[0] ?? [];
      return expectThat(
        JSON.stringify(got) === JSON.stringify(["08", "14 July 2017"]) &&
          (range.valueTypes[0] ?? []).every((t) => t === "String"),
        `read back ${JSON.stringify(got)} (${(range.valueTypes[0] ?? []).join(", ")})`,
      );
    });
  },
};
