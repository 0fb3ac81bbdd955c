// Adoption with the user's choices (a header kept as it is, a header mapped by hand, written scores made
// numbers, typed values kept) fails at each of its syncs and is retried as the pane retries it: the
// workbook ends as a clean run leaves it, with one audit row (test/helpers/faults.ts).
import { adoptRegister, previewAdoption, replanAdoption } from "../../src/excel/adoptRegister";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { expectedOutcomes, injectFaults, type FaultScenario } from "../helpers/faults";
import { NOW } from "../helpers/workbooks";

const scenario: FaultScenario = {
  name: "Adopt register with a changed mapping and written scores",
  setup: async () => {
    const sim = new Simulator();
    putCells(sim, "Risks", "A1", [
      ["Risk register"],
      ["Risk ID", "Risk Description", "Probability", "Consequence", "Risk Score", "Status", "Lead"],
      ["R1", "Supplier fails", "4 - Likely", "High", 16, "Open", "Sam"],
      ["R2", "Data breach", "3 (Possible)", "Medium", 10, "Open", "Jo"],
      ["R3", "Key staff leave", "4 - Likely", "TBC", 20, "Closed", "Ali"],
    ]);
    return sim;
  },
  run: async (sim) => {
    const p = await previewAdoption(sim.host, "panelRisks", "Risks");
    if (!p.ok) return /already exists/.test(p.message) ? "done" : "failed";
    // The pane keeps the user's choices across a retry: the same ones each time.
    const chosen = replanAdoption(p.preview, {
      columns: { 5: null, 6: "owner" },
      scores: { "impact:medium": 2 },
    });
    if (!chosen.ok) return "failed";
    const result = await adoptRegister(sim.host, chosen.preview, NOW);
    return result.status === "adopted" ? "done" : "failed";
  },
};

test("adoption with choices: each sync failing before, midway and after; a retry leaves what a clean run leaves", async () => {
  const { syncs, outcomes } = await injectFaults(scenario);
  expect(syncs).toBe(5); // preview 2, confirm 3: choices cost no sync
  expect(outcomes).toEqual(expectedOutcomes(outcomes));
}, 120000);

// Issue 11 item 4: a register with two header rows and a risk merged over its bullets' rows. The writes
// that unmerge, copy headers down and join the bullets come in the same plan; a retry after any failure
// re-reads what the sheet holds then (joined or not) and ends where a clean run ends.
const merged: FaultScenario = {
  name: "Adopt a register with merged cells and two header rows",
  setup: async () => {
    const sim = new Simulator();
    putCells(sim, "Board", "A1", [
      ["Board risks"],
      ["Ref", "Risk", "Scores", "", "Mitigating actions"],
      ["", "", "Impact", "Likelihood", ""],
      [1, "Cyber attack", 4, 3, "• Firewall"],
      ["", "", "", "", "• Training"],
      [2, "Supplier loss", 3, 2, "• Second supplier"],
      ["Total", 2],
    ]);
    const sheet = sim.model.sheetByName("Board")!;
    for (const [top, left, bottom, right] of [
      [0, 0, 0, 4],
      [1, 0, 2, 0],
      [1, 1, 2, 1],
      [1, 2, 1, 3],
      [1, 4, 2, 4],
      [3, 0, 4, 0],
      [3, 1, 4, 1],
      [3, 2, 4, 2],
      [3, 3, 4, 3],
    ] as const)
      sheet.merges.push({ top, left, bottom, right });
    return sim;
  },
  run: async (sim) => {
    const p = await previewAdoption(sim.host, "panelRisks", "Board");
    if (!p.ok) return /already exists/.test(p.message) ? "done" : "failed";
    const result = await adoptRegister(sim.host, p.preview, NOW);
    return result.status === "adopted" ? "done" : "failed";
  },
};

test("adoption with merged cells: each sync failing before, midway and after; a retry leaves what a clean run leaves", async () => {
  const { syncs, outcomes } = await injectFaults(merged);
  expect(syncs).toBe(5);
  expect(outcomes).toEqual(expectedOutcomes(outcomes));
  const clean = merged.setup();
  const sim = await clean;
  await merged.run(sim);
  const board = sim.model.sheetByName("Board")!;
  expect(board.cell(3, 4)?.value).toBe("• Firewall\n• Training");
  expect(board.cell(2, 0)?.value).toBe("Ref");
  expect(board.merges).toEqual([
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 2, bottom: 1, right: 3 },
  ]);
}, 120000);
