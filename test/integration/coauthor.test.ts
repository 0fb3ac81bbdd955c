// A colleague edits the workbook between a preview and its Confirm: the add-in notices, writes nothing
// the user did not see, and says what changed. (Adopt and the Edit view's save have theirs in
// adopt.test.ts and rowEditor.test.ts.)
import { recordsOf } from "../../src/domain/records";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { restoreFormula } from "../../src/excel/applyFix";
import { checkWorkbook } from "../../src/excel/check";
import {
  applyEscalation,
  applyRaiseIssue,
  previewEscalation,
  previewRaiseIssue,
  type EscalationPreview,
} from "../../src/excel/escalate";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { auditRows, normalizedWorkbook } from "../helpers/faults";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const snapshot = (sim: Simulator) => JSON.stringify(normalizedWorkbook(sim));

async function preview(sim: Simulator): Promise<EscalationPreview> {
  const p = await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW);
  if ("error" in p) throw new Error(p.error);
  return p;
}

async function panelRow(sim: Simulator, n: number) {
  const state = await readWorkbookState(sim.host);
  return recordsOf(state.registers.find((r) => r.def.id === "panelRisks")!).find((r) => r.number === n)!;
}

/** OPSG-008 escalated as Panel risk 18 (sheet row 20), then its Likelihood lowered 4 → 3 on the OPSG sheet. */
async function escalatedThenChanged(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const done = await applyEscalation(sim.host, await preview(sim), NOW);
  if (done.status !== "done") throw new Error(done.status);
  sim.userEdit("OPSG Risks", "F4", [[3]]);
  return sim;
}

describe("Escalate: a co-author changes the sub-committee row between preview and Confirm", () => {
  test("Confirm writes nothing and returns the new preview with what changed", async () => {
    const sim = await adoptedSeeds();
    const p = await preview(sim);
    expect(p.plan.kind === "create" && p.plan.row.likelihood).toBe(4);
    // A colleague lowers OPSG-008's Likelihood and rewords it (OPSG table: row 4; C description, F Likelihood).
    sim.userEdit("OPSG Risks", "F4", [[3]]);
    sim.userEdit("OPSG Risks", "C4", [["There is a risk that firmware upgrades are late."]]);
    const before = snapshot(sim);
    const result = await applyEscalation(sim.host, p, NOW);
    expect(result).toMatchObject({
      status: "replanned",
      changes: [
        { key: "description", now: "Firmware upgrades are late." },
        { key: "likelihood", previewed: 4, now: 3 },
      ],
      preview: {
        plan: { kind: "create", row: { likelihood: 3, description: "Firmware upgrades are late." } },
      },
    });
    expect(result.status === "replanned" && result.message).toMatch(
      /changed since the preview.*Nothing was written/,
    );
    expect(snapshot(sim)).toBe(before);
    // Confirming the new preview escalates what it shows.
    if (result.status !== "replanned") throw new Error(result.status);
    expect((await applyEscalation(sim.host, result.preview, NOW)).status).toBe("done");
    expect((await panelRow(sim, 18)).cells.likelihood).toBe(3);
  });
});

describe("Raise as issue: a co-author changes the Panel risk between preview and Confirm", () => {
  test("Confirm writes nothing and returns the new preview with the change", async () => {
    const sim = await adoptedSeeds();
    const p = await previewRaiseIssue(sim.host, "16", false, NOW);
    if ("error" in p) throw new Error(p.error);
    const risk = await panelRow(sim, 16);
    sim.userEdit("Panel Risks", `C${risk.sheetRow + 1}`, [[4]]); // Impact 3 → 4
    const before = snapshot(sim);
    const result = await applyRaiseIssue(sim.host, p, NOW);
    expect(result).toMatchObject({
      status: "replanned",
      changes: [{ key: "impact", previewed: 3, now: 4 }],
      preview: { plan: { issueNumber: 4, row: { impact: 4 } } },
    });
    expect(snapshot(sim)).toBe(before);
  });
});

