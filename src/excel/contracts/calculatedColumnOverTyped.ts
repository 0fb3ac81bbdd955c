import { CALCULATED_COLUMN_SOURCES } from "./calculatedColumnFill";
import { expectThat, type Contract } from "./contract";
import { queueSmallTable, shownFormulas } from "./tableFixture";

export const calculatedColumnOverTyped: Contract = {
  id: "calculated-column-over-typed",
  title: "A formula written into a table column is filled over values typed in it",
  expected:
    "With the fill option on, a formula written into one row of a table column replaces the column's other rows, typed values too (office-js #2093); with it off, the typed value stays.",
  sources: [...CALCULATED_COLUMN_SOURCES, "https://github.com/OfficeDev/office-js/issues/1916"],
  async run(host, sheet) {
    return host.run(async (context) => {
      queueSmallTable(context, sheet);
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("B3").values = [[99]];
      await context.sync();
      ws.getRange("B2").formulas = [["=A2*2"]];
      const rest = ws.getRange("B3:B4");
      rest.load("formulas");
      await context.sync();
      const seen = shownFormulas(rest);
      const over = seen === "=A3*2, =A4*2";
      const kept = seen === "99, (blank)";
      return expectThat(
        over || kept,
        `B3:B4 (B3 typed 99) after writing =A2*2 into B2: ${seen} (${over ? "filled over the typed value: the option is on" : kept ? "typed value kept: the option is off" : "neither"})`,
      );
    });
  },
};
