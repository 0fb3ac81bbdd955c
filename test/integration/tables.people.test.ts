// Registers as people leave them: a totals row switched on, merged cells in a pasted register (unmerged
// at adoption, issue 11 item 4), a filter,
// columns dragged into another order. Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.table
// (getRange includes the totals row), https://github.com/OfficeDev/office-js/issues/3611 (merged areas),
// https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables (filters).
import { layoutNotes } from "../../src/domain/adoptNotes";
import type { AdoptPlan } from "../../src/domain/adoptPlan";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { applyEscalation, previewEscalation } from "../../src/excel/escalate";
import { buildPaper } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow } from "../../src/excel/rowEditor";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { changedCells, snapshot } from "../helpers/cellSnapshot";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";

const PANEL = "Panel Risks";

const findingKeys = async (sim: Simulator) => {
  const result = await checkWorkbook(sim.host);
  return {
    rows: result.checkedRows,
    keys: result.findings.map((f) => `${f.rule} ${f.column ?? ""} ${f.rowLabel ?? ""}`).sort(),
  };
};

async function escalateOpsg008(sim: Simulator) {
  const preview = await previewEscalation(sim.host, "opsgRisks", "OPSG-008", NOW);
  if ("error" in preview) throw new Error(preview.error);
  const result = await applyEscalation(sim.host, preview, NOW);
  if (result.status !== "done") throw new Error(JSON.stringify(result));
  return preview;
}

async function showTotals(sim: Simulator, table: string) {
  await sim.host.run(async (context) => {
    context.workbook.tables.getItem(table).showTotals = true;
    await context.sync();
  });
}

const panelRows = async (sim: Simulator) =>
  (await readWorkbookState(sim.host)).registers.find((r) => r.def.id === "panelRisks")!;

describe("a totals row is not a register row", () => {
  test("Check, the row lookup and escalation's numbering ignore it", async () => {
    const sim = await adoptedSeeds();
    const before = await findingKeys(sim);
    await showTotals(sim, "PanelRisks");
    const t = sim.model.tableByName("PanelRisks")!;
    expect(sim.model.sheetByName(PANEL)!.cell(t.range.bottom, 0)?.value).toBe("Total");
    expect(await findingKeys(sim)).toEqual(before);
    expect((await panelRows(sim)).values).toHaveLength(16);
    const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
    const onTotals = await readRow(sim.host, layouts, PANEL, t.range.bottom);
    expect(onTotals).toMatchObject({ status: "none", message: expect.stringContaining("totals row") });
    // Escalation numbers the new Panel risk after the last risk, and the row goes above the totals row.
    const preview = await escalateOpsg008(sim);
    expect(preview.plan).toMatchObject({ kind: "create", panelNumber: 18 });
    const after = await panelRows(sim);
    expect(after.values).toHaveLength(17);
    expect(sim.model.sheetByName(PANEL)!.cell(t.range.bottom, 0)?.value).toBe("Total");
    expect(after.values[16]![0]).toBe(18);
  });
});

