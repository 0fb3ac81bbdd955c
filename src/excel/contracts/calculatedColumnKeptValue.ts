import { CALCULATED_COLUMN_SOURCES } from "./calculatedColumnFill";
import { expectThat, type Contract } from "./contract";
import { queueSmallTable, shownFormulas } from "./tableFixture";

export const calculatedColumnKeptValue: Contract = {
  id: "calculated-column-kept-value",
  title: "A value written back after a formula, in the same batch, stays",
  expected:
    "Writing a formula into a table column and then, in the same batch, the value typed in another row leaves that value, whether or not Excel filled the formula (a value in a calculated column is an exception). The add-in keeps typed values this way.",
  sources: CALCULATED_COLUMN_SOURCES,
  async run(host, sheet) {
    return host.run(async (context) => {
      queueSmallTable(context, sheet);
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("B3").values = [[99]];
      await context.sync();
      ws.getRange("B2").formulas = [["=A2*2"]];
      ws.getRange("B3").values = [[99]];
      const column = ws.getRange("B2:B3");
      column.load("formulas");
      await context.sync();
      const seen = shownFormulas(column);
      return expectThat(seen === "=A2*2, 99", `B2:B3: ${seen}`);
    });
  },
};
