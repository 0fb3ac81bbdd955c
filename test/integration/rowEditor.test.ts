import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { mitigationOps } from "../../src/domain/rowForm";
import { checkWorkbook } from "../../src/excel/check";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow, watchSelection } from "../../src/excel/rowEditor";
import { saveSettings } from "../../src/excel/settingsSave";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

async function layouts(sim: Simulator) {
  return layoutsOf((await readWorkbookState(sim.host)).registers);
}

describe("Editing a row from the pane", () => {
  test("reading the selected row is one sync; save writes it in one batch after a check", async () => {
    const sim = await adoptedSeeds();
    const l = await layouts(sim);
    sim.resetCounters();
    const read = await readRow(sim.host, l, "Panel Risks", 5); // risk 4
    expect(sim.syncCount).toBe(1);
    if (read.status !== "row") throw new Error(read.status);
    expect(read.form).toMatchObject({ id: "4", impact: 3, likelihood: 3, ragOverride: "GREEN" });
    const form = {
      ...read.form,
      likelihood: 4,
      ragOverride: null,
      mitigations: mitigationOps.add(read.form.mitigations, "=Lessons learnt", "planned"),
    };
    sim.resetCounters();
    expect(await saveRow(sim.host, read.layout, form, false, NOW)).toEqual({ status: "saved", written: 3 });
    expect(sim.syncCount).toBe(2);
    const panel = sim.model.sheetByName("Panel Risks")!;
    expect(panel.cell(5, 3)?.value).toBe(4);
    expect(panel.cell(5, 4)?.value).toBe(12); // severity followed
    expect(panel.cell(5, 6)?.value).toBe("AMBER"); // override cleared: the policy's RAG
    // The Panel keeps a planned bullet's words as written: its state is the "◦" marker, not "– Ongoing".
    expect(String(panel.cell(5, 5)?.value)).toMatch(/\n◦ =Lessons learnt$/);
    expect(panel.cell(5, 5)?.formula).toBeUndefined();
    expect((await checkWorkbook(sim.host)).counts.error).toBe(0);
  });

  test("a change in the workbook since loading is shown as a conflict, never overwritten silently", async () => {
    const sim = await adoptedSeeds();
    const l = await layouts(sim);
    const read = await readRow(sim.host, l, "Panel Risks", 5);
    if (read.status !== "row") throw new Error(read.status);
    sim.userEdit("Panel Risks", "C6", [[2]]); // someone types in the grid
    const result = await saveRow(sim.host, read.layout, { ...read.form, likelihood: 5 }, false, NOW);
    expect(result).toMatchObject({ status: "conflict", changed: ["impact"], current: { impact: 2 } });
    expect(sim.model.sheetByName("Panel Risks")!.cell(5, 3)?.value).toBe(3);
    expect(await saveRow(sim.host, read.layout, { ...read.form, likelihood: 5 }, true, NOW)).toEqual({
      status: "saved",
      written: 1,
    });
  });

  test("the selection is followed: one event per selection change", async () => {
    const sim = await adoptedSeeds();
    const l = await layouts(sim);
    const seen: Array<[string, number]> = [];
    await watchSelection(sim.host, l, (sheet, row) => seen.push([sheet, row]));
    sim.userSelect("Panel Risks", "B6");
    sim.userSelect("OPSG Risks", "C5");
    await sim.settle();
    expect(seen).toEqual([
      ["Panel Risks", 5],
      ["OPSG Risks", 4],
    ]);
  });
});

describe("Settings", () => {
  test("saving validated settings rewrites every register's formulas and colours, and is audited", async () => {
    const sim = await adoptedSeeds();
    const settings = {
      ...DEFAULT_SETTINGS,
      bands: [
        { name: "Low", min: 1, max: 4, color: "#00B050" },
        { name: "Moderate", min: 5, max: 9, color: "#FFC000" },
        { name: "High", min: 10, max: 16, color: "#FF6600" },
        { name: "Critical", min: 17, max: 25, color: "#C00000" },
      ],
    };
    const result = await saveSettings(sim.host, settings, NOW);
    expect(result).toMatchObject({ status: "saved" });
    const panel = sim.model.sheetByName("Panel Risks")!;
    // Risk 1 (3 × 4 = 12) is now High, so its computed RAG is RED; its RAG Status follows.
    const bandCol = [...Array(30).keys()].find((c) => panel.cell(2, c)?.value === "Severity Band")!;
    expect(panel.cell(3, bandCol)?.value).toBe("High");
    expect(panel.cell(3, 6)?.value).toBe("RED");
    expect(panel.conditionalFormats.filter((c) => c.text === "High").map((c) => c.fill)).toEqual(["#FF6600"]);
    const check = await checkWorkbook(sim.host);
    expect(check.counts.error).toBe(0);
    expect(check.state.settings.settings.bands[0]!.max).toBe(4);
    const audit = [...sim.model.sheetByName("Audit Log")!.cells.values()].map((c) => c.value);
    expect(audit).toContain("Change settings");
  });

  test("bands with a gap are refused with the reason, and nothing is written", async () => {
    const sim = await adoptedSeeds();
    const bad = {
      ...DEFAULT_SETTINGS,
      bands: DEFAULT_SETTINGS.bands.map((b, i) => (i === 1 ? { ...b, min: 7 } : b)),
    };
    const before = JSON.stringify([...sim.model.sheetByName("RS Settings")!.cells.entries()]);
    expect(await saveSettings(sim.host, bad, NOW)).toEqual({
      status: "invalid",
      errors: ["No band covers severity 6–6."],
    });
    expect(JSON.stringify([...sim.model.sheetByName("RS Settings")!.cells.entries()])).toBe(before);
  });

  test("a computed value typed by hand survives a settings change", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "E4", [[12]], "paste"); // typed severity
    await saveSettings(sim.host, { ...DEFAULT_SETTINGS, escalationThreshold: "Critical" }, NOW);
    expect(sim.model.sheetByName("Panel Risks")!.cell(3, 4)).toMatchObject({ value: 12 });
    expect(sim.model.sheetByName("Panel Risks")!.cell(3, 4)?.formula).toBeUndefined();
  });
});
