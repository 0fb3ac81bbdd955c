// Turning a register's inherent and target scores on and off in Settings, against the simulator:
// columns added with their headers (TableColumnCollection.add, ExcelApi 1.4's name:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)),
// hidden when turned off (Range.columnHidden:
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member),
// never a cell deleted, and the round trips the same at 20 rows as at 1,000.
import { severityOf } from "../../src/domain/scoring";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { planScoreColumns } from "../../src/excel/scoreColumns";
import { saveSettings } from "../../src/excel/settingsSave";
import { bullets, PANEL_RISK_HEADERS, PANEL_RISKS } from "../../src/workbench/seeds/panelRisks";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const PANEL = DEFAULT_SETTINGS.registers[0]!;

async function stored(sim: Simulator): Promise<Settings> {
  return (await readWorkbookState(sim.host)).settings.settings;
}

function withScores(
  s: Settings,
  id: string,
  scoreSets: Settings["registers"][number]["scoreSets"],
): Settings {
  return { ...s, registers: s.registers.map((r) => (r.id === id ? { ...r, scoreSets } : r)) };
}

function headerRow(sim: Simulator, sheet: string): { row: number; headers: string[]; left: number } {
  const t = sim.model.tables.find((x) => x.name === PANEL.table)!;
  const s = sim.model.sheetByName(sheet)!;
  const headers: string[] = [];
  for (let c = t.range.left; c <= t.range.right; c++)
    headers.push(String(s.cell(t.range.top, c)?.value ?? ""));
  return { row: t.range.top, headers, left: t.range.left };
}

/** As bench/run.ts makes them: the seed register's risks repeated to `n` rows. */
async function adoptedOf(n: number): Promise<Simulator> {
  const sim = new Simulator();
  const rows = Array.from({ length: n }, (_, i) => {
    const r = PANEL_RISKS[i % PANEL_RISKS.length]!;
    return [i + 1, r.description, r.impact, r.likelihood, r.severity, bullets(r.mitigations), r.rag];
  });
  putCells(sim, "Panel Risks", "A1", [[...PANEL_RISK_HEADERS], ...rows]);
  const preview = await previewAdoption(sim.host, PANEL.id, PANEL.sheet);
  if (!preview.ok) throw new Error(preview.message);
  const result = await adoptRegister(sim.host, preview.preview, NOW);
  if (result.status !== "adopted") throw new Error(JSON.stringify(result));
  return sim;
}

