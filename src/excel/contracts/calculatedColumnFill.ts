import { expectThat, type Contract } from "./contract";
import { queueSmallTable, shownFormulas } from "./tableFixture";

export const CALCULATED_COLUMN_SOURCES = [
  "https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8",
  "https://github.com/OfficeDev/office-js/issues/2093",
  "https://github.com/OfficeDev/office-js/issues/6745",
];

export const calculatedColumnFill: Contract = {
  id: "calculated-column-fill",
  title: "A formula written into an empty table column fills the column",
  expected:
    "With AutoCorrect's \"Fill formulas in tables to create calculated columns\" on (the default), a formula written into one cell of an empty table column is filled into the column's other rows; with it off, only the cell written holds it.",
  sources: CALCULATED_COLUMN_SOURCES,
  async run(host, sheet) {
    return host.run(async (context) => {
      queueSmallTable(context, sheet);
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("B2").formulas = [["=A2*2"]];
      const rest = ws.getRange("B3:B4");
      rest.load("formulas");
      await context.sync();
      const seen = shownFormulas(rest);
      const filled = seen === "=A3*2, =A4*2";
      const left = seen === "(blank), (blank)";
      return expectThat(
        filled || left,
        `B3:B4 after writing =A2*2 into B2: ${seen} (${filled ? "filled: the option is on" : left ? "not filled: the option is off" : "neither"})`,
      );
    });
  },
};
