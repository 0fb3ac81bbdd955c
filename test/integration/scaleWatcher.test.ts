import { PANEL_ISSUES, PANEL_RISKS } from "../../src/domain/settings";
import { watchScales, type ScaleReport } from "../../src/excel/scaleWatcher";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds } from "../helpers/workbooks";

async function watched(sim: Simulator) {
  const reports: ScaleReport[] = [];
  const stop = await watchScales(
    sim.host,
    [
      { def: PANEL_RISKS, sheet: "Panel Risks" },
      { def: PANEL_ISSUES, sheet: "Panel Issues" },
    ],
    (r) => reports.push(r),
  );
  return { reports, stop };
}

describe("Pasted scores are re-checked", () => {
  test("a multi-cell paste of out-of-range scores is caught, cell by cell", async () => {
    const sim = await adoptedSeeds();
    const { reports } = await watched(sim);
    // Risks 1 and 3: Impact and Likelihood pasted over C4:D5, bypassing data validation.
    sim.userEdit(
      "Panel Risks",
      "C4:D5",
      [
        [7, 3],
        [0, 2.5],
      ],
      "paste",
    );
    await sim.settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]!.problems.map((p) => [p.address, p.value])).toEqual([
      ["C4", 7],
      ["C5", 0],
      ["D5", 2.5],
    ]);
  });

  test("in-range pastes and edits outside the score columns report nothing", async () => {
    const sim = await adoptedSeeds();
    const { reports } = await watched(sim);
    sim.userEdit("Panel Risks", "C4:D4", [[2, 2]], "paste");
    sim.userEdit("Panel Risks", "B4", [["99"]], "paste");
    await sim.settle();
    expect(reports).toEqual([]);
  });

  test("the add-in's own writes are not reported, with or without ExcelApi 1.14", async () => {
    for (const apiVersion of ["1.18", "1.9"]) {
      const sim = await adoptedSeeds();
      sim.apiVersion = apiVersion;
      const { reports } = await watched(sim);
      const syncsBefore = sim.syncCount;
      await sim.host.run(async (context) => {
        // The add-in writes scores (in range, as all its writes are) and text.
        context.workbook.worksheets.getItem("Panel Risks").getRange("C4:D4").values = [[4, 4]];
        context.workbook.worksheets.getItem("Panel Risks").getRange("B4").values = [["Reworded"]];
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- one workbook per API version
      });
      await sim.settle();
      expect(reports).toEqual([]);
      // With triggerSource the handler does not even read; without it, it reads once and finds nothing.
      expect(sim.syncCount - syncsBefore).toBe(apiVersion === "1.18" ? 1 : 2);
    }
  });

  test("stopping the watch removes the handlers", async () => {
    const sim = await adoptedSeeds();
    const { reports, stop } = await watched(sim);
    await stop();
    sim.userEdit("Panel Risks", "C4", [[9]], "paste");
    await sim.settle();
    expect(reports).toEqual([]);
  });
});
