// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions (delayForCellEdit)
// and https://github.com/OfficeDev/office-js/issues/3388 (the InvalidOperationInCellEditMode error).
import { cellEditMode } from "../../src/excel/contracts/cellEditMode";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { runOnSimulator } from "./helpers";

/** Plays the person of the contract's instruction: edits A1 of the scratch sheet, then presses Enter. */
function personEditsA1(sim: Simulator, typed: string) {
  let started = false;
  const stop = sim.subscribe(() => {
    const sel = sim.model.selection;
    const sheet = sel && sim.model.sheetById(sel.sheetId);
    if (started || !sheet?.name.startsWith("RS Diagnostics")) return;
    started = true;
    sim.beginCellEdit();
    sim.updateCellEdit(typed);
    setTimeout(() => sim.endCellEdit("commit"), 600);
  });
  return stop;
}

test("a batch fails at once while a cell is edited; with delayForCellEdit it runs after the edit", async () => {
  const sim = new Simulator();
  const stop = personEditsA1(sim, "typed");
  const result = await runOnSimulator(cellEditMode, sim);
  stop();
  expect(result.observed).toBe(
    'without delayForCellEdit: InvalidOperationInCellEditMode; with it, the batch ran after the edit and read "typed"',
  );
  expect(result.outcome).toBe("held");
});

test("on a build that ignores delayForCellEdit the contract reports that it differs", async () => {
  const sim = new Simulator();
  sim.cellEdit.honoursDelay = false;
  const stop = personEditsA1(sim, "typed");
  const result = await runOnSimulator(cellEditMode, sim);
  stop();
  expect(result.outcome).toBe("differs");
  expect(result.observed).toBe(
    "without delayForCellEdit: InvalidOperationInCellEditMode; with it, the batch failed too",
  );
});
