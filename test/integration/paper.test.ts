import { makeBaseline } from "../../src/domain/baseline";
import { listBaselines, loadBaseline, publishBaseline } from "../../src/excel/baselineStore";
import { buildPaper, type BuildResult } from "../../src/excel/paper";
import { readWorkbookState } from "../../src/excel/readRegisters";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { bullets, PANEL_RISKS } from "../fixtures/seeds";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const LAST_MONTH = new Date("2018-12-04T10:00:00Z");

/** The January 2019 register, with a baseline published when it lacked the two new mitigations. */
async function januaryWithBaseline(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const r4 = PANEL_RISKS.find((r) => r.number === 4)!;
  const r13 = PANEL_RISKS.find((r) => r.number === 13)!;
  // Panel Risks: header on row 3; risk 4 is on row 6, risk 13 on row 8; mitigations in column F.
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations.slice(0, -1))]], "paste");
  sim.userEdit("Panel Risks", "F8", [[bullets(r13.mitigations.slice(1))]], "paste");
  const published = await publishBaseline(sim.host, LAST_MONTH);
  if (published.status !== "published") throw new Error(published.message);
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations)]], "paste");
  sim.userEdit("Panel Risks", "F8", [[bullets(r13.mitigations)]], "paste");
  return sim;
}

async function build(sim: Simulator): Promise<BuildResult> {
  const result = await buildPaper(sim.host, null, NOW);
  if ("error" in result) throw new Error(result.error);
  return result;
}

const column = (sim: Simulator, sheet: string, col: number, from: number) => {
  const s = sim.model.sheetByName(sheet)!;
  const out: unknown[] = [];
  // Down to the first row with nothing in it (a formatted blank cell, such as the typeface gives the
  // row under the table, is not content).
  const has = (r: number, c: number) => (s.cell(r, c)?.value ?? null) !== null;
  for (let r = from; has(r, col) || has(r, 1); r++) out.push(s.cell(r, col)?.value ?? null);
  return out;
};

describe("The monthly paper", () => {
  test("against January's baseline the changes are exactly the two new mitigations; Appendix A is in the paper's order with just those bullets red", async () => {
    const sim = await januaryWithBaseline();
    const result = await build(sim);
    expect(result.changes.map((c) => [c.id, c.change, c.added, c.amended, c.removed, c.fields])).toEqual([
      [
        "4",
        "updated",
        ["Post-release lessons learnt exercises undertaken to improve testing approaches and governance."],
        [],
        [],
        [],
      ],
      ["13", "updated", [PANEL_RISKS.find((r) => r.number === 13)!.mitigations[0]], [], [], []],
    ]);
    expect(column(sim, "Appendix A", 0, 4)).toEqual([1, 3, 4, 5, 13, 15, 14, 6, 7, 8, 9, 10, 16, 17, 11, 12]);
    const a = sim.model.sheetByName("Appendix A")!;
    const red: string[] = [];
    for (let r = 4; r < 20; r++)
      for (const run of a.cell(r, 5)?.textRuns ?? [])
        if (run.color === "#FF0000") red.push(`${a.cell(r, 0)?.value}: ${run.text.trim()}`);
    expect(red).toEqual([
      "4: • Post-release lessons learnt exercises undertaken to improve testing approaches and governance.",
      `13: • ${PANEL_RISKS.find((r) => r.number === 13)!.mitigations[0]}`,
    ]);
    // Planned/ongoing bullets are italic: risk 5's "(ongoing)" one.
    const r5 = a.cell(7, 5)!.textRuns!;
    expect(r5.filter((x) => x.italic).map((x) => x.text.trim())).toEqual([
      "• Development of the enduring Release Management documentations (ongoing).",
    ]);
    expect(result.richText).toBe("rich text");
    expect(result.coverNote).toContain("• AGREE the amendments made to SEC Panel Risks 4 and 13.");
    expect(result.coverNote).toContain(
      "There are no new proposed risks for the Panel Risk Register this month.",
    );
    expect(result.coverNote).toContain(
      "There are no new proposed issues for the Panel Issue Register this month.",
    );
    // The cover note sheet holds the same text.
    expect(column(sim, "Cover Note", 0, 2)).toEqual(
      expect.arrayContaining(["• AGREE the amendments made to SEC Panel Risks 4 and 13."]),
    );
  });

  test("RAG cells are filled, the captions and intro are there, print setup is landscape A4 one page wide", async () => {
    const sim = await januaryWithBaseline();
    await build(sim);
    const a = sim.model.sheetByName("Appendix A")!;
    expect(a.cell(0, 0)?.value).toBe("Appendix A - SEC Panel Risks");
    expect(String(a.cell(1, 0)?.value)).toMatch(/^The following table lists the SEC Panel risks/);
    expect([a.cell(4, 6)?.value, a.cell(4, 6)?.fill]).toEqual(["AMBER", "#FFC000"]);
    expect([a.cell(5, 6)?.value, a.cell(5, 6)?.fill]).toEqual(["GREEN", "#00B050"]);
    expect(a.cell(4 + 16 + 1, 0)?.value).toBe("Table 2: SEC Panel Risks");
    expect(a.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      printTitleRows: "$4:$4",
    });
    expect(a.showGridlines).toBe(false);
    expect(a.cell(4, 1)?.wrap).toBe(true);
    const b = sim.model.sheetByName("Appendix B")!;
    expect(column(sim, "Appendix B", 0, 4)).toEqual([1, 2, 3]);
    expect(b.cell(4, 8)?.fill).toBe("#FF0000");
    const c = sim.model.sheetByName("Appendix C")!;
    expect(c.cell(3, 0)?.value).toBe("Safety");
    expect(c.cell(2, 5)?.value).toBe("Major (5)");
  });

  test("the risk matrix puts each open risk in its cell, coloured by band, with movement since the baseline", async () => {
    const sim = await januaryWithBaseline();
    sim.userEdit("Panel Risks", "D4", [[5]]); // risk 1: Likelihood 4 → 5 (12 → 15)
    await build(sim);
    const m = sim.model.sheetByName("Risk Matrix")!;
    // Rows B3:F7 are Impact 5 (top) to 1; columns are Likelihood 1 to 5.
    const at = (impact: number, likelihood: number) => m.cell(2 + (5 - impact), likelihood);
    expect(at(3, 5)?.value).toBe("1↑");
    expect(at(3, 3)?.value).toBe("3, 4, 5, 13, 15");
    expect(at(1, 2)?.value).toBe("12");
    expect(at(5, 5)?.fill).toBe("#C00000");
    expect(at(1, 1)?.fill).toBe("#00B050");
    expect([...m.cells.values()].map((c) => c.value)).toContain(
      "Risk 1 ↑: Impact 3 × Likelihood 4 → Impact 3 × Likelihood 5",
    );
  });

  test("without ExcelApi 1.18 the red and italic survive: one bullet per row, the other columns merged", async () => {
    const sim = await januaryWithBaseline();
    sim.apiVersion = "1.17";
    const result = await build(sim);
    expect(result.richText).toBe("fallback: no ExcelApi 1.18");
    assertFallback(sim);
  });

  test("when rich text comes back empty, the read-back notices and the fallback is written instead", async () => {
    const sim = await januaryWithBaseline();
    sim.richTextLeavesCellsEmpty = true;
    const result = await build(sim);
    expect(result.richText).toBe("fallback: rich text came back empty");
    assertFallback(sim);
  });

  test("rebuilding replaces the generated sheets and never touches the registers; the sync count is fixed", async () => {
    const sim = await januaryWithBaseline();
    const registers = () =>
      JSON.stringify(
        ["Panel Risks", "Panel Issues", "OPSG Risks"].map((n) => [
          ...sim.model.sheetByName(n)!.cells.entries(),
        ]),
      );
    const before = registers();
    const first = await build(sim);
    const second = await build(sim);
    expect(registers()).toBe(before);
    expect(sim.model.sheets.filter((s) => s.name.startsWith("Appendix A"))).toHaveLength(1);
    // Four reads (settings, tables and the baselines' extent; the baselines' index; the registers; the
    // baseline), one write of the new sheets under temporary names, one read-back of the rich text, and
    // one sync in which the new sheets take the old ones' names.
    expect([first.syncs, second.syncs]).toEqual([7, 7]);
    sim.resetCounters();
    await build(sim);
    expect(sim.syncCount).toBe(7);
  });
});

