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
