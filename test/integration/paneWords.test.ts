// Issue 13, items 3–5 against the simulator: Likelihood's own level names (a setting, in the cells'
// input message), changes named as people name them, the selection outside every register said plainly,
// and a Panel mitigation marked ongoing without changing its words.
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { mitigationOps } from "../../src/domain/rowForm";
import { publishBaseline } from "../../src/excel/baselineStore";
import { createRegisters } from "../../src/excel/createRegisters";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow, watchSelection } from "../../src/excel/rowEditor";
import { saveSettings } from "../../src/excel/settingsSave";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const auditSummaries = (sim: Simulator) =>
  [...sim.model.sheetByName("Audit Log")!.cells.values()].map((c) => String(c.value));

async function rowOf(sim: Simulator, sheet: string, sheetRow: number) {
  const l = layoutsOf((await readWorkbookState(sim.host)).registers);
  const read = await readRow(sim.host, l, sheet, sheetRow);
  if (read.status !== "row") throw new Error(JSON.stringify(read));
  return read;
}

describe("Likelihood has its own level names", () => {
  test("a new register's Likelihood cells name Likelihood's levels, not Impact's", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    const panel = sim.model.sheetByName("Panel Risks")!;
    const likelihood = panel.validations.find((v) => v.range.left === 5)!;
    expect(likelihood.prompt?.message).toBe(
      "Likelihood: a whole number 1–5. 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain.",
    );
    expect(likelihood.errorAlert?.message).toBe(
      "Likelihood is a whole number from 1 (Rare) to 5 (Almost certain).",
    );
    expect(sim.userEdit("Panel Risks", "F2", [[9]])).toBe(
      "Likelihood is a whole number from 1 (Rare) to 5 (Almost certain).",
    );
  });

  test("the names are a setting: saved, read back, audited and written into every input message", async () => {
    const sim = await adoptedSeeds();
    const names: Settings["likelihoodLevels"] = ["Remote", "Unlikely", "Possible", "Probable", "Expected"];
    const result = await saveSettings(sim.host, { ...DEFAULT_SETTINGS, likelihoodLevels: names }, NOW);
    expect(result).toMatchObject({ status: "saved" });
    const state = await readWorkbookState(sim.host);
    expect(state.settings.settings.likelihoodLevels).toEqual(names);
    for (const sheet of ["Panel Risks", "OPSG Risks"]) {
      const s = sim.model.sheetByName(sheet)!;
      const messages = s.validations.map((v) => v.prompt?.message ?? "");
      expect(messages).toContain(
        "Likelihood: a whole number 1–5. 1 Remote, 2 Unlikely, 3 Possible, 4 Probable, 5 Expected.",
      );
    }
    expect(auditSummaries(sim).join("\n")).toMatch(/likelihood levels 1 Remote, 2 Unlikely/);
  });

  test("two levels with one name are refused", async () => {
    const sim = await adoptedSeeds();
    const levels: Settings["likelihoodLevels"] = ["Rare", "Rare", "Possible", "Likely", "Almost certain"];
    const result = await saveSettings(sim.host, { ...DEFAULT_SETTINGS, likelihoodLevels: levels }, NOW);
    expect(result).toMatchObject({ status: "invalid" });
  });
});

describe("Changes read as a person writes them", () => {
  test("an edit's audit row names the column, not its key", async () => {
    const sim = await adoptedSeeds();
    const read = await rowOf(sim, "Panel Risks", 5); // risk 4
    const saved = await saveRow(
      sim.host,
      read.layout,
      { ...read.form, likelihood: 4, ragOverride: null },
      false,
      NOW,
    );
    expect(saved).toMatchObject({ status: "saved" });
    const summary = auditSummaries(sim).find((s) => s.startsWith("Likelihood: 4"));
    expect(summary).toBe("Likelihood: 4; RAG Override: ");
  });
});

