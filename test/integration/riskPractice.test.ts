// Issue 14 items 1 and 2 end to end against the simulator: Edit saves the inherent and target scores,
// Check reports a risk above its category's appetite without a planned mitigation, and Build prints
// the scores the register's paper prints and the risks outside appetite (sheet and Word paper).
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { checkWorkbook } from "../../src/excel/check";
import { buildPaper, PAPER_ORDER } from "../../src/excel/paper";
import { readPaperDocument } from "../../src/excel/paperDocument";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { layoutsOf, readRow, saveRow } from "../../src/excel/rowEditor";
import { saveSettings } from "../../src/excel/settingsSave";
import type { RowForm } from "../../src/domain/rowForm";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const PANEL = DEFAULT_SETTINGS.registers[0]!;

async function withSettings(sim: Simulator, change: (s: Settings) => Settings): Promise<void> {
  const loaded = (await readWorkbookState(sim.host)).settings.settings;
  const r = await saveSettings(sim.host, change(loaded), NOW, loaded);
  if (r.status !== "saved") throw new Error(JSON.stringify(r));
}

const panelWith = (s: Settings, patch: Partial<Settings["registers"][number]>): Settings => ({
  ...s,
  registers: s.registers.map((r) => (r.id === PANEL.id ? { ...r, ...patch } : r)),
});

function sheetRows(sim: Simulator, name: string): unknown[][] {
  const s = sim.model.sheetByName(name)!;
  const used = s.usedRange(true)!;
  return Array.from({ length: used.bottom + 1 }, (_, r) =>
    Array.from({ length: used.right + 1 }, (_, c) => s.cell(r, c)?.value ?? null),
  );
}

/** Risk 4 of the seed (sheet row 5, 0-based), edited in the pane: inherent 5×4, target 2×2 by a date. */
async function editRisk4(sim: Simulator, patch: Partial<RowForm> = {}) {
  const read = await readRow(
    sim.host,
    layoutsOf((await readWorkbookState(sim.host)).registers),
    PANEL.sheet,
    5,
  );
  if (read.status !== "row") throw new Error(read.status);
  const form = {
    ...read.form,
    inherentImpact: 5,
    inherentLikelihood: 4,
    targetImpact: 2,
    targetLikelihood: 2,
    targetDate: "31 March 2027",
    riskCategory: "Asset",
    ...patch,
  };
  return { read, saved: await saveRow(sim.host, read.layout, form, false, NOW) };
}

