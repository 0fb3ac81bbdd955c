// Issue 14 item 5 end to end against the simulator: three baselines published a month apart with a
// score changed between, the paper's movement arrows turned on in the settings, and Build (and the Word
// paper) print each Panel risk's movement since the baseline compared with, the legend under the table.
import { NO_TREND_LEGEND, TREND_COLUMN_WIDTH } from "../../src/domain/paper";
import type { Settings } from "../../src/domain/settings";
import { ARROW_LEGEND } from "../../src/domain/trend";
import { publishBaseline } from "../../src/excel/baselineStore";
import { buildPaper, type BuildResult } from "../../src/excel/paper";
import { readPaperDocument } from "../../src/excel/paperDocument";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { PANEL_RISKS } from "../fixtures/seeds";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const SEPT = new Date("2026-09-10T10:00:00Z");
const OCT = new Date("2026-10-08T10:00:00Z");
const NOV = new Date("2026-11-12T10:00:00Z");

async function publish(sim: Simulator, at: Date) {
  const r = await publishBaseline(sim.host, at);
  if (r.status !== "published") throw new Error(r.message);
  return r.baseline;
}

async function arrows(sim: Simulator, on: boolean) {
  const loaded: Settings = (await readWorkbookState(sim.host)).settings.settings;
  const r = await saveSettings(
    sim.host,
    { ...loaded, paper: { ...loaded.paper, movementArrows: on } },
    NOW,
    loaded,
  );
  if (r.status !== "saved") throw new Error(JSON.stringify(r));
}

async function build(sim: Simulator, baselineId: string | null = null): Promise<BuildResult> {
  const r = await buildPaper(sim.host, baselineId, NOW);
  if (!("sheets" in r)) throw new Error(JSON.stringify(r));
  return r;
}

function sheetRows(sim: Simulator, name: string): unknown[][] {
  const s = sim.model.sheetByName(name)!;
  const used = s.usedRange(true)!;
  return Array.from({ length: used.bottom + 1 }, (_, r) =>
    Array.from({ length: used.right + 1 }, (_, c) => s.cell(r, c)?.value ?? null),
  );
}

/** Appendix A's body rows (sheet row 5 on) as "number mark". */
const marks = (sim: Simulator) =>
  sheetRows(sim, "Appendix A")
    .slice(4, 4 + PANEL_RISKS.length)
    .map((r) => `${r[0]} ${r[5]}`);
const SEED_ORDER = PANEL_RISKS.map((r) => r.number);
/** Each risk in `order` unchanged (→) but those given. */
const expected = (moved: Record<number, string>, order = SEED_ORDER) =>
  order.map((n) => `${n} ${moved[n] ?? "→"}`);

// Panel Risks as adopted: header on sheet row 3; risk 1 on row 4 (Impact C4, Likelihood D4: 3 × 4),
// risk 4 on row 6 (3 × 3, printed GREEN by the Panel's judgement).
async function threeMonths() {
  const sim = await adoptedSeeds();
  const sept = await publish(sim, SEPT); // the seed: risk 1 at 12, AMBER
  sim.userEdit("Panel Risks", "C4", [[4]], "paste"); // risk 1: 4 × 4 = 16, High, RED
  const oct = await publish(sim, OCT);
  sim.userEdit("Panel Risks", "D4", [[2]], "paste"); // risk 1: 4 × 2 = 8, Moderate, AMBER
  const nov = await publish(sim, NOV);
  sim.userEdit("Panel Risks", "D6", [[4]], "paste"); // risk 4 after November's paper: 3 × 4 = 12
  return { sim, sept, oct, nov };
}