describe("The selection outside every register", () => {
  test("a sheet with no register, a header row and a row below a table each say so plainly", async () => {
    const sim = await adoptedSeeds();
    const l = layoutsOf((await readWorkbookState(sim.host)).registers);
    const audit = await readRow(sim.host, l, "Audit Log", 2);
    expect(audit).toEqual({
      status: "none",
      message:
        "The selection (Audit Log row 3) is outside every register: Audit Log holds no register. Select a cell in a register row to edit it.",
    });
    const header = await readRow(sim.host, l, "Panel Risks", 2);
    expect(header).toMatchObject({ status: "none" });
    expect((header as { message: string }).message).toMatch(/outside every register: it is the header row/);
    const below = await readRow(sim.host, l, "Panel Risks", 40);
    expect(below).toMatchObject({ status: "none" });
    expect((below as { message: string }).message).toMatch(
      /^The selection \(Panel Risks row 41\) is outside every register/,
    );
    expect((below as { message: string }).message).not.toMatch(/empty row/);
  });

  test("selecting a cell on a sheet with no register is reported, so the form can let go of the last row", async () => {
    const sim = await adoptedSeeds();
    const l = layoutsOf((await readWorkbookState(sim.host)).registers);
    const seen: Array<[string, number]> = [];
    await watchSelection(sim.host, l, (sheet, row) => seen.push([sheet, row]));
    sim.userSelect("Panel Risks", "B6");
    sim.userSelect("Audit Log", "B3");
    await sim.settle();
    expect(seen).toEqual([
      ["Panel Risks", 5],
      ["Audit Log", 2],
    ]);
  });
});

describe("Marking a mitigation ongoing keeps its words", () => {
  test("on a Panel risk the words stay the paper's own, and the appendix prints the bullet in italics", async () => {
    const sim = await adoptedSeeds();
    const read = await rowOf(sim, "Panel Risks", 5); // risk 4
    const before = read.form.mitigations;
    const i = before.findIndex((m) => m.state === "inPlace");
    const words = before[i]!.text;
    const form = { ...read.form, mitigations: mitigationOps.setState(before, i, "planned") };
    expect(await saveRow(sim.host, read.layout, form, false, NOW)).toMatchObject({ status: "saved" });
    const cell = String(sim.model.sheetByName("Panel Risks")!.cell(5, 5)?.value);
    expect(cell).not.toMatch(/Ongoing/);
    expect(cell.split("\n")).toContain(`◦ ${words}`);
    // Read again, the bullet is planned with the same words.
    const again = await rowOf(sim, "Panel Risks", 5);
    expect(again.form.mitigations[i]).toEqual({ text: words, state: "planned" });
    // Switched back, the cell is as it was.
    const off = { ...again.form, mitigations: mitigationOps.setState(again.form.mitigations, i, "inPlace") };
    await saveRow(sim.host, again.layout, off, false, NOW);
    expect(String(sim.model.sheetByName("Panel Risks")!.cell(5, 5)?.value).split("\n")).toContain(
      `• ${words}`,
    );
    await saveRow(sim.host, (await rowOf(sim, "Panel Risks", 5)).layout, form, true, NOW);
    // The appendix: the paper's words, in italics, with the paper's bullet.
    const published = await publishBaseline(sim.host, NOW);
    expect(published.status).toBe("published");
    const built = await buildPaper(sim.host, null, NOW);
    if ("error" in built) throw new Error(built.error);
    const a = sim.model.sheetByName("Appendix A")!;
    const runs = [...Array(30).keys()].flatMap((r) =>
      a.cell(r, 0)?.value === 4 ? (a.cell(r, 5)?.textRuns ?? []) : [],
    );
    const run = runs.find((x) => x.text.includes(words))!;
    expect(run.text.trim()).toBe(`• ${words}`);
    expect(run.italic).toBe(true);
  });

  test('on an OPSG risk the bullet keeps the OPSG paper\'s "– Ongoing"', async () => {
    const sim = await adoptedSeeds();
    const l = layoutsOf((await readWorkbookState(sim.host)).registers);
    const opsg = l.find((x) => x.def.id === "opsgRisks")!;
    let read = null;
    for (let row = opsg.top + 1; row < opsg.top + 15 && !read; row++) {
      const r = await readRow(sim.host, l, opsg.sheet, row);
      if (r.status === "row" && r.form.mitigations.some((m) => m.state === "inPlace" && !m.status)) read = r;
    }
    if (!read) throw new Error("no OPSG risk with an in-place bullet without a status");
    const i = read.form.mitigations.findIndex((m) => m.state === "inPlace" && !m.status);
    const words = read.form.mitigations[i]!.text;
    const form = { ...read.form, mitigations: mitigationOps.setState(read.form.mitigations, i, "planned") };
    expect(await saveRow(sim.host, read.layout, form, false, NOW)).toMatchObject({ status: "saved" });
    const col = read.layout.left + read.layout.columns.mitigations!;
    const cell = String(sim.model.sheetByName(opsg.sheet)!.cell(read.form.sheetRow, col)?.value);
    expect(cell.split("\n")).toContain(`• ${words} – Ongoing`);
  });
});
