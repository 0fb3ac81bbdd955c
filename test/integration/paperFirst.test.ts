// Issue 12, items 2–4: the cover note on the seed register against the seed paper's own text, its sheet
// laid out a paragraph a row; the first paper of a register with no baseline (take today's as the
// baseline, or mark the new bullets by hand); Build respects Check.
import { bulletIdentity } from "../../src/domain/changes";
import { parseMitigations } from "../../src/domain/mitigations";
import { publishBaseline } from "../../src/excel/baselineStore";
import { MARKS_SHEET, setBulletMarks, type MarkRequest } from "../../src/excel/bulletMarks";
import { COVER_WIDTH } from "../../src/excel/coverNoteSheet";
import { rowHeightFor } from "../../src/domain/textMeasure";
import { buildPaper, type BuildResult } from "../../src/excel/paper";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { bullets, NEW_MITIGATIONS, PANEL_ISSUES, PANEL_RISKS } from "../fixtures/seeds";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const LAST_MONTH = new Date("2018-12-04T10:00:00Z");
const risk = (n: number) => PANEL_RISKS.find((r) => r.number === n)!;
/** Panel Risks: header on row 3, risk 4 on row 6 and risk 13 on row 8; mitigations in column F. */
const RISK_ROW: Record<number, number> = { 4: 6, 13: 8 };

async function built(sim: Simulator, warnings: "stop" | "build" = "build"): Promise<BuildResult> {
  const r = await buildPaper(sim.host, null, NOW, { warnings });
  if ("error" in r) throw new Error(r.error);
  return r;
}

/** Every red run of Appendix A, "risk: bullet". */
function redBullets(sim: Simulator): string[] {
  const a = sim.model.sheetByName("Appendix A")!;
  const red: string[] = [];
  for (let r = 4; r < 30; r++)
    for (const run of a.cell(r, 5)?.textRuns ?? [])
      if (run.color === "#FF0000") red.push(`${a.cell(r, 0)?.value}: ${run.text.trim()}`);
  return red;
}

const SEED_RED = NEW_MITIGATIONS.map(({ risk: n, index }) => `${n}: • ${risk(n).mitigations[index]}`);

/** The seed's two new bullets, marked by hand as a person would in the Paper or Edit view. */
const seedMarks = (): MarkRequest[] =>
  NEW_MITIGATIONS.map(({ risk: n, index }) => ({
    registerId: "panelRisks",
    registerName: "SEC Panel risks",
    key: String(n),
    id: String(n),
    text: risk(n).mitigations[index]!,
    isNew: true,
  }));

const registersOf = (sim: Simulator) =>
  JSON.stringify(
    ["Panel Risks", "Panel Issues", "OPSG Risks"].map((n) => [...sim.model.sheetByName(n)!.cells.entries()]),
  );