describe("merged cells in a pasted register", () => {
  const mergeDescriptions = (sim: Simulator) =>
    sim.model.sheetByName(PANEL)!.merges.push({ top: 4, bottom: 5, left: 1, right: 1 }); // B5:B6
  const fillable = (p: AdoptPlan) =>
    new Set([
      ...p.formulaWrites.filter((f) => f.runs.length).map((f) => f.col),
      ...p.added.map((a) => a.col),
    ]);

  test("the preview says which cells are unmerged; adoption unmerges them and keeps every value", async () => {
    const sim = pasted();
    mergeDescriptions(sim);
    const before = await snapshot(sim, PANEL);
    const preview = await previewAdoption(sim.host, "panelRisks", PANEL);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.plan.report.layout.unmerged).toEqual(["B5:B6"]);
    expect(layoutNotes(preview.preview.plan.report)).toContainEqual(
      expect.stringContaining("B5:B6 are unmerged"),
    );
    const result = await adoptRegister(sim.host, preview.preview, NOW);
    expect(result.status).toBe("adopted");
    expect(sim.model.sheetByName(PANEL)!.merges).toEqual([]);
    expect(sim.model.tableByName("PanelRisks")).toBeDefined();
    expect(changedCells(before, await snapshot(sim, PANEL), fillable(preview.preview.plan))).toEqual([]);
  });

  test("a host without ExcelApi 1.13 cannot list them: the preview says so and adoption unmerges the table's area", async () => {
    const sim = pasted();
    sim.apiVersion = "1.12";
    mergeDescriptions(sim);
    const before = await snapshot(sim, PANEL);
    const preview = await previewAdoption(sim.host, "panelRisks", PANEL);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.plan.report.layout.mergesKnown).toBe(false);
    expect(layoutNotes(preview.preview.plan.report)).toContainEqual(
      expect.stringContaining("This Excel cannot list merged cells"),
    );
    const result = await adoptRegister(sim.host, preview.preview, NOW);
    expect(result.status).toBe("adopted");
    expect(sim.model.sheetByName(PANEL)!.merges).toEqual([]);
    expect(changedCells(before, await snapshot(sim, PANEL), fillable(preview.preview.plan))).toEqual([]);
  });
});

describe("a filtered register", () => {
  test("Check, an edit of a hidden row and an escalation see and keep every row", async () => {
    const sim = await adoptedSeeds();
    const before = await findingKeys(sim);
    sim.userFilterTable("PanelRisks", 0, [1]); // only risk 1 shows
    expect(sim.model.tableByName("PanelRisks")!.hiddenRows!.size).toBe(15);
    expect(await findingKeys(sim)).toEqual(before);
    const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
    const read = await readRow(sim.host, layouts, PANEL, 5); // risk 4, hidden
    if (read.status !== "row") throw new Error(read.status);
    expect(await saveRow(sim.host, read.layout, { ...read.form, likelihood: 4 }, false, NOW)).toMatchObject({
      status: "saved",
    });
    expect(sim.model.sheetByName(PANEL)!.cell(5, 4)?.value).toBe(12);
    await escalateOpsg008(sim);
    expect((await panelRows(sim)).values).toHaveLength(17);
  });
});

describe("a register whose columns a person reordered", () => {
  test("Check, Edit save, escalation and Build go by header, not position", async () => {
    const sim = await adoptedSeeds();
    const before = await findingKeys(sim);
    // Impact (C) is dragged to after Severity Band; every column between moves one to the left.
    sim.userMoveTableColumn("PanelRisks", 2, 8);
    const s = sim.model.sheetByName(PANEL)!;
    expect(s.cell(2, 8)?.value).toBe("Impact (1-5)");
    expect(await findingKeys(sim)).toEqual(before);
    const layouts = layoutsOf((await readWorkbookState(sim.host)).registers);
    const read = await readRow(sim.host, layouts, PANEL, 5); // risk 4
    if (read.status !== "row") throw new Error(read.status);
    expect(read.form).toMatchObject({ id: "4", impact: 3, likelihood: 3 });
    expect(await saveRow(sim.host, read.layout, { ...read.form, impact: 4 }, false, NOW)).toMatchObject({
      status: "saved",
    });
    expect(s.cell(5, 8)?.value).toBe(4); // the Impact cell, where it now is
    expect(s.cell(5, 3)?.value).toBe(12); // Severity (moved to D) followed: 4 × 3
    const preview = await escalateOpsg008(sim);
    expect(preview.plan).toMatchObject({ panelNumber: 18 });
    const panel = await panelRows(sim);
    const row = panel.values[16]!;
    if (preview.plan.kind !== "create") throw new Error(preview.plan.kind);
    expect(row[panel.headers.indexOf("Impact (1-5)")]).toBe(preview.plan.row.impact);
    expect(row[panel.headers.indexOf("Severity")]).toBe(
      Number(preview.plan.row.impact) * Number(preview.plan.row.likelihood),
    );
    expect((await findingKeys(sim)).keys.filter((k) => k.startsWith("formula"))).toEqual([]);
    const built = await buildPaper(sim.host, null, NOW);
    expect("error" in built ? built.error : "built").toBe("built");
  });
});
