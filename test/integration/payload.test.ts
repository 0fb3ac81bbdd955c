// Excel on the web's 5 MB limit on requests and responses (issue 10, behaviour 3): the add-in plans
// every read and write under it, and where Excel refuses all the same, with either documented code or
// the generic error, it reads again in smaller windows instead of failing.
// https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
// https://github.com/OfficeDev/office-js-docs-reference/issues/354 (only "An internal error has occurred")
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { applyWrites, valuesWrite } from "../../src/excel/batches";
import { buildPaper } from "../../src/excel/paper";
import { isTooLarge } from "../../src/excel/payload";
import { readGrid } from "../../src/excel/readGrid";
import { readWorkbookState } from "../../src/excel/readRegisters";
import {
  PAYLOAD_LIMIT_BYTES,
  putCells,
  Simulator,
  type PayloadErrors,
} from "../../src/workbench/simulator/simulator";
import { bullets, PANEL_RISK_HEADERS, PANEL_RISKS } from "../fixtures/seeds";

const MODES: PayloadErrors[] = ["specific", "generic"];

/** A sheet of `short` rows of about 400 bytes, then `long` rows of about 2 kB. */
function unevenSheet(mode: PayloadErrors, short: number, long: number): Simulator {
  const sim = new Simulator({ payloadErrors: mode });
  const rows = [
    ...Array.from({ length: short }, (_, i) => [i + 1, "s".repeat(400)]),
    ...Array.from({ length: long }, (_, i) => [short + i + 1, "L".repeat(2000)]),
  ];
  putCells(sim, "Data", "A1", rows);
  sim.resetCounters();
  return sim;
}

describe("The simulator refuses what Excel on the web refuses", () => {
  test("an oversized response with ResponsePayloadSizeLimitExceeded, a request with RequestPayloadSizeLimitExceeded", async () => {
    const sim = unevenSheet("specific", 0, 3000); // 6 MB of text
    const read = sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B3000").load("values");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const write = sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1:C3000").values = Array.from(
        { length: 3000 },
        () => ["w".repeat(2000)],
      );
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.model.sheetByName("Data")!.cell(0, 2)).toBeUndefined(); // a refused request runs nothing
    expect(sim.refusedSyncs).toBe(2);
  });

  test("the generic setting gives GeneralException, as some builds do", async () => {
    const sim = unevenSheet("generic", 0, 3000);
    const read = sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B3000").load("values");
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({
      code: "GeneralException",
      message: "An internal error has occurred.",
    });
  });

  test("a rich-text read-back counts in the response (getCellProperties)", async () => {
    const sim = new Simulator();
    const runs = Array.from({ length: 100 }, () => [
      { textRuns: [{ text: "r".repeat(30_000), font: { color: "#FF0000" } }] },
    ]);
    await sim.host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Runs");
      ws.getRange("A1:A100").setCellProperties(runs);
      await context.sync(); // 3 MB a request: two of them
      ws.getRange("A101:A200").setCellProperties(runs);
      await context.sync();
    });
    const read = sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Runs").getRange("A1:A200").getCellProperties({ textRuns: true });
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("The add-in treats all three as too big, and plans so that none happens", () => {
  test("isTooLarge: both codes always; the generic error only for a batch planned at a megabyte or more", () => {
    expect(isTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true); // failed on the old code
    expect(isTooLarge({ code: "GeneralException" }, 2 * 1024 * 1024)).toBe(true);
    expect(isTooLarge({ code: "GeneralException" }, 10_000)).toBe(false);
    expect(isTooLarge({ code: "ItemNotFound" }, 10 * 1024 * 1024)).toBe(false);
  });

  test.each(MODES)(
    "rows far longer than the first ones measured: the window Excel refuses (%s) is halved and read",
    async (mode) => {
      const sim = unevenSheet(mode, 4000, 3000);
      const grid = await sim.host.run((context) =>
        readGrid(context, sim.host, "Data", { top: 0, left: 0, bottom: 6999, right: 1 }),
      );
      expect(grid.values).toHaveLength(7000);
      expect(grid.values[6999]![0]).toBe(7000);
      expect(sim.refusedSyncs).toBe(1);
      expect(sim.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    },
  );

  test.each(MODES)("a write too large for one request is split before it is sent (%s)", async (mode) => {
    const sim = new Simulator({ payloadErrors: mode });
    sim.model.addSheet("Data");
    const values = Array.from({ length: 6000 }, (_, i) => [`${i}:${"v".repeat(2000)}`]);
    const syncs = await sim.host.run((context) =>
      applyWrites(context, [valuesWrite("Data", "A1:A6000", values)]),
    );
    expect(syncs).toBeGreaterThan(2);
    expect(sim.refusedSyncs).toBe(0);
    expect(sim.model.sheetByName("Data")!.cell(5999, 0)?.value).toBe(values[5999]![0]);
  });
});

describe("A long register, end to end", () => {
  test("20,000 seed-length rows: adopted, read and built with no refused sync; the old code failed from about 17,500", async () => {
    const sim = new Simulator();
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const r = PANEL_RISKS[i % PANEL_RISKS.length]!;
      return [i + 1, r.description, r.impact, r.likelihood, r.severity, bullets(r.mitigations), r.rag];
    });
    putCells(sim, "Panel Risks", "A1", [[...PANEL_RISK_HEADERS], ...rows]);
    const def = DEFAULT_SETTINGS.registers[0]!;
    const preview = await previewAdoption(sim.host, def.id, def.sheet);
    if (!preview.ok) throw new Error(preview.message);
    expect((await adoptRegister(sim.host, preview.preview)).status).toBe("adopted");
    const state = await readWorkbookState(sim.host);
    expect(state.registers[0]!.values).toHaveLength(20_000);
    const built = await buildPaper(sim.host, null);
    if ("error" in built) throw new Error(built.error);
    expect(built.richText).toBe("rich text");
    expect(sim.refusedSyncs).toBe(0);
    expect(sim.largestRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 240_000);
});

describe("The paste watcher and a paste too large to read whole", () => {
  test("a paste over the whole register, with long texts, is checked by its score columns only", async () => {
    const { PANEL_RISKS: PANEL_RISKS_DEF } = await import("../../src/domain/settings");
    const { watchScales } = await import("../../src/excel/scaleWatcher");
    const { adoptedSeeds } = await import("../helpers/workbooks");
    const sim = await adoptedSeeds();
    const reports: Array<{ problems: Array<{ address: string }> }> = [];
    await watchScales(sim.host, [{ def: PANEL_RISKS_DEF, sheet: "Panel Risks" }], (r) => reports.push(r));
    // 17 rows × 12 columns, 10 of them 32,000-character text (5.4 MB to read whole), a bad impact in C5.
    const block = Array.from({ length: 17 }, (_, i) =>
      Array.from({ length: 12 }, (_, j) => (j === 2 ? (i === 1 ? 9 : 3) : j === 3 ? 2 : "t".repeat(32_000))),
    );
    sim.userEdit("Panel Risks", "A4:L20", block, "paste");
    sim.resetCounters();
    await sim.settle();
    expect(reports.map((r) => r.problems.map((p) => p.address))).toEqual([["C5"]]);
    expect(sim.refusedSyncs).toBe(0);
  });
});
