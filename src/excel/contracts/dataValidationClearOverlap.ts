/* eslint-disable office-addins/load-object-before-read --
   The rule reads `ws.getRange(…).dataValidation` (a navigation, not a loaded property) as a read of `ws`. */
// DataValidation.clear on a range clears exactly the cells it overlaps: the rest of a rule's cells keep
// it, so re-applying governance to one column never strips validation from cells beside it.
import { expectThat, type Contract } from "./contract";

export const dataValidationClearOverlap: Contract = {
  id: "data-validation-clear-overlap",
  title: "DataValidation.clear clears only the cells it overlaps",
  expected:
    "The cleared range need not match the range the validation was added to: only the overlapping cells are cleared, and the rule's other cells keep it.",
  sources: [
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-clear-member(1)",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationtype",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("A1:A4").dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      ws.getRange("A3:A6").dataValidation.clear();
      const kept = ws.getRange("A1:A2").dataValidation;
      const cleared = ws.getRange("A3:A4").dataValidation;
      const all = ws.getRange("A1:A4").dataValidation;
      kept.load("type");
      cleared.load("type");
      all.load("type");
      await context.sync();
      return expectThat(
        kept.type === "List" && cleared.type === "None" && all.type === "MixedCriteria",
        `A1:A2 ${kept.type}; A3:A4 ${cleared.type}; A1:A4 ${all.type}`,
      );
    });
  },
};