describe("inherent and target scores turned on and off", () => {
  test("on: the columns are added with formulas, validation, colours and a date format; off: hidden, data kept", async () => {
    const sim = await adoptedSeeds();
    const before = headerRow(sim, PANEL.sheet);
    const loaded = await stored(sim);
    const on = withScores(loaded, PANEL.id, ["inherent", "current", "target"]);
    const r = await saveSettings(sim.host, on, NOW, loaded);
    expect(r.status).toBe("saved");
    const after = headerRow(sim, PANEL.sheet);
    const added = after.headers.slice(before.headers.length);
    const nine = [
      "Inherent Impact",
      "Inherent Likelihood",
      "Inherent Severity",
      "Inherent Band",
      "Target Impact",
      "Target Likelihood",
      "Target Severity",
      "Target Band",
      "Target Date",
    ];
    // Each column the table lacked, in order (a Target Date that adoption gave it is reused).
    expect(added).toEqual(nine.filter((h) => !before.headers.includes(h)));
    expect(added.length).toBeGreaterThanOrEqual(8);
    // Never two of a column.
    expect(after.headers.filter((h) => h === "Target Date")).toHaveLength(1);
    expect(after.headers.slice(0, before.headers.length)).toEqual(before.headers);
    const col = (h: string) => after.left + after.headers.indexOf(h);
    const sheet = sim.model.sheetByName(PANEL.sheet)!;
    const first = after.row + 1;
    // Severity and band formulas in every row; Impact/Likelihood validated 1–5; the band coloured.
    expect(sheet.cell(first, col("Inherent Severity"))?.formula).toMatch(/^=IF\(AND\(ISNUMBER/);
    expect(sheet.cell(first, col("Target Band"))?.formula).toMatch(/^=IF\(N\(/);
    for (const h of ["Inherent Impact", "Inherent Likelihood", "Target Impact", "Target Likelihood"])
      expect(
        sheet.validations.some(
          (v) => v.range.left === col(h) && v.rule.wholeNumber?.formula2 === 5 && v.range.top === first,
        ),
      ).toBe(true);
    expect(sheet.conditionalFormats.some((cf) => cf.range.left === col("Target Band"))).toBe(true);
    expect(sheet.cell(first, col("Target Date"))?.numberFormat).toBe("d mmmm yyyy");
    const audit = sim.model.sheetByName("Audit Log")!;
    const auditText = [...audit.cells.values()].map((c) => String(c.value ?? "")).join("\n");
    expect(auditText).toMatch(/Inherent \(before controls\) shown, 4 column\(s\) added/);

    // A score typed in: the formulas work it out.
    expect(sim.userEdit(PANEL.sheet, `${letter(col("Inherent Impact"))}${first + 1}`, [[4]])).toBeNull();
    expect(sim.userEdit(PANEL.sheet, `${letter(col("Inherent Likelihood"))}${first + 1}`, [[5]])).toBeNull();
    expect(sheet.cell(first, col("Inherent Severity"))?.value).toBe(severityOf(4, 5));
    expect(sheet.cell(first, col("Inherent Band"))?.value).toBe("Critical");

    // Off again: hidden, not deleted; the register still has its nine columns and the typed scores.
    const loaded2 = await stored(sim);
    const off = withScores(loaded2, PANEL.id, ["current"]);
    expect((await saveSettings(sim.host, off, NOW, loaded2)).status).toBe("saved");
    const again = headerRow(sim, PANEL.sheet);
    expect(again.headers).toEqual(after.headers);
    for (const h of [...added, "Target Date"]) expect(sheet.hiddenColumns.has(col(h))).toBe(true);
    expect(sheet.hiddenColumns.has(col("Severity"))).toBe(false);
    expect(sheet.cell(first, col("Inherent Impact"))?.value).toBe(4);

    // On again: the same columns are shown again, none added twice.
    const loaded3 = await stored(sim);
    const on3 = withScores(loaded3, PANEL.id, ["current", "inherent"]);
    expect((await saveSettings(sim.host, on3, NOW, loaded3)).status).toBe("saved");
    expect(headerRow(sim, PANEL.sheet).headers).toEqual(after.headers);
    expect(sheet.hiddenColumns.has(col("Inherent Impact"))).toBe(false);
    expect(sheet.hiddenColumns.has(col("Target Impact"))).toBe(true);
    expect(sheet.cell(first, col("Inherent Severity"))?.value).toBe(20);
  });

  test("a register without an Impact Category column gets one with the first appetite", async () => {
    const sim = await adoptedSeeds();
    const state = await readWorkbookState(sim.host);
    const snap = state.registers.find((x) => x.def.id === PANEL.id)!;
    const settings = { ...state.settings.settings, appetite: { Asset: "Moderate" } };
    const plan = planScoreColumns(snap, { number: snap.left }, PANEL, PANEL, settings);
    expect(plan.added).toEqual({ riskCategory: snap.left + snap.headers.length });
    expect(
      planScoreColumns(snap, { number: snap.left }, PANEL, PANEL, state.settings.settings).added,
    ).toEqual({});
    // An issue register is not judged against appetite.
    const issues = state.registers.find((x) => x.def.kind === "issue")!;
    expect(planScoreColumns(issues, {}, issues.def, issues.def, settings).added).toEqual({});
  });

  test("with an appetite, the Impact Category column is list-validated with Appendix C's categories", async () => {
    const sim = await adoptedSeeds();
    const loaded = await stored(sim);
    const r = await saveSettings(sim.host, { ...loaded, appetite: { Asset: "Moderate" } }, NOW, loaded);
    expect(r.status).toBe("saved");
    const h = headerRow(sim, PANEL.sheet);
    const col = h.left + h.headers.indexOf("Impact Category");
    expect(h.headers).toContain("Impact Category");
    const sheet = sim.model.sheetByName(PANEL.sheet)!;
    const dv = sheet.validations.find((v) => v.range.left === col);
    expect(dv?.rule.list?.source).toMatch(/Asset/);
  });

  test("the round trips are the same at 20 and 1,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [20, 1000]) {
      const sim = await adoptedOf(n);
      const loaded = await stored(sim);
      sim.resetCounters();
      const r = await saveSettings(
        sim.host,
        withScores(loaded, PANEL.id, ["inherent", "current", "target"]),
        NOW,
        loaded,
      );
      expect(r.status).toBe("saved");
      counts.push(sim.syncCount);
      const t = sim.model.tables.find((x) => x.name === PANEL.table)!;
      expect(t.range.bottom - t.range.top).toBe(n);
      const off = await stored(sim);
      sim.resetCounters();
      expect((await saveSettings(sim.host, withScores(off, PANEL.id, ["current"]), NOW, off)).status).toBe(
        "saved",
      );
      counts.push(sim.syncCount);
    }
    expect(counts[0]).toBe(counts[2]);
    expect(counts[1]).toBe(counts[3]);
    // Recorded for the report.
    console.log(
      `settings save, sets on/off: 20 rows ${counts[0]}/${counts[1]}, 1,000 rows ${counts[2]}/${counts[3]} syncs`,
    );
  });
});

function letter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe("adopting a register with three scores", () => {
  test("Inherent/Gross and Target columns map, get their formulas, and the register shows them", async () => {
    const sim = new Simulator();
    putCells(sim, "Panel Risks", "A1", [
      [
        "Risk ID",
        "Risk Description",
        "Inherent Impact",
        "Gross Likelihood",
        "Gross Risk Score",
        "Impact",
        "Likelihood",
        "Risk Score",
        "Controls",
        "Target Impact",
        "Target Likelihood",
        "Target Score",
      ],
      [1, "Supplier fails to deliver", 4, 4, 16, 4, 3, 12, "Second supplier", 3, 2, 6],
      [2, "Data breach", 5, 3, 15, 5, 2, 10, "Staff training", 5, 1, 5],
    ]);
    const preview = await previewAdoption(sim.host, PANEL.id, PANEL.sheet);
    if (!preview.ok) throw new Error(preview.message);
    expect((await adoptRegister(sim.host, preview.preview, NOW)).status).toBe("adopted");
    const def = (await stored(sim)).registers.find((r) => r.id === PANEL.id)!;
    expect(def.scoreSets).toEqual(["inherent", "current", "target"]);
    expect(def.printedScores ?? ["current"]).toEqual(["current"]);
    const h = headerRow(sim, PANEL.sheet);
    const sheet = sim.model.sheetByName(PANEL.sheet)!;
    const at = (header: string) => sheet.cell(1, h.left + h.headers.indexOf(header));
    expect(at("Gross Risk Score")?.formula).toBe('=IF(AND(ISNUMBER(C2),ISNUMBER(D2)),C2*D2,"")');
    expect(at("Target Score")?.formula).toBe('=IF(AND(ISNUMBER(J2),ISNUMBER(K2)),J2*K2,"")');
    // The bands each set lacked are added, with their formulas.
    expect(at("Inherent Band")?.value).toBe("High");
    expect(at("Target Band")?.value).toBe("Moderate");
  });
});
