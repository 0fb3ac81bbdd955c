/* eslint-disable office-addins/load-object-before-read --
   The rule reads `ws.getRange(…).dataValidation` (a navigation, not a loaded property) as a read of `ws`. */
// Setting DataValidation.rule over cells that carry different validations fails, as office-js #2594
// reports; clearing the range first makes it work. The add-in always clears before it sets a rule.
import { expectThat, type Contract } from "./contract";

const code = (e: unknown) => String((e as { code?: string }).code ?? (e as Error).message);

export const dataValidationRuleOverMixed: Contract = {
  id: "data-validation-rule-over-mixed",
  title: "A rule cannot be set over cells with differing validation until they are cleared",
  expected:
    "With a prompt set on B5:B10 and then on B1:B10, setting a rule on B1:B10 fails with InvalidArgument; after DataValidation.clear on B1:B10 the same rule is accepted.",
  sources: [
    "https://github.com/OfficeDev/office-js/issues/2594",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation#remove-data-validation-from-a-range",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const rule = { list: { inCellDropDown: true, source: "Item 1,Item 2" } };
      const prompt = { showPrompt: true, title: "Pick", message: "Pick an item." };
      ws.getRange("B5:B10").dataValidation.prompt = prompt;
      ws.getRange("B1:B10").dataValidation.prompt = prompt;
      await context.sync();
      let mixed = "accepted";
      try {
        ws.getRange("B1:B10").dataValidation.rule = rule;
        await context.sync();
      } catch (e) {
        mixed = code(e);
      }
      const dv = ws.getRange("B1:B10").dataValidation;
      dv.clear();
      dv.rule = rule;
      dv.load("type");
      await context.sync();
      const after = dv.type;
      return expectThat(
        mixed === "InvalidArgument" && after === "List",
        `rule over the mixed range: ${mixed}; after clear: ${after}`,
      );
    });
  },
};