describe("The cover note on the seed register reads as the seed paper's", () => {
  /** January 2019: last month's baseline lacked the two new bullets and had issues 1–3's last bullet shorter. */
  async function january(): Promise<Simulator> {
    const sim = await adoptedSeeds();
    const shorter = (text: string) => text.split(/(?<=\.)\s+/)[0]!.replace(/\s+\S+\.?$/, ".");
    sim.userEdit("Panel Risks", "F6", [[bullets(risk(4).mitigations.slice(0, -1))]], "paste");
    sim.userEdit("Panel Risks", "F8", [[bullets(risk(13).mitigations.slice(1))]], "paste");
    PANEL_ISSUES.forEach((issue, i) => {
      const last = issue.mitigations.length - 1;
      const before = issue.mitigations.map((m, k) => (k === last ? shorter(m) : m));
      sim.userEdit("Panel Issues", `H${2 + i}`, [[bullets(before)]], "paste");
    });
    const p = await publishBaseline(sim.host, LAST_MONTH);
    if (p.status !== "published") throw new Error(p.message);
    sim.userEdit("Panel Risks", "F6", [[bullets(risk(4).mitigations)]], "paste");
    sim.userEdit("Panel Risks", "F8", [[bullets(risk(13).mitigations)]], "paste");
    PANEL_ISSUES.forEach((issue, i) =>
      sim.userEdit("Panel Issues", `H${2 + i}`, [[bullets(issue.mitigations)]], "paste"),
    );
    return sim;
  }

  test("footnotes, recommendations and wording are the paper's (seeds/000, its cover note)", async () => {
    const sim = await january();
    const result = await built(sim);
    // The seed paper's five footnotes, word for word.
    expect(result.note.footnotes.map((f) => [f.n, f.text])).toEqual([
      [1, "SEC Panel Risk 4: Testing may be insufficient for a stable environment leading to defects."],
      [
        2,
        "SEC Panel Risk 13: Wider industry initiatives that have impacts on the smart metering arrangements do not take into account the current requirements (e.g. the switch to half-hourly settlement and the faster switching programme and changes to Feed in Tariffs).",
      ],
      [
        3,
        "SEC Panel Issue 1: The progression of Modification Proposals is not meeting required timescales due to the delayed completion of activities (e.g. submission of Impact Assessments and any requested information within reasonable timescales from the DCC) leading to reputational damage and challenge.",
      ],
      [4, "SEC Panel Issue 2: DCC System is circumvented as making changes to it is too costly and timely."],
      [
        5,
        "SEC Panel Issue 3: The number and length of full maintenance outages is not commensurate with the availability of a live service as outlined within the SEC.",
      ],
    ]);
    const lines = result.coverNote;
    // The paper's entry headings carry the footnote marks: "SEC Panel Risk 41" in the extraction.
    expect(lines.filter((l) => /^SEC Panel (Risk|Issue) \d+[¹²³⁴⁵]$/.test(l))).toEqual([
      "SEC Panel Risk 4¹",
      "SEC Panel Risk 13²",
      "SEC Panel Issue 1³",
      "SEC Panel Issue 2⁴",
      "SEC Panel Issue 3⁵",
    ]);
    // The paper's recommendations, as printed.
    expect(lines.slice(lines.indexOf("The SEC Panel is requested to:") + 1, -6)).toEqual([
      "• AGREE the amendments made to SEC Panel Risks 4 and 13; and",
      "• AGREE the amendments made to the SEC Panel Issues 1, 2 and 3.",
    ]);
    for (const sentence of [
      "There are no new proposed risks for the Panel Risk Register this month.",
      "There are no new proposed issues for the Panel Issue Register this month.",
      "The matrix below (Figure 1) shows the latest status of Panel risks.",
      "The SEC Panel is requested to agree the amendments made to the SEC Panel Risk and Issue Registers.",
    ])
      expect(lines).toContain(sentence);
    // The paper's own openings: "A mitigation to SEC Panel Risk 4 has been added…", "Further detail has
    // been included against a mitigation action for…".
    expect(lines.find((l) => l.startsWith("A mitigation to SEC Panel Risk 4 has been added"))).toBe(
      "A mitigation to SEC Panel Risk 4 has been added: “Post-release lessons learnt exercises undertaken to improve testing approaches and governance.”",
    );
    expect(
      lines.filter((l) =>
        l.startsWith("Further detail has been included against a mitigation action for SEC Panel Issue"),
      ),
    ).toHaveLength(3);
  });

  test("the Cover Note sheet: a paragraph a row in one wide wrapped column, each row as tall as its text, footnotes last", async () => {
    const sim = await january();
    const result = await built(sim);
    const s = sim.model.sheetByName("Cover Note")!;
    const rows: Array<{ r: number; text: string }> = [];
    for (let r = 0; r < 200; r++) {
      const v = s.cell(r, 0)?.value;
      if (v !== undefined && v !== null) rows.push({ r, text: String(v) });
      // Nothing beside column A: no text can run over into a neighbour or be overlapped by one.
      for (let c = 1; c < 10; c++) expect(s.cell(r, c)?.value ?? null).toBeNull();
    }
    const written = rows.map((x) => x.text).filter(Boolean);
    // The note itself, nothing else (what it is compared with is said in the pane, not printed).
    expect(written).toEqual(result.coverNote.filter(Boolean));
    // The footnotes are the last rows, numbered.
    expect(written.slice(-5).map((l) => l.split(":")[0])).toEqual([
      "1 SEC Panel Risk 4",
      "2 SEC Panel Risk 13",
      "3 SEC Panel Issue 1",
      "4 SEC Panel Issue 2",
      "5 SEC Panel Issue 3",
    ]);
    for (const { r, text } of rows) {
      expect(s.cell(r, 0)?.wrap).toBe(true);
      if (!text) continue;
      const cell = s.cell(r, 0)!;
      // One typeface; tall enough for every line of its text at its size, measured (the long risk 13
      // paragraph takes several lines), with a little room after it.
      expect(cell.fontName).toBe("Arial");
      const lines = rowHeightFor([{ text, widthPt: COVER_WIDTH, bold: !!cell.bold }], cell.fontSize!);
      expect([r, s.rowHeights.get(r)]).toEqual([r, lines + 4]);
    }
    const long = rows.find((x) => x.text.startsWith("A mitigation to SEC Panel Risk 13"))!;
    expect(s.rowHeights.get(long.r)).toBeGreaterThanOrEqual(4 * 14);
    expect(s.columnWidths.get(0)).toBe(COVER_WIDTH);
  });
});

