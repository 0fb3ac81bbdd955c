import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { makeBaseline } from "../../src/domain/baseline";
import { DEFAULT_SETTINGS, PANEL_RISKS, RAG_COLORS } from "../../src/domain/settings";
import { riskHistory, type TrendPoint } from "../../src/domain/trend";
import { TREND_WIDTH, TrendChart } from "../../src/taskpane/views/TrendChart";
import { RISK_HEADERS, snapshot } from "./check/registers";

const row = (n: number, i: number, l: number) => [
  n,
  "Risk",
  i,
  l,
  i * l,
  null,
  null,
  null,
  null,
  null,
  "Open",
];
const at = (iso: string, rows: ReturnType<typeof row>[]) =>
  makeBaseline([snapshot(PANEL_RISKS, RISK_HEADERS, rows)], DEFAULT_SETTINGS, new Date(iso));
const baselines = [
  at("2026-09-10T10:00:00Z", [row(1, 3, 3), row(3, 2, 2)]),
  at("2026-10-08T10:00:00Z", [row(1, 4, 4)]),
  at("2026-11-12T10:00:00Z", [row(1, 3, 4), row(3, 2, 2)]),
];
const html = (points: TrendPoint[]) => renderToStaticMarkup(createElement(TrendChart, { points }));

describe("TrendChart", () => {
  test("an SVG 240 px wide, named with each paper's score and RAG, points in RAG colours", () => {
    const out = html(riskHistory("panelRisks", 1, baselines));
    expect(out).toContain(`width="${TREND_WIDTH}"`);
    expect(TREND_WIDTH).toBeLessThanOrEqual(240);
    expect(out).toContain('role="img"');
    expect(out).toContain(
      'aria-label="Score (1 to 25) and RAG in each paper: September 2026: score 9, AMBER; October 2026: score 16, RED; November 2026: score 12, AMBER."',
    );
    const fills = [...out.matchAll(/<circle[^>]*fill="(#[0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(fills).toEqual([RAG_COLORS.AMBER.fill, RAG_COLORS.RED.fill, RAG_COLORS.AMBER.fill]);
    expect(out).toMatch(/>Sept? 26</);
    expect(out).toContain(">Nov 26<");
  });

  test("a gap breaks the line and is named as not in the paper", () => {
    const out = html(riskHistory("panelRisks", 3, baselines));
    expect(out).toContain("October 2026: not in the paper");
    expect(out.match(/<circle/g)).toHaveLength(2);
    expect(out).not.toContain("<polyline"); // two lone points either side of the gap: no line
  });

  test("one point or none is a sentence, not a chart", () => {
    expect(html([])).toBe('<p class="rs-trend-text">No earlier paper yet.</p>');
    expect(html(riskHistory("panelRisks", 1, [baselines[0]!]))).toBe(
      '<p class="rs-trend-text">September 2026: score 9, AMBER.</p>',
    );
  });
});
