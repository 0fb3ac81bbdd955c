// The trend chart's history read from the published baselines: three syncs however many baselines.
import { becameRed } from "../../src/domain/trend";
import { loadBaseline, publishBaseline } from "../../src/excel/baselineStore";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { readRiskHistory } from "../../src/excel/riskTrend";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds } from "../helpers/workbooks";

const AUG = new Date("2026-08-06T10:00:00Z");
const SEPT = new Date("2026-09-10T10:00:00Z");
const OCT = new Date("2026-10-08T10:00:00Z");
const NOV = new Date("2026-11-12T10:00:00Z");
const NOV_LATER = new Date("2026-11-14T10:00:00Z");

async function publish(sim: Simulator, at: Date) {
  const result = await publishBaseline(sim.host, at);
  if (result.status !== "published") throw new Error(result.message);
  return result;
}

// Panel Risks as adopted: header on sheet row 3; risk 1 on row 4 (Impact C4, Likelihood D4, 3 × 4),
// risk 3 on row 5 (RAG overridden GREEN), mitigations in column F.
const summary = (points: Awaited<ReturnType<typeof readRiskHistory>>["points"]) =>
  points.map((p) => (p.kind === "gap" ? `${p.label}: gap` : `${p.label}: ${p.severity} ${p.band} ${p.rag}`));

describe("readRiskHistory", () => {
  test("three baselines with changed scores between: the history, in three syncs", async () => {
    const sim = await adoptedSeeds();
    // A long mitigation splits the baselines into several chunks each: still read in the same sync.
    sim.userEdit("Panel Risks", "F6", [["• " + "Long action. ".repeat(5000)]], "paste");
    const sept = await publish(sim, SEPT);
    expect(sept.rows).toBeGreaterThan(1);
    sim.userEdit("Panel Risks", "C4", [[4]], "paste"); // 4 × 4 = 16, High, RED
    await publish(sim, OCT);
    sim.userEdit("Panel Risks", "D4", [[2]], "paste"); // 4 × 2 = 8, Moderate, AMBER
    await publish(sim, NOV);

    sim.resetCounters();
    const history = await readRiskHistory(sim.host, "panelRisks", 1);
    expect(sim.syncCount).toBe(3); // the sheet's extent, the index, every baseline's chunks
    expect(history.skipped).toEqual([]);
    expect(summary(history.points)).toEqual([
      "September 2026: 12 Moderate AMBER",
      "October 2026: 16 High RED",
      "November 2026: 8 Moderate AMBER",
    ]);
    // The override is the RAG printed: risk 3 is Moderate but GREEN.
    expect(summary((await readRiskHistory(sim.host, "panelRisks", 3)).points)).toEqual([
      "September 2026: 9 Moderate GREEN",
      "October 2026: 9 Moderate GREEN",
      "November 2026: 9 Moderate GREEN",
    ]);

    // A correction published later in November replaces the first version in the history: one point a
    // month, and the same three syncs with four baselines stored.
    sim.userEdit("Panel Risks", "D4", [[1]], "paste"); // 4 × 1 = 4, Low, GREEN
    const v2 = await publish(sim, NOV_LATER);
    expect(v2.baseline.label).toBe("November 2026 (version 2)");
    sim.resetCounters();
    const later = await readRiskHistory(sim.host, "panelRisks", 1, { months: 2 });
    expect(sim.syncCount).toBe(3);
    expect(summary(later.points)).toEqual([
      "October 2026: 16 High RED",
      "November 2026 (version 2): 4 Low GREEN",
    ]);

    // The OPSG register numbers its risks OPSG-001…: "OPSG-1" is the same risk.
    const opsg = await readRiskHistory(sim.host, "opsgRisks", "OPSG-1");
    expect(opsg.points.map((p) => p.kind)).toEqual(["score", "score", "score"]); // a point a month
  });

  test("no baselines: one sync and no points; the entry now is the only point", async () => {
    const sim = await adoptedSeeds();
    const state = await readWorkbookState(sim.host);
    sim.resetCounters();
    const history = await readRiskHistory(sim.host, "panelRisks", 1, {
      current: {
        cells: { impact: 3, likelihood: 4 },
        settings: state.settings.settings,
        kind: "risk",
        date: NOV,
      },
    });
    expect(sim.syncCount).toBe(1);
    expect(summary(history.points)).toEqual(["Now: 12 Moderate AMBER"]);
  });

  test("the cover note's risks that became RED since the last paper, from a stored baseline", async () => {
    const sim = await adoptedSeeds();
    const published = await publish(sim, OCT);
    sim.userEdit("Panel Risks", "C4", [[5]], "paste"); // risk 1: 5 × 4 = 20, Critical, RED
    const loaded = await loadBaseline(sim.host, published.baseline.id);
    if (!loaded || !("baseline" in loaded)) throw new Error("no baseline");
    const state = await readWorkbookState(sim.host);
    const red = becameRed(loaded.baseline, state.registers, state.settings.settings);
    expect(red.filter((r) => r.registerId === "panelRisks")).toEqual([
      { registerId: "panelRisks", registerName: "SEC Panel risks", key: "1", id: "1", was: "AMBER" },
    ]);
  });
});

describe("readRiskHistory past the response limit", () => {
  test("baselines over 5 MB together are read in syncs planned under the limit, and the history is the same", async () => {
    const sim = await adoptedSeeds();
    // Description, mitigation and impacts near a cell's limit in every Panel risk row: each baseline is
    // about 1.5 MB, so four of them pass Excel on the web's 5 MB response limit.
    const sheet = sim.model.sheetByName("Panel Risks")!;
    let last = 3; // 0-based row of the last risk
    while (sheet.cell(last + 1, 0)?.value != null) last++;
    for (const col of ["B", "F", "H"])
      for (let r = 4; r <= last + 1; r++)
        sim.userEdit("Panel Risks", `${col}${r}`, [[`${col} words. `.repeat(3500)]], "paste");
    await publish(sim, AUG);
    await publish(sim, SEPT);
    sim.userEdit("Panel Risks", "C4", [[4]], "paste");
    await publish(sim, OCT);
    sim.userEdit("Panel Risks", "D4", [[2]], "paste");
    const nov = await publish(sim, NOV);
    expect(nov.rows * 30000).toBeGreaterThan(1_300_000);
    sim.resetCounters();
    const history = await readRiskHistory(sim.host, "panelRisks", 1);
    // Planned from the index's chunk counts, so that no response passes Excel on the web's 5 MB limit
    // (PayloadSizeLimitExceeded, see
    // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
    // the extent, the index, then one sync per baseline (two do not fit one response). None refused.
    expect(sim.syncs.map((x) => x.refused ?? false)).toEqual([false, false, false, false, false, false]);
    expect(Math.max(...sim.syncs.map((x) => x.responseBytes ?? 0))).toBeLessThan(5 * 1024 * 1024);
    expect(summary(history.points)).toEqual([
      "August 2026: 12 Moderate AMBER",
      "September 2026: 12 Moderate AMBER",
      "October 2026: 16 High RED",
      "November 2026: 8 Moderate AMBER",
    ]);
  });
});
