// Issue 14 item 5: Appendix A's movement arrows (the paper's movementArrows setting). The January 2019
// register is the seed's Appendix A as printed (SECP_64_1101_02); three earlier papers differ from it in
// a few scores and RAGs, and each build compares with one of them.
import { makeBaseline, type Baseline } from "../../src/domain/baseline";
import {
  appendixA,
  NO_TREND_LEGEND,
  TREND_COLUMN_WIDTH,
  TREND_HEADER,
  type AppendixTable,
} from "../../src/domain/paper";
import { appendixBlocks, paperDocument } from "../../src/domain/paperDocument";
import { paperHtml, paperPlainText } from "../../src/domain/paperHtml";
import { centredColumns, printWidths } from "../../src/domain/paperPrint";
import type { CellValue } from "../../src/domain/register";
import { DEFAULT_SETTINGS, PANEL_RISKS as PANEL_RISKS_DEF } from "../../src/domain/settings";
import { ARROW_LEGEND } from "../../src/domain/trend";
import { bullets, PANEL_RISK_HEADERS, PANEL_RISKS, type PanelRiskRow } from "../fixtures/seeds";
import { snapshot } from "./check/registers";

type Change = Partial<Pick<PanelRiskRow, "impact" | "likelihood" | "rag">>;

/** The seed register with some risks' scores or RAG changed and some left out (not raised yet). */
function register(changes: Record<number, Change> = {}, without: number[] = []) {
  const rows: CellValue[][] = PANEL_RISKS.filter((r) => !without.includes(r.number)).map((seed) => {
    const r = { ...seed, ...changes[seed.number] };
    return [
      r.number,
      r.description,
      r.impact,
      r.likelihood,
      r.impact * r.likelihood,
      bullets(r.mitigations),
      r.rag,
    ];
  });
  return snapshot(PANEL_RISKS_DEF, PANEL_RISK_HEADERS, rows);
}

const published = (iso: string, changes: Record<number, Change>, without: number[] = []): Baseline =>
  makeBaseline([register(changes, without)], DEFAULT_SETTINGS, new Date(iso));

// October 2018: risk 1 at 4 × 4 (16, RED); risk 17 not raised yet.
// November 2018: risk 3 printed AMBER at the same 9 (January prints it GREEN); risk 17 not raised yet.
// December 2018: risk 14 at 4 × 1 (4, GREEN), risk 12 at 1 × 3 (3); risk 17 in.
const OCT = published("2018-10-02T10:00:00Z", { 1: { impact: 4, likelihood: 4, rag: "RED" } }, [17]);
const NOV = published("2018-11-06T10:00:00Z", { 3: { rag: "AMBER" } }, [17]);
const DEC = published("2018-12-04T10:00:00Z", {
  14: { impact: 4, likelihood: 1, rag: "GREEN" },
  12: { impact: 1, likelihood: 3 },
});
const JANUARY = register();

const on = (baseline: Baseline | null) =>
  appendixA(JANUARY, baseline, undefined, undefined, DEFAULT_SETTINGS);
/** Each printed risk's number and its mark. */
const marks = (t: AppendixTable) => t.rows.map((r) => `${r.values[0]} ${r.values[t.trendCol!]}`);
const SEED_ORDER = PANEL_RISKS.map((r) => r.number);
const unchangedBut = (moved: Record<number, string>) => SEED_ORDER.map((n) => `${n} ${moved[n] ?? "→"}`);