describe("three scores and appetite", () => {
  test("Edit saves the inherent and target scores, target date and category; the formulas work them out", async () => {
    const sim = await adoptedSeeds();
    await withSettings(sim, (s) => panelWith(s, { scoreSets: ["inherent", "current", "target"] }));
    const { read, saved } = await editRisk4(sim);
    expect(saved).toEqual({ status: "saved", written: 6 });
    const state = await readWorkbookState(sim.host);
    const snap = state.registers.find((r) => r.def.id === PANEL.id)!;
    const at = (h: string) => snap.values[5 - snap.top - 1]![snap.headers.indexOf(h)];
    expect([
      at("Inherent Impact"),
      at("Inherent Likelihood"),
      at("Inherent Severity"),
      at("Inherent Band"),
    ]).toEqual([5, 4, 20, "Critical"]);
    expect([at("Target Severity"), at("Target Band"), at("Impact Category")]).toEqual([4, "Low", "Asset"]);
    expect(at("Target Date")).toBe(46477); // 31 March 2027 as Excel's serial
    expect(read.form.id).toBe("4");
  });

  test("Check reports a risk above its category's appetite with no planned or ongoing mitigation", async () => {
    const sim = await adoptedSeeds();
    await editRisk4(sim, { mitigations: [{ text: "Second supplier contracted", state: "inPlace" }] });
    // No appetite yet: nothing to report.
    expect((await checkWorkbook(sim.host)).findings.filter((f) => f.rule === "outside-appetite")).toEqual([]);
    await withSettings(sim, (s) => ({ ...s, appetite: { Asset: "Low" } }));
    const found = (await checkWorkbook(sim.host)).findings.filter((f) => f.rule === "outside-appetite");
    expect(found.map((f) => [f.rowLabel, f.severity])).toEqual([["4", "warning"]]);
    expect(found[0]!.message).toMatch(
      /^(Moderate|High|Critical) is above the Asset appetite \(Low\), and every mitigation recorded is already in place\.$/,
    );
    // A planned action recorded: no longer reported.
    await editRisk4(sim, {
      mitigations: [
        { text: "Second supplier contracted", state: "inPlace" },
        { text: "Tender for a third supplier", state: "planned" },
      ],
    });
    expect((await checkWorkbook(sim.host)).findings.filter((f) => f.rule === "outside-appetite")).toEqual([]);
  });

  test("Build: with the current score only, Appendix A is the seed's; printed inherent/target add columns; outside appetite gets its sheet", async () => {
    const sim = await adoptedSeeds();
    const plain = await buildPaper(sim.host, null, NOW);
    if (!("sheets" in plain)) throw new Error(JSON.stringify(plain));
    const seedA = sheetRows(sim, "Appendix A");
    expect(plain.sheets).not.toContain("Outside Appetite");

    await withSettings(sim, (s) => panelWith(s, { scoreSets: ["inherent", "current", "target"] }));
    await editRisk4(sim);
    // Shown but not printed: the paper is still the seed's.
    const shownOnly = await buildPaper(sim.host, null, NOW);
    if (!("sheets" in shownOnly)) throw new Error(JSON.stringify(shownOnly));
    expect(sheetRows(sim, "Appendix A")).toEqual(seedA);

    await withSettings(sim, (s) => ({
      ...panelWith(s, { printedScores: ["inherent", "current", "target"] }),
      appetite: { Asset: "Low" },
      paper: { ...s.paper, outsideAppetite: true },
    }));
    const built = await buildPaper(sim.host, null, NOW);
    if (!("sheets" in built)) throw new Error(JSON.stringify(built));
    const a = sheetRows(sim, "Appendix A");
    expect(a[3]).toEqual([
      "#",
      "There is a risk that…",
      "Impact (1-5)",
      "Likelihood (1-5)",
      "Severity",
      "Inherent Severity",
      "Target Severity",
      "Target Date",
      "Mitigation (Planned and/or ongoing actions in italics)",
      "RAG Status",
    ]);
    const row4 = a.find((r) => r[0] === 4)!;
    expect(row4.slice(5, 8)).toEqual([20, 4, "31 March 2027"]);
    // Print-ready as the rest: a width for every column and the title rows repeated.
    const ws = sim.model.sheetByName("Appendix A")!;
    for (let c = 0; c < 10; c++) expect(ws.columnWidths.get(c)).toBeGreaterThan(0);
    expect(ws.pageLayout.printTitleRows).toBe("$4:$4");

    expect(built.sheets).toContain("Outside Appetite");
    const o = sheetRows(sim, "Outside Appetite");
    expect(o[0]![0]).toBe("Risks outside appetite");
    expect(o[3]).toEqual([
      "#",
      "There is a risk that…",
      "Impact Category",
      "Severity Band",
      "Appetite",
      "Mitigation",
    ]);
    const risk4 = o.find((r) => r[0] === 4)!;
    expect(risk4.slice(2, 5)).toEqual(["Asset", expect.any(String), "Low"]);
    const out = sim.model.sheetByName("Outside Appetite")!;
    expect(out.pageLayout.orientation).toBeDefined();
    // After Appendix A in the workbook's order.
    const order = sim.model.sheets
      .map((s) => s.name)
      .filter((n) => (PAPER_ORDER as readonly string[]).includes(n));
    expect(order.indexOf("Outside Appetite")).toBe(order.indexOf("Appendix A") + 1);

    // The Word paper has the same table.
    const doc = await readPaperDocument(sim.host, null, NOW);
    if (!doc.ok) throw new Error(doc.error);
    const text = JSON.stringify(doc.paper.sections);
    expect(text).toContain("Risks outside appetite");
    expect(text).toContain("Inherent Severity");
  });
});