describe("Appendix A with movement arrows, over three published baselines", () => {
  test("each risk's mark since the baseline compared with, the legend under the table; off, as before", async () => {
    const { sim, sept, oct, nov } = await threeMonths();
    expect([sept.label, oct.label, nov.label]).toEqual(["September 2026", "October 2026", "November 2026"]);
    const off = await build(sim);
    const seedLook = sheetRows(sim, "Appendix A");
    expect(seedLook[3]).not.toContain("Trend");
    const ws = () => sim.model.sheetByName("Appendix A")!;
    const widths = (n: number) => Array.from({ length: n }, (_, c) => ws().columnWidths.get(c)!);
    const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
    const offWidths = widths(7);

    await arrows(sim, true);
    const on = await build(sim); // against the newest, November's
    expect(on.baseline?.label).toBe("November 2026");
    const a = sheetRows(sim, "Appendix A");
    expect(a[3]).toEqual([
      "#",
      "There is a risk that…",
      "Impact (1-5)",
      "Likelihood (1-5)",
      "Severity",
      "Trend",
      "Mitigation (Planned and/or ongoing actions in italics)",
      "RAG Status",
    ]);
    // Highest severity first, as without arrows: risk 4 (now 12) leads, risk 1 (now 8) is further down.
    const order = a.slice(4, 4 + PANEL_RISKS.length).map((r) => r[0] as number);
    expect(order).toEqual(seedLook.slice(4, 4 + PANEL_RISKS.length).map((r) => r[0]));
    expect(order[0]).toBe(4);
    expect(marks(sim)).toEqual(expected({ 4: "↑" }, order));
    // The rest of each row is the table without arrows, the mitigations and RAG one column on.
    a.slice(4, 4 + PANEL_RISKS.length).forEach((r, i) => {
      const was = seedLook[4 + i]!;
      expect([...r.slice(0, 5), ...r.slice(6)]).toEqual(was.slice(0, 7));
    });

    // Under the table: the caption, then the legend.
    const bottom = 3 + PANEL_RISKS.length;
    expect(a[bottom + 2]![0]).toBe("Table 2: SEC Panel Risks");
    expect(a[bottom + 3]![0]).toBe(ARROW_LEGEND);
    expect(a.length).toBe(bottom + 4);
    expect(ws().cell(bottom + 3, 0)?.numberFormat).toBe("@");
    expect(ws().cell(bottom + 3, 0)?.fontName).toBe("Arial");
    // Print-ready: the narrow column centred, its width out of the mitigations' (the page prints at the
    // seed's scale), the header repeated on every page.
    expect(ws().cell(4, 5)?.horizontalAlignment).toBe("Center");
    expect(ws().cell(4, 5)?.bold).toBe(true);
    expect(ws().cell(4, 4)?.bold).toBeFalsy(); // the severity beside it is not
    expect(widths(8)[5]).toBe(TREND_COLUMN_WIDTH);
    expect(sum(widths(8))).toBe(sum(offWidths));
    expect(ws().pageLayout.printTitleRows).toBe("$4:$4");
    // The same reads as without arrows: no sync more.
    expect(on.syncs).toBe(off.syncs);

    // Against October's paper risk 1 fell (16 → 8); against September's too (12 → 8).
    await build(sim, oct.id);
    expect(marks(sim)).toEqual(expected({ 1: "↓", 4: "↑" }, order));
    await build(sim, sept.id);
    expect(marks(sim)).toEqual(expected({ 1: "↓", 4: "↑" }, order));
    sim.userEdit("Panel Risks", "C4", [[5]], "paste");
    sim.userEdit("Panel Risks", "D4", [[3]], "paste"); // risk 1: 5 × 3 = 15, above September's 12
    await build(sim, sept.id);
    expect(marks(sim)[0]).toBe("1 ↑");

    // Risk 1 back to 4 × 2 and the arrows off again: Appendix A is exactly what it was without them.
    sim.userEdit("Panel Risks", "C4", [[4]], "paste");
    sim.userEdit("Panel Risks", "D4", [[2]], "paste");
    await arrows(sim, false);
    await build(sim);
    expect(sheetRows(sim, "Appendix A")).toEqual(seedLook);
    expect(widths(7)).toEqual(offWidths);
  });

  test("the Word paper prints the same Trend column and legend", async () => {
    const { sim } = await threeMonths();
    await arrows(sim, true);
    const doc = await readPaperDocument(sim.host, null, NOW);
    if (!doc.ok) throw new Error(doc.error);
    const blocks = doc.paper.sections[1]!.blocks;
    const at = blocks.findIndex(
      (b) => b.type === "text" && b.runs[0]?.text === "Appendix A - SEC Panel Risks",
    );
    const table = blocks.slice(at).find((b) => b.type === "table");
    if (!table || table.type !== "table") throw new Error("no Appendix A table");
    expect(table.table.headers!.map((h) => h.lines[0]!.runs[0]!.text)[5]).toBe("Trend");
    const risk4 = table.table.rows.find((r) => r[0]!.lines[0]!.runs[0]!.text === "4")!;
    expect(risk4[5]).toMatchObject({ lines: [{ runs: [{ text: "↑" }] }], align: "center", bold: true });
    const after = blocks[blocks.indexOf(table) + 1]!;
    expect(after).toMatchObject({ type: "text", runs: [{ text: ARROW_LEGEND }] });
  });

  test("no baseline published: no Trend column, and the line under the table says why", async () => {
    const sim = await adoptedSeeds();
    await arrows(sim, true);
    await build(sim);
    const a = sheetRows(sim, "Appendix A");
    expect(a[3]).not.toContain("Trend");
    expect(a[3 + PANEL_RISKS.length + 3]![0]).toBe(NO_TREND_LEGEND);
  });
});