function assertFallback(sim: Simulator) {
  const a = sim.model.sheetByName("Appendix A")!;
  expect(String(a.cell(2, 0)?.value)).toMatch(/Rich text is not available/);
  // Risk 4 is the third entry: rows 7–11 hold its five bullets, the last red; its other cells merged.
  const rows: Array<[unknown, unknown, unknown]> = [];
  for (let r = 4; r < 40; r++)
    if (a.cell(r, 5)?.value) rows.push([r, a.cell(r, 5)?.value, a.cell(r, 5)?.fontColor]);
  const red = rows.filter(([, , c]) => c === "#FF0000").map(([, v]) => v);
  expect(red).toEqual([
    "• Post-release lessons learnt exercises undertaken to improve testing approaches and governance.",
    `• ${PANEL_RISKS.find((r) => r.number === 13)!.mitigations[0]}`,
  ]);
  const risk4Top = rows.find(([, v]) => String(v).startsWith("• The Testing Advisory Group"))![0] as number;
  expect(a.merges).toContainEqual({ top: risk4Top, bottom: risk4Top + 4, left: 1, right: 1 });
  expect(a.cell(risk4Top, 0)?.value).toBe(4);
  const italic = [...a.cells.entries()]
    .filter(([k, c]) => k % 16384 === 5 && c.italic)
    .map(([, c]) => c.value);
  expect(italic).toContain("• Development of the enduring Release Management documentations (ongoing).");
}

describe("Baselines", () => {
  test("a baseline survives the round trip exactly, long texts split across cells; earlier ones are kept", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit(
      "Panel Risks",
      "F4",
      [["• " + "Long action. ".repeat(5000) + "\n• =starts like a formula"]],
      "paste",
    );
    const first = await publishBaseline(sim.host, LAST_MONTH);
    const second = await publishBaseline(sim.host, NOW);
    if (first.status !== "published" || second.status !== "published") throw new Error("publish failed");
    expect(first.rows).toBeGreaterThan(2);
    const state = await readWorkbookState(sim.host);
    expect((await listBaselines(sim.host)).map((b) => b.label)).toEqual(["November 2026", "December 2018"]);
    const loaded = await loadBaseline(sim.host, first.baseline.id);
    expect(loaded && "baseline" in loaded ? loaded.baseline : loaded).toEqual({
      ...makeBaseline(state.registers, state.settings.settings, LAST_MONTH),
      id: first.baseline.id,
    });
    expect(sim.model.sheetByName("RS Baselines")!.visibility).toBe("VeryHidden");
  });

  test("a publish cut short is ignored, and publishing again works", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "F4", [["• " + "Long action. ".repeat(5000)]], "paste");
    sim.failSync(3, "midway"); // the write: directory, registers, write
    expect((await publishBaseline(sim.host, LAST_MONTH)).status).toBe("failed");
    expect(await listBaselines(sim.host)).toEqual([]);
    expect((await publishBaseline(sim.host, LAST_MONTH)).status).toBe("published");
    expect(await listBaselines(sim.host)).toHaveLength(1);
  });
});
