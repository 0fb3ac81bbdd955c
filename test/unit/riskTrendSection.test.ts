// The Edit view's trend section as rendered from each state useRiskTrend gives it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { makeBaseline } from "../../src/domain/baseline";
import { DEFAULT_SETTINGS, PANEL_RISKS } from "../../src/domain/settings";
import { riskHistory } from "../../src/domain/trend";
import { RiskTrendSection, sinceLastPaper } from "../../src/taskpane/views/RiskTrendSection";
import type { RiskTrend } from "../../src/taskpane/views/useRiskTrend";
import { riskRow, RISK_HEADERS, snapshot } from "./check/registers";

const at = (iso: string, impact: number, likelihood: number, rag: string) =>
  makeBaseline(
    [
      snapshot(PANEL_RISKS, RISK_HEADERS, [
        riskRow(1, {
          "Impact (1-5)": impact,
          "Likelihood (1-5)": likelihood,
          Severity: impact * likelihood,
          "RAG Status": rag,
        }),
      ]),
    ],
    DEFAULT_SETTINGS,
    new Date(iso),
  );
const baselines = [
  at("2026-09-10T10:00:00Z", 3, 4, "AMBER"),
  at("2026-10-08T10:00:00Z", 4, 4, "RED"),
  at("2026-11-12T10:00:00Z", 3, 3, "AMBER"),
];
const now = (impact: number, likelihood: number) => ({
  cells: { number: 1, impact, likelihood, status: "Open" },
  settings: DEFAULT_SETTINGS,
  kind: "risk" as const,
  date: new Date("2026-12-01T09:00:00Z"),
});
const ready = (points: ReturnType<typeof riskHistory>, skipped: string[] = []): RiskTrend => ({
  status: "ready",
  points,
  published: points.filter((p) => p.baselineId !== null).length,
  skipped,
});
const html = (trend: RiskTrend) => renderToStaticMarkup(createElement(RiskTrendSection, { trend }));

describe("The Edit view's trend section", () => {
  test("three papers and now: the chart, named with each point, and the move since the last paper in words", () => {
    const trend = ready(riskHistory("panelRisks", 1, baselines, now(4, 4)));
    const out = html(trend);
    expect(out).toContain('<h3 id="trend-title"');
    expect(out).toContain(
      'aria-label="Score (1 to 25) and RAG in each paper: September 2026: score 12, AMBER; October 2026: score 16, RED; November 2026: score 9, AMBER; Now: score 16, RED."',
    );
    expect(out.match(/<circle/g)).toHaveLength(4);
    expect(sinceLastPaper(trend as RiskTrend & { status: "ready" })).toBe(
      "Since the last paper (November 2026): higher. November 2026: score 9, AMBER; Now: score 16, RED.",
    );
    expect(out).toContain(sinceLastPaper(trend as RiskTrend & { status: "ready" }));
    expect(out).not.toContain("Left out");
  });

  test("unchanged and lower since the last paper; papers that could not be read are named", () => {
    const same = ready(riskHistory("panelRisks", 1, baselines, now(3, 3)), ["August 2026"]);
    expect(sinceLastPaper(same as RiskTrend & { status: "ready" })).toMatch(/: unchanged\. /);
    expect(html(same)).toContain("Left out, as they could not be read back: August 2026.");
    const lower = ready(riskHistory("panelRisks", 1, baselines, now(1, 3)));
    expect(sinceLastPaper(lower as RiskTrend & { status: "ready" })).toMatch(
      /: lower\. .*Now: score 3, GREEN\.$/,
    );
  });

  test("no published paper: a sentence, no chart", () => {
    const out = html(ready(riskHistory("panelRisks", 1, [], now(3, 4))));
    expect(out).toContain("No published papers yet: the trend starts with the first baseline published.");
    expect(out).not.toContain("<svg");
  });

  test("reading, failed, or not a risk", () => {
    expect(html({ status: "reading" })).toContain("Reading the published papers…");
    expect(html({ status: "error", message: "The sheet is protected." })).toContain(
      "The published papers could not be read: The sheet is protected.",
    );
    expect(html({ status: "none" })).toBe("");
  });
});
