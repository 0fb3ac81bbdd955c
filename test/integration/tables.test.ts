// Tables as Excel keeps them and as people leave them: calculated columns (AutoCorrect's fill option on
// and off), a row typed below a register, a totals row, merged cells, a filter, reordered columns.
// Sources: https://github.com/OfficeDev/office-js/issues/2093, https://github.com/OfficeDev/office-js/issues/6745,
// https://support.microsoft.com/en-us/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8,
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.table
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { restoreFormula } from "../../src/excel/applyFix";
import { checkWorkbook } from "../../src/excel/check";
import { createRegisters } from "../../src/excel/createRegisters";
import { applyEscalation, previewEscalation } from "../../src/excel/escalate";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import { shiftFormula } from "../../src/workbench/simulator/calculatedColumns";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";

const PANEL = "Panel Risks";
const cell = (sim: Simulator, a1row: number, col: number) =>
  sim.model.sheetByName(PANEL)!.cell(a1row - 1, col);
const E = 4; // Severity
const G = 6; // RAG Status
/** A column the adoption added at the table's end, found by its header. */
const added = (sim: Simulator, header: string) => {
  const sheet = sim.model.sheetByName(PANEL)!;
  for (let c = 0; c < 60; c++) if (sheet.cell(2, c)?.value === header) return c;
  throw new Error(`No column headed ${header}`);
};

async function adopt(sim: Simulator, id = "panelRisks", sheet = PANEL) {
  const preview = await previewAdoption(sim.host, id, sheet);
  if (!preview.ok) throw new Error(preview.message);
  const result = await adoptRegister(sim.host, preview.preview, NOW);
  if (result.status !== "adopted") throw new Error(JSON.stringify(result));
}

async function adoptedWith(on: boolean): Promise<Simulator> {
  const sim = await adoptedSeeds();
  sim.autoFillTableFormulas = on;
  return sim;
}