describe("Re-sync: a co-author edits the Panel copy between preview and apply", () => {
  test("apply writes nothing and shows their value beside the sub-committee's", async () => {
    const sim = await escalatedThenChanged();
    const p = await preview(sim);
    expect(p.plan).toMatchObject({ kind: "resync", panelUpdates: [{ key: "likelihood", from: 4, to: 3 }] });
    // A colleague sets the Panel copy's Likelihood to 2 and rewords its description (row 20: B, D).
    sim.userEdit("Panel Risks", "D20", [[2]]);
    sim.userEdit("Panel Risks", "B20", [["Firmware delivery is at risk (Panel wording)."]]);
    const before = snapshot(sim);
    const result = await applyEscalation(sim.host, p, NOW);
    expect(result).toMatchObject({
      status: "conflict",
      conflicts: [
        { key: "description", theirs: "Firmware delivery is at risk (Panel wording)." },
        { key: "likelihood", previewed: 4, theirs: 2, subCommittee: 3 },
      ],
    });
    expect(snapshot(sim)).toBe(before);
  });

  test("the user's choice per field is what gets written: keep theirs, or take the sub-committee's", async () => {
    const sim = await escalatedThenChanged();
    const p = await preview(sim);
    sim.userEdit("Panel Risks", "D20", [[2]]);
    sim.userEdit("Panel Risks", "B20", [["Firmware delivery is at risk (Panel wording)."]]);
    const conflict = await applyEscalation(sim.host, p, NOW);
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    const chosen = {
      ...conflict.preview,
      choices: { description: "theirs", likelihood: "subCommittee" } as const,
    };
    expect((await applyEscalation(sim.host, chosen, NOW)).status).toBe("done");
    const row = await panelRow(sim, 18);
    expect(row.cells.description).toBe("Firmware delivery is at risk (Panel wording).");
    expect(row.cells.likelihood).toBe(3);
    expect(auditRows(sim).at(-1)![5]).toBe("Re-sync OPSG-008 → Panel risk 18: Likelihood 2 → 3");
  });

  test("keeping theirs for every field writes nothing", async () => {
    const sim = await escalatedThenChanged();
    const p = await preview(sim);
    sim.userEdit("Panel Risks", "D20", [[2]]);
    const conflict = await applyEscalation(sim.host, p, NOW);
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    const before = snapshot(sim);
    const kept = { ...conflict.preview, choices: { likelihood: "theirs" } as const };
    expect((await applyEscalation(sim.host, kept, NOW)).status).toBe("done");
    expect(snapshot(sim)).toBe(before);
  });
});

describe("Save settings: a co-author saved other settings since the view loaded them", () => {
  test("nothing is saved and the user is told what changed", async () => {
    const sim = await adoptedSeeds();
    const loaded = (await readWorkbookState(sim.host)).settings.settings;
    // A colleague raises the escalation threshold from their pane.
    expect((await saveSettings(sim.host, { ...loaded, escalationThreshold: "Critical" }, NOW)).status).toBe(
      "saved",
    );
    const before = snapshot(sim);
    const mine = {
      ...loaded,
      bands: DEFAULT_SETTINGS.bands.map((b, i) => (i === 0 ? { ...b, color: "#92D050" } : b)),
    };
    const result = await saveSettings(sim.host, mine, NOW, loaded);
    expect(result).toMatchObject({ status: "changed", current: { escalationThreshold: "Critical" } });
    expect(result.status === "changed" && result.message).toMatch(/escalation threshold High → Critical/);
    expect(snapshot(sim)).toBe(before);
  });
});

describe("Apply fix: a co-author changes the cell between the check and Restore formula", () => {
  test("nothing is written and the user is asked to check again", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "E4", [[15]], "paste");
    const finding = (await checkWorkbook(sim.host)).findings.find((f) => f.rule === "computed-mismatch")!;
    sim.userEdit("Panel Risks", "E4", [[16]], "paste"); // a colleague types another severity
    const before = snapshot(sim);
    const result = await restoreFormula(sim.host, finding, NOW);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/changed since the check. Nothing was written/),
    });
    expect(snapshot(sim)).toBe(before);
  });
});