describe("The first paper: a register with no baseline", () => {
  test("nothing is red without a baseline, and the cover note says nothing changed", async () => {
    const sim = await adoptedSeeds();
    const result = await built(sim);
    expect(result.baseline).toBeNull();
    expect(redBullets(sim)).toEqual([]);
    expect(result.coverNote).toContain(
      "• NOTE that there are no changes to the SEC Panel Risk and Issue Registers this month.",
    );
  });

  test("choice 1, today's register as the baseline: nothing is red", async () => {
    const sim = await adoptedSeeds();
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    const result = await built(sim);
    expect(result.baseline?.label).toBe("November 2026");
    expect(redBullets(sim)).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  test("choice 2, marking the new bullets by hand: the seed's two red bullets, and the seed's AGREE line; the cells keep their words", async () => {
    const sim = await adoptedSeeds();
    const before = registersOf(sim);
    const { marks } = await setBulletMarks(sim.host, seedMarks(), NOW);
    expect(marks.map((m) => [m.key, m.isNew, m.since])).toEqual([
      ["4", true, ""],
      ["13", true, ""],
    ]);
    expect(registersOf(sim)).toBe(before);
    expect(sim.model.sheetByName(MARKS_SHEET)!.visibility).toBe("VeryHidden");
    const result = await built(sim);
    expect(redBullets(sim)).toEqual(SEED_RED);
    expect(result.coverNote).toContain("• AGREE the amendments made to SEC Panel Risks 4 and 13.");
    expect(result.note.footnotes.map((f) => f.text.split(":")[0])).toEqual([
      "SEC Panel Risk 4",
      "SEC Panel Risk 13",
    ]);
    // Italics are still the planned/ongoing bullets.
    const r5 = sim.model.sheetByName("Appendix A")!.cell(7, 5)!.textRuns!;
    expect(r5.filter((x) => x.italic).map((x) => x.text.trim())).toEqual([
      "• Development of the enduring Release Management documentations (ongoing).",
    ]);
    // Publishing the paper's month ends its marks: next month nothing is red until something changes.
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    await built(sim);
    expect(redBullets(sim)).toEqual([]);
  });

  test("a mark can be taken back, and with a baseline a bullet can be marked not new", async () => {
    const sim = await adoptedSeeds();
    const [m4, m13] = seedMarks();
    await setBulletMarks(sim.host, [m4!, m13!], NOW);
    await setBulletMarks(sim.host, [{ ...m13!, isNew: null }], NOW);
    await built(sim);
    expect(redBullets(sim)).toEqual([SEED_RED[0]]);
    // A baseline without risk 4's last bullet: it is red by the baseline, until marked not new.
    sim.userEdit("Panel Risks", `F${RISK_ROW[4]}`, [[bullets(risk(4).mitigations.slice(0, -1))]], "paste");
    await publishBaseline(sim.host, LAST_MONTH);
    sim.userEdit("Panel Risks", `F${RISK_ROW[4]}`, [[bullets(risk(4).mitigations)]], "paste");
    await built(sim);
    expect(redBullets(sim)).toEqual([SEED_RED[0]]);
    await setBulletMarks(sim.host, [{ ...m4!, isNew: false }], NOW);
    const result = await built(sim);
    expect(redBullets(sim)).toEqual([]);
    expect(result.changes).toEqual([]);
    // The mark names the bullet by its words' identity.
    const stored = sim.model.sheetByName(MARKS_SHEET)!;
    expect(stored.cell(1, 2)?.value).toBe(bulletIdentity(parseMitigations(`• ${m4!.text}`)[0]!));
  });
});

describe("Build respects Check", () => {
  test("an error blocks the build, listed with its cell; nothing is written; put right, it builds", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "C4", [["three"]], "paste");
    sim.resetCounters();
    const r = await buildPaper(sim.host, null, NOW, { warnings: "build" });
    if (!("check" in r)) throw new Error("not blocked");
    expect(r.check.errors.map((f) => [f.sheet, f.address, f.rule])).toEqual([
      ["Panel Risks", "C4", "score-not-whole"],
    ]);
    expect(r.error).toMatch(/Panel Risks!C4/);
    expect(sim.model.sheetByName("Appendix A")).toBeUndefined();
    // Check shared Build's read: only its reads were made (settings, tables and the baselines' extent;
    // the baselines' index; the registers; there is no baseline to read).
    expect(sim.syncCount).toBe(3);
    sim.userEdit("Panel Risks", "C4", [[3]]);
    expect((await built(sim)).sheets).toContain("Appendix A");
  });

  test("a broken formula is an error too", async () => {
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "E4", [[13.5]], "paste");
    const r = await buildPaper(sim.host, null, NOW);
    expect("check" in r && r.check.errors.map((f) => f.address)).toEqual(["E4"]);
  });

  test("warnings stop a build that asks to see them; Build anyway builds, and they are in the result", async () => {
    const sim = await adoptedSeeds();
    const r = await buildPaper(sim.host, null, NOW, { warnings: "stop" });
    if (!("check" in r)) throw new Error("not stopped");
    expect(r.check.errors).toEqual([]);
    // The seed's GREEN RAGs at Moderate severity are judgements without a rationale.
    expect(r.check.warnings.length).toBeGreaterThan(0);
    expect(r.error).toMatch(/Build anyway/);
    expect(sim.model.sheetByName("Appendix A")).toBeUndefined();
    const anyway = await built(sim, "build");
    expect(anyway.warnings.map((f) => f.address)).toEqual(r.check.warnings.map((f) => f.address));
    expect(sim.model.sheetByName("Appendix A")).toBeDefined();
  });
});
