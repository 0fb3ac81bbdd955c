// Every writing command, with each of its syncs failing before, midway and after Excel applied it, then
// retried as the user would: no duplicate, and the workbook and audit log equal to a clean run's.
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { restoreFormula } from "../../src/excel/applyFix";
import { publishBaseline } from "../../src/excel/baselineStore";
import { checkWorkbook } from "../../src/excel/check";
import { propertyNotLoaded } from "../../src/excel/contracts/propertyNotLoaded";
import { runContract } from "../../src/excel/diagnostics";
import { createRegisters } from "../../src/excel/createRegisters";
import {
  applyEscalation,
  applyRaiseIssue,
  previewEscalation,
  previewRaiseIssue,
} from "../../src/excel/escalate";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow } from "../../src/excel/rowEditor";
import { saveSettings } from "../../src/excel/settingsSave";
import type { RowForm } from "../../src/domain/rowForm";
import type { RegisterLayout } from "../../src/excel/rowEditor";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { expectedOutcomes, injectFaults, type Attempt, type FaultScenario } from "../helpers/faults";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";

const LAST_MONTH = new Date("2026-10-20T09:00:00Z");

async function escalateOpsg8(sim: Simulator): Promise<Attempt> {
  const preview = await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW);
  if ("error" in preview) return "failed";
  const result = await applyEscalation(sim.host, preview, NOW);
  return result.status === "done" ? "done" : "failed";
}

/** The pane keeps the form the user filled in: a retry presses Save again with the same one. */
const forms = new WeakMap<Simulator, { layout: RegisterLayout; form: RowForm }>();

const scenarios: FaultScenario[] = [
  {
    name: "Create registers",
    setup: async () => new Simulator(),
    run: async (sim) => {
      await createRegisters(sim.host, NOW);
      return "done";
    },
  },
  {
    name: "Adopt register",
    setup: async () => pasted(),
    run: async (sim) => {
      const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
      if (!preview.ok) return /already exists/.test(preview.message) ? "done" : "failed";
      const result = await adoptRegister(sim.host, preview.preview, NOW);
      return result.status === "adopted" ? "done" : "failed";
    },
  },
  { name: "Escalate", setup: adoptedSeeds, run: escalateOpsg8 },
  {
    name: "Re-sync",
    setup: async () => {
      const sim = await adoptedSeeds();
      if ((await escalateOpsg8(sim)) !== "done") throw new Error("escalation failed");
      sim.userEdit("OPSG Risks", "F4", [[3]]); // OPSG-008's Likelihood 4 → 3
      return sim;
    },
    run: escalateOpsg8,
  },
  {
    name: "Raise as issue",
    setup: adoptedSeeds,
    run: async (sim) => {
      const preview = await previewRaiseIssue(sim.host, "16", false, NOW);
      if ("error" in preview) return /already raised/.test(preview.error) ? "done" : "failed";
      return (await applyRaiseIssue(sim.host, preview, NOW)).status === "done" ? "done" : "failed";
    },
  },
  {
    name: "Publish",
    setup: adoptedSeeds,
    run: async (sim) => {
      const r = await publishBaseline(sim.host, NOW);
      return r.status === "failed" ? "failed" : "done";
    },
  },
  {
    name: "Build appendices",
    setup: async () => {
      const sim = await adoptedSeeds();
      await publishBaseline(sim.host, LAST_MONTH);
      sim.userEdit("Panel Risks", "D4", [[5]]); // risk 1 moves
      return sim;
    },
    run: async (sim) => ("error" in (await buildPaper(sim.host, null, NOW)) ? "failed" : "done"),
  },
  {
    name: "Edit view: save",
    setup: async () => {
      const sim = await adoptedSeeds();
      const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
      const read = await readRow(sim.host, layouts, "Panel Risks", 5); // risk 4
      if (read.status !== "row") throw new Error(read.status);
      forms.set(sim, {
        layout: read.layout,
        form: { ...read.form, likelihood: 4, ragOverride: null, owner: "SECAS" },
      });
      return sim;
    },
    run: async (sim) => {
      const { layout, form } = forms.get(sim)!;
      const r = await saveRow(sim.host, layout, form, false, NOW);
      return r.status === "saved" || r.status === "unchanged" ? "done" : "failed";
    },
  },
  {
    name: "Save settings",
    setup: adoptedSeeds,
    run: async (sim) => {
      const settings = {
        ...DEFAULT_SETTINGS,
        escalationThreshold: "Critical",
        bands: DEFAULT_SETTINGS.bands.map((b, i) => (i === 0 ? { ...b, color: "#92D050" } : b)),
      };
      return (await saveSettings(sim.host, settings, NOW)).status === "saved" ? "done" : "failed";
    },
  },
  {
    name: "Apply fix: restore formula",
    setup: async () => {
      const sim = await adoptedSeeds();
      sim.userEdit("Panel Risks", "E4", [[15]], "paste");
      return sim;
    },
    run: async (sim) => {
      // The user checks, then applies the fix of the finding the check shows.
      const finding = (await checkWorkbook(sim.host)).findings.find((f) => f.rule === "computed-mismatch");
      if (!finding) return "done";
      const r = await restoreFormula(sim.host, finding, NOW);
      return r.ok ? "done" : "failed";
    },
  },
  {
    // Diagnostics writes too: a scratch sheet per contract, removed afterwards whatever happened.
    name: "Diagnostics: run a contract",
    setup: adoptedSeeds,
    run: async (sim) =>
      (await runContract(sim.host, propertyNotLoaded)).outcome === "held" ? "done" : "failed",
  },
];

describe("Fault injection at every sync of every writing command", () => {
  for (const s of scenarios)
    test(`${s.name}: fail each sync before, midway and after; a retry leaves what a clean run leaves`, async () => {
      const { syncs, outcomes } = await injectFaults(s);
      expect(syncs).toBeGreaterThan(0);
      expect(outcomes).toEqual(expectedOutcomes(outcomes));
    }, 120000);
});