describe("Appendix A's movement arrows", () => {
  test("against each of three earlier papers, each risk's mark since the paper compared with", () => {
    expect(OCT.label).toBe("October 2018");
    expect(marks(on(DEC))).toEqual(unchangedBut({ 14: "↑", 12: "↓" }));
    // Same severity, RAG lowered from AMBER to GREEN: the arrow agrees with the RAG printed beside it.
    expect(marks(on(NOV))).toEqual(unchangedBut({ 3: "↓", 17: "New" }));
    expect(marks(on(OCT))).toEqual(unchangedBut({ 1: "↓", 17: "New" }));
    // The rows stay in the paper's order (highest severity first), as without arrows.
    expect(on(OCT).rows.map((r) => r.values[0])).toEqual(SEED_ORDER);
  });

  test("a narrow Trend column after the severity, its width taken from the mitigations', the legend under it", () => {
    const off = appendixA(JANUARY, DEC);
    const t = on(DEC);
    expect(t.headers).toEqual([...off.headers.slice(0, 5), TREND_HEADER, ...off.headers.slice(5)]);
    expect(t.trendCol).toBe(5);
    expect(t.mitigationCol).toBe(off.mitigationCol + 1);
    expect(t.ragCol).toBe(off.ragCol + 1);
    expect(t.widths[5]).toBe(TREND_COLUMN_WIDTH);
    expect(t.widths[t.mitigationCol]).toBe(off.widths[off.mitigationCol]! - TREND_COLUMN_WIDTH);
    // The page prints at the seed's scale: the same width in all, measured as the sheet measures it.
    const total = (x: AppendixTable) => printWidths(x.headers, x.widths, 9).reduce((a, b) => a + b, 0);
    expect(total(t)).toBe(total(off));
    expect(printWidths(t.headers, t.widths, 9)[5]).toBe(TREND_COLUMN_WIDTH); // "Trend" is not broken
    // The other cells are where they were, the bullets and RAG moved one column on.
    t.rows.forEach((r, i) => {
      const o = off.rows[i]!;
      expect([...r.values.slice(0, 5), ...r.values.slice(6)]).toEqual(o.values);
      expect(r.bullets).toEqual(o.bullets);
      expect(r.rag).toBe(o.rag);
    });
    expect(t.legend).toEqual([ARROW_LEGEND]);
    expect(centredColumns(t).has(5)).toBe(true);
  });

  test("with the inherent and target scores printed, the Trend column still follows the current severity", () => {
    const withSets = {
      ...JANUARY,
      def: { ...JANUARY.def, scoreSets: ["inherent", "current", "target"] as const },
    } as typeof JANUARY;
    const t = appendixA(withSets, DEC, undefined, ["current", "inherent", "target"], DEFAULT_SETTINGS);
    expect(t.headers.slice(4, 9)).toEqual([
      "Severity",
      "Trend",
      "Inherent Severity",
      "Target Severity",
      "Target Date",
    ]);
    expect(t.headers[t.mitigationCol]).toBe("Mitigation (Planned and/or ongoing actions in italics)");
    expect(t.headers[t.ragCol]).toBe("RAG Status");
    expect(t.widths).toHaveLength(t.headers.length);
    expect(t.rows.every((r) => r.values.length === t.headers.length)).toBe(true);
  });

  test("no earlier paper: nothing to compare with, so no column, and a line saying so", () => {
    const t = on(null);
    expect(t.headers).toEqual(appendixA(JANUARY, null).headers);
    expect(t.trendCol).toBeUndefined();
    expect(t.legend).toEqual([NO_TREND_LEGEND]);
  });

  test("off (the default, as the seed paper): the table is exactly as before, no column and no legend", () => {
    for (const b of [null, OCT, NOV, DEC]) {
      const t = appendixA(JANUARY, b);
      expect(appendixA(JANUARY, b, undefined, undefined, null)).toStrictEqual(t);
      expect(t).not.toHaveProperty("trendCol");
      expect(t).not.toHaveProperty("legend");
      expect(t.headers).not.toContain(TREND_HEADER);
    }
  });

  test("the Word paper prints the same table: the marks centred and bold, the legend after the table", () => {
    const t = on(NOV);
    const blocks = appendixBlocks(t);
    const table = blocks.find((b) => b.type === "table");
    if (!table || table.type !== "table") throw new Error("no table");
    expect(table.table.headers!.map((h) => h.lines[0]!.runs[0]!.text)).toEqual(t.headers);
    expect(table.table.widths).toEqual(t.widths);
    const risk3 = table.table.rows[SEED_ORDER.indexOf(3)]!;
    expect(risk3[5]).toMatchObject({ lines: [{ runs: [{ text: "↓" }] }], align: "center", bold: true });
    expect(risk3[t.ragCol]!.fill).toBeDefined(); // the RAG cell is still the filled one
    const last = blocks[blocks.length - 1]!;
    expect(last).toEqual({ type: "text", style: "body", runs: [{ text: ARROW_LEGEND }] });

    const doc = paperDocument({
      title: "t",
      reference: "",
      classification: "",
      typeface: "Arial",
      cover: { blocks: [], footnotes: [] },
      appendices: [t],
      classificationTable: { title: "c", headers: [], rows: [], widths: [] },
      matrix: { rows: [], movements: [] },
      matrixLegend: [],
    });
    const html = paperHtml(doc);
    expect(html).toMatch(/<th [^>]*width:34pt[^>]*><p [^>]*>Trend<\/p><\/th>/);
    expect(html).toMatch(/<td [^>]*text-align:center[^>]*font-weight:bold"><p [^>]*>New<\/p><\/td>/);
    expect(html).toContain(`<p>${ARROW_LEGEND}</p>`);
    const text = paperPlainText(doc).split("\n");
    expect(text).toContain(ARROW_LEGEND);
    expect(text.find((l) => l.startsWith("3\t"))!.split("\t")[5]).toBe("↓");
  });
});
