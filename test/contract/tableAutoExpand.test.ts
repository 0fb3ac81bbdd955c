// Sources: https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange and
// https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8
import { tableAutoExpand } from "../../src/excel/contracts/tableAutoExpand";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

/** Plays the person of the instruction: once A5 of the scratch sheet is selected, types 4 there. */
function personTypesBelow(sim: Simulator) {
  let done = false;
  return sim.subscribe(() => {
    const sel = sim.model.selection;
    const sheet = sel && sim.model.sheetById(sel.sheetId);
    if (done || !sel || !sheet?.name.startsWith("RS Diagnostics") || sel.range.top !== 4) return;
    done = true;
    setTimeout(() => sim.userEdit(sheet.name, "A5", [[4]]), 50);
  });
}

test.each([
  [true, "after typing in A5: the table has 4 data rows; B5 holds =A5*2 (column calculated)"],
  [false, "after typing in A5: the table has 4 data rows; B5 holds (blank) (column not calculated)"],
])("the typed row joins the table (fill option %s)", async (on, observed) => {
  const sim = new Simulator({ autoFillTableFormulas: on });
  const stop = personTypesBelow(sim);
  const result = await runOnSimulator(tableAutoExpand, sim);
  stop();
  expect(result.observed).toBe(observed);
  expect(result.outcome).toBe("held");
});
