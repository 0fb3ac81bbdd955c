// Publish is idempotent: the same month's registers, published again (a retry after a lost reply, or a
// second click), are stored once; a correction published later in the month is kept as a new version.
import { listBaselines, publishBaseline } from "../../src/excel/baselineStore";
import type { Simulator } from "../../src/workbench/simulator/simulator";
import { auditRows } from "../helpers/faults";
import { adoptedSeeds, NOW } from "../helpers/workbooks";

const LATER_SAME_MONTH = new Date("2026-11-23T15:30:00Z");

describe("Publishing twice", () => {
  test("a publish whose reply was lost, retried later the same month, leaves one baseline and one audit row", async () => {
    const sim = await adoptedSeeds();
    sim.resetCounters();
    sim.failSync(3, "after"); // directory, registers, the write: it reached the workbook
    expect((await publishBaseline(sim.host, NOW)).status).toBe("failed");
    const retry = await publishBaseline(sim.host, LATER_SAME_MONTH);
    expect(retry).toMatchObject({ status: "already" });
    expect(retry.message).toMatch(/already published/);
    expect((await listBaselines(sim.host)).map((b) => b.label)).toEqual(["November 2026"]);
    expect(auditRows(sim).filter((r) => r[1] === "Publish baseline")).toHaveLength(1);
  });

  test("a second publish in the month with different content is kept as version 2, and the first stays", async () => {
    const sim = await adoptedSeeds();
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    sim.userEdit("Panel Risks", "D4", [[5]]); // a correction after publishing
    const second = await publishBaseline(sim.host, LATER_SAME_MONTH);
    expect(second).toMatchObject({
      status: "published",
      baseline: { label: "November 2026 (version 2)" },
    });
    expect(second.message).toMatch(/kept as November 2026 \(version 2\).*earlier version stays/);
    expect((await listBaselines(sim.host)).map((b) => b.label)).toEqual([
      "November 2026 (version 2)",
      "November 2026",
    ]);
    // And a retry of the correction is recognised too.
    expect((await publishBaseline(sim.host, LATER_SAME_MONTH)).status).toBe("already");
    expect(auditRows(sim).filter((r) => r[1] === "Publish baseline")).toHaveLength(2);
  });

  test("rows left by a publish cut short are overwritten by the retry, not kept beside it", async () => {
    // A long mitigation makes the baseline several chunk rows, so a write cut midway leaves some of them.
    const long = (s: Simulator) =>
      s.userEdit("Panel Risks", "F4", [["• " + "Long action. ".repeat(8000)]], "paste");
    const clean = await adoptedSeeds();
    long(clean);
    await publishBaseline(clean.host, NOW);
    const sim = await adoptedSeeds();
    long(sim);
    sim.resetCounters();
    sim.failSync(3, "midway");
    expect((await publishBaseline(sim.host, NOW)).status).toBe("failed");
    expect((await publishBaseline(sim.host, NOW)).status).toBe("published");
    const sheetRows = (s: typeof sim) => s.model.sheetByName("RS Baselines")!.usedRange(true)!.bottom;
    expect(sheetRows(clean)).toBeGreaterThan(3);
    expect(sheetRows(sim)).toBe(sheetRows(clean));
    expect(await listBaselines(sim.host)).toHaveLength(1);
  });
});