describe.each([true, false])("AutoCorrect's fill option %s", (on) => {
  test("adoption keeps a typed severity that differs from the formula", async () => {
    const sim = pasted();
    sim.autoFillTableFormulas = on;
    sim.model.sheetByName(PANEL)!.ensure(3, E).value = 99; // risk 1, typed by hand
    await adopt(sim);
    expect(cell(sim, 4, E)).toMatchObject({ value: 99 });
    expect(cell(sim, 4, E)?.formula).toBeUndefined();
    expect(cell(sim, 5, E)?.formula).toMatch(/^=IF\(AND\(ISNUMBER\(C5\)/);
  });

  test("a settings save rewrites formulas only where they are formulas", async () => {
    const sim = await adoptedWith(on);
    sim.userEdit(PANEL, "E4", [[99]]);
    const saved = await saveSettings(sim.host, { ...DEFAULT_SETTINGS, escalationThreshold: "Critical" }, NOW);
    expect(saved.status).toBe("saved");
    expect(cell(sim, 4, E)).toMatchObject({ value: 99 });
    expect(cell(sim, 4, E)?.formula).toBeUndefined();
    expect(cell(sim, 5, E)?.formula).toBeDefined();
  });

  test("Restore the formula puts back one cell and leaves another typed value as it is", async () => {
    const sim = await adoptedWith(on);
    sim.userEdit(PANEL, "E4:E5", [[99], [98]]);
    const { findings } = await checkWorkbook(sim.host);
    const fix = findings.find((f) => f.address === "E4" && f.restoreFormula);
    if (!fix) throw new Error("no fix for E4");
    expect(await restoreFormula(sim.host, fix, NOW)).toEqual({ ok: true });
    expect(cell(sim, 4, E)?.formula).toBeDefined();
    expect(cell(sim, 4, E)?.value).toBe(12);
    expect(cell(sim, 5, E)).toMatchObject({ value: 98 });
    expect(cell(sim, 5, E)?.formula).toBeUndefined();
  });
});

describe.each([true, false])("escalation's new row (fill option %s)", (on) => {
  test("gets the computed formulas and keeps the values it carries", async () => {
    const sim = await adoptedWith(on);
    const preview = await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW);
    if ("error" in preview) throw new Error(preview.error);
    expect(await applyEscalation(sim.host, preview, NOW)).toMatchObject({ status: "done" });
    if (preview.plan.kind !== "create") throw new Error(preview.plan.kind);
    expect(cell(sim, 20, 0)?.value).toBe(18);
    expect(cell(sim, 20, E)?.formula).toMatch(/C20\*D20/);
    expect(cell(sim, 20, E)?.value).toBe(
      Number(preview.plan.row.impact) * Number(preview.plan.row.likelihood),
    );
    expect(cell(sim, 19, E)?.formula).toMatch(/C19\*D19/); // the row above is untouched
  });
});

describe("a row a colleague without the add-in types below a register", () => {
  const typeNewRisk = (sim: Simulator) => sim.userEdit(PANEL, "A20:D20", [[99, "A new risk", 4, 5]]);

  test("joins the adopted table and gets the computed columns' formulas (fill option on)", async () => {
    const sim = await adoptedWith(true);
    typeNewRisk(sim);
    expect(sim.model.tableByName("PanelRisks")!.range.bottom).toBe(19);
    expect(cell(sim, 20, E)).toMatchObject({ value: 20 });
    expect(cell(sim, 20, E)?.formula).toMatch(/C20\*D20/);
    expect(cell(sim, 20, added(sim, "Severity Band"))?.formula).toBeDefined();
    expect(cell(sim, 20, G)?.formula).toBeDefined();
    const state = await readWorkbookState(sim.host);
    expect(state.registers.find((r) => r.def.id === "panelRisks")!.values).toHaveLength(17);
  });

  test("adopted where the option was on, a colleague whose option is off still gets them", async () => {
    // The option "does not affect existing calculated columns" (AutoCorrect.AutoFillFormulasInLists).
    const sim = await adoptedWith(false);
    typeNewRisk(sim);
    expect(cell(sim, 20, E)?.formula).toMatch(/C20\*D20/);
  });

  test("adopted where the option was off, the row joins but Excel gives it no formulas: Check says so", async () => {
    // The add-in cannot make a calculated column while the option is off (no API reads or sets it):
    // the new row's computed cells stay blank, and Check reports them.
    const sim = pasted();
    sim.autoFillTableFormulas = false;
    await adopt(sim);
    typeNewRisk(sim);
    expect(sim.model.tableByName("PanelRisks")!.range.bottom).toBe(19);
    expect(cell(sim, 20, E)?.formula).toBeUndefined();
    const { findings } = await checkWorkbook(sim.host);
    expect(findings.filter((f) => f.sheet === PANEL && /20$/.test(f.address)).length).toBeGreaterThan(0);
  });

  test("in a register made by Create registers, the typed row gets the formulas too", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    const s = sim.model.sheetByName(PANEL)!;
    const col = (header: string) => [...Array(19).keys()].find((c) => s.cell(0, c)?.value === header)!;
    s.ensure(2, col("Impact (1-5)")); // the person types #, description, impact and likelihood in row 3
    sim.userEdit(PANEL, "A3:B3", [[1, "A risk"]]);
    sim.userEdit(
      PANEL,
      `${"ABCDEFGHIJKLMNOPQRS"[col("Impact (1-5)")]}3:${"ABCDEFGHIJKLMNOPQRS"[col("Likelihood (1-5)")]}3`,
      [[3, 4]],
    );
    expect(s.cell(2, col("Severity"))?.formula).toBeDefined();
    expect(s.cell(2, col("Severity"))?.value).toBe(12);
  });
});

describe("the simulator's copy of a formula down a calculated column", () => {
  test("moves relative rows only, and leaves quoted text and absolute rows alone", () => {
    expect(shiftFormula('=IF(E4<=5,"Band A1",$B$2+C$3+D4+LOG10(F4))', 3)).toBe(
      '=IF(E7<=5,"Band A1",$B$2+C$3+D7+LOG10(F7))',
    );
    expect(shiftFormula("='Panel Risks'!C4*D4", -1)).toBe("='Panel Risks'!C3*D3");
  });
});
