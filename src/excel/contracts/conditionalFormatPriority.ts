/* eslint-disable office-addins/load-object-before-read --
   getCount() returns a ClientResult, whose value is read after the sync without load(). */
// Excel gives a newly added conditional format the top priority, so the add-in must add the format it
// wants to win last (src/excel/layout.ts, beginsWithAddOrder).
import { expectThat, type Contract } from "./contract";

export const conditionalFormatPriority: Contract = {
  id: "conditional-format-priority",
  title: "A conditional format added later takes the top priority",
  expected:
    "ConditionalFormatCollection.add puts the new format at the first/top priority (priority 0); the formats already there move down one.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1:A3");
      const first = range.conditionalFormats.add("ContainsText");
      first.textComparison.rule = { operator: "Contains", text: "High" };
      first.textComparison.format.fill.color = "#FF0000";
      const second = range.conditionalFormats.add("ContainsText");
      second.textComparison.rule = { operator: "Contains", text: "risk" };
      second.textComparison.format.fill.color = "#0000FF";
      first.load("priority");
      second.load("priority");
      const count = range.conditionalFormats.getCount();
      await context.sync();
      return expectThat(
        second.priority === 0 && first.priority === 1 && count.value === 2,
        `added first: priority ${first.priority}; added second: priority ${second.priority}; ${count.value} formats`,
      );
    });
  },
};
