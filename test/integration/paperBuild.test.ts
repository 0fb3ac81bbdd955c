// Build replaces the appendices only once the new ones are complete (issue 10, behaviour 6), and the
// rich-text read-back checks each bullet's colour and italics, not only its text (behaviour 10).
import { publishBaseline } from "../../src/excel/baselineStore";
import { buildPaper, RETIRED_PREFIX, TEMPORARY_PREFIX } from "../../src/excel/paper";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { toJson } from "../../src/workbench/simulator/workbookJson";
import { bullets, PANEL_RISKS } from "../fixtures/seeds";
import { auditRows, expectedOutcomes, injectFaults, type FaultScenario } from "../helpers/faults";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const LAST_MONTH = new Date("2026-10-22T09:00:00Z");
const GENERATED = ["Appendix A", "Appendix B", "Appendix C", "Risk Matrix", "Cover Note"];

/** Last month's paper built and in the workbook; since then risk 4 gained a mitigation. */
async function withLastMonthsPaper(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const r4 = PANEL_RISKS.find((r) => r.number === 4)!;
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations.slice(0, -1))]], "paste");
  const published = await publishBaseline(sim.host, LAST_MONTH);
  if (published.status !== "published") throw new Error(published.message);
  const old = await buildPaper(sim.host, null, LAST_MONTH);
  if ("error" in old) throw new Error(old.error);
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations)]], "paste");
  return sim;
}

const paperOf = (sim: Simulator) =>
  JSON.stringify(toJson(sim.model).sheets.filter((s) => GENERATED.includes(s.name)));
const strays = (sim: Simulator) =>
  sim.model.sheets
    .map((s) => s.name)
    .filter((n) => n.startsWith(TEMPORARY_PREFIX) || n.startsWith(RETIRED_PREFIX));

const scenario: FaultScenario = {
  name: "Build the appendices",
  setup: withLastMonthsPaper,
  run: async (sim) => ("error" in (await buildPaper(sim.host, null, NOW)) ? "failed" : "done"),
};

describe("Build replaces the old appendices only once the new ones are complete", () => {
  test("a failure at any sync, before, midway or after, then a retry: the same workbook and audit log as a clean build, no stray sheets", async () => {
    const { syncs, outcomes } = await injectFaults(scenario);
    expect(syncs).toBe(7);
    expect(outcomes).toEqual(expectedOutcomes(outcomes));
  }, 180_000);

  test("until the last sync, a failure leaves last month's paper exactly as it was", async () => {
    const clean = await withLastMonthsPaper();
    const old = paperOf(clean);
    for (let n = 1; n < 7; n++)
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = await withLastMonthsPaper();
        sim.resetCounters();
        sim.failSync(n, mode);
        // A failed read throws (the view reports it); a failed write returns its message.
        const result = await buildPaper(sim.host, null, NOW).catch((e: Error) => ({ thrown: e.message }));
        expect(["error" in result || "thrown" in result, n, mode]).toEqual([true, n, mode]);
        expect([paperOf(sim) === old, n, mode]).toEqual([true, n, mode]);
        if ("error" in result) expect(result.error).toMatch(/previous appendices are as they were/);
      }
  }, 180_000);

  test("a build that failed in its last sync is finished by the next, which removes what the first left", async () => {
    const sim = await withLastMonthsPaper();
    sim.resetCounters();
    sim.failSync(7, "midway");
    expect("error" in (await buildPaper(sim.host, null, NOW))).toBe(true);
    expect(strays(sim).length).toBeGreaterThan(0);
    expect("error" in (await buildPaper(sim.host, null, NOW))).toBe(false);
    expect(strays(sim)).toEqual([]);
  }, 60_000);

  test("building twice with nothing changed logs one build: a retry after a lost reply is not a second entry", async () => {
    const sim = await withLastMonthsPaper();
    const before = auditRows(sim).length;
    await buildPaper(sim.host, null, NOW);
    await buildPaper(sim.host, null, NOW);
    const rows = auditRows(sim).slice(before);
    expect(rows.map((r) => r[1])).toEqual(["Build appendices"]);
  }, 60_000);
});

describe("The rich-text read-back checks colour and italics", () => {
  test("a host that keeps the text but drops each run's font gets the visible fallback: one bullet per row, red and italic", async () => {
    const sim = await withLastMonthsPaper();
    sim.richTextDropsRunFormatting = true;
    const result = await buildPaper(sim.host, null, NOW);
    if ("error" in result) throw new Error(result.error);
    expect(result.richText).toBe("fallback: rich text lost its colours or italics");
    const a = sim.model.sheetByName("Appendix A")!;
    expect(String(a.cell(2, 0)?.value)).toMatch(/kept the text but not the colours and italics/);
    const red: unknown[] = [];
    for (let r = 4; r < 80; r++) if (a.cell(r, 5)?.fontColor === "#FF0000") red.push(a.cell(r, 5)?.value);
    expect(red).toEqual([
      "• Post-release lessons learnt exercises undertaken to improve testing approaches and governance.",
    ]);
    expect(strays(sim)).toEqual([]);
  }, 60_000);

  test("with the runs kept, no fallback", async () => {
    const sim = await withLastMonthsPaper();
    const result = await buildPaper(sim.host, null, NOW);
    if ("error" in result) throw new Error(result.error);
    expect(result.richText).toBe("rich text");
    expect(String(sim.model.sheetByName("Appendix A")!.cell(2, 0)?.value ?? "")).toBe("");
  }, 60_000);
});
