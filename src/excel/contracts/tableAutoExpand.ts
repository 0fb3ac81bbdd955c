import { CALCULATED_COLUMN_SOURCES } from "./calculatedColumnFill";
import { expectThat, type Contract } from "./contract";
import { queueSmallTable, shownFormulas } from "./tableFixture";

const POLL_MS = 250;
const GIVE_UP_MS = 30_000;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const tableAutoExpand: Contract = {
  id: "table-auto-expand",
  title: "A row typed just below a table joins it and takes its calculated columns' formulas",
  expected:
    "Typing in the row below a table makes the table grow to take it (AutoCorrect's AutoExpandListRange, on by default); a calculated column's formula is filled into the new row.",
  sources: [
    ...CALCULATED_COLUMN_SOURCES,
    "https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange",
  ],
  instruction:
    "When the run starts, type 4 into cell A5 of the RS Diagnostics sheet (just below the small table) and press Enter.",
  async run(host, sheet) {
    const rows = await host.run(async (context) => {
      const table = queueSmallTable(context, sheet);
      table.load("name");
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("B2").formulas = [["=A2*2"]];
      ws.activate();
      ws.getRange("A5").select();
      const b3 = ws.getRange("B3");
      b3.load("formulas");
      await context.sync();
      return { calculated: shownFormulas(b3) === "=A3*2", name: table.name };
    });
    const name = rows.name;
    for (const started = Date.now(); Date.now() - started < GIVE_UP_MS;) {
      const seen = await host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const a5 = ws.getRange("A5:B5");
        a5.load("values, formulas");
        const body = ws.tables.getItem(name).getDataBodyRange();
        body.load("rowCount");
        // A poll while the person types: one short batch per check, not a loop over items.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        return { typed: a5.values[0]?.[0], rows: body.rowCount, b5: String(a5.formulas[0]?.[1] ?? "") };
      });
      if (seen.typed !== "" && seen.typed !== null) {
        const want = rows.calculated ? "=A5*2" : "";
        return expectThat(
          seen.rows === 4 && seen.b5 === want,
          `after typing in A5: the table has ${seen.rows} data rows; B5 holds ${seen.b5 || "(blank)"} (column ${rows.calculated ? "calculated" : "not calculated"})`,
        );
      }
      await pause(POLL_MS);
    }
    return { outcome: "not-run", observed: "Nothing was typed into A5 within 30 s." };
  },
};
