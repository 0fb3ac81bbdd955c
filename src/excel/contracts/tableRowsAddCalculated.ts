import { CALCULATED_COLUMN_SOURCES } from "./calculatedColumnFill";
import { expectThat, type Contract } from "./contract";
import { queueSmallTable, shownFormulas } from "./tableFixture";

export const tableRowsAddCalculated: Contract = {
  id: "table-rows-add-calculated",
  title: "A row added to a table takes its calculated columns' formulas",
  expected:
    "table.rows.add with a blank cell in a calculated column gives that cell the column's formula; a column that is not calculated (the fill option off when its formula was written) leaves it blank.",
  sources: [
    ...CALCULATED_COLUMN_SOURCES,
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablerowcollection?view=excel-js-1.21",
    "https://learn.microsoft.com/en-gb/dotnet/api/microsoft.office.interop.excel.autocorrect.autofillformulasinlists?view=excel-pia",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const table = queueSmallTable(context, sheet);
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("B2").formulas = [["=A2*2"]];
      const b3 = ws.getRange("B3");
      b3.load("formulas");
      await context.sync();
      const calculated = shownFormulas(b3) === "=A3*2";
      table.rows.add(undefined, [[4, ""]]);
      const b5 = ws.getRange("B5");
      b5.load("formulas");
      await context.sync();
      const seen = shownFormulas(b5);
      return expectThat(
        calculated ? seen === "=A5*2" : seen === "(blank)",
        `column ${calculated ? "calculated" : "not calculated"}; the added row's B5: ${seen}`,
      );
    });
  },
};
