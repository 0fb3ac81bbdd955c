// The Diagnostics runner: each contract in a scratch sheet that is always removed; the report.
import { CONTRACTS } from "../../src/excel/contracts";
import type { Contract } from "../../src/excel/contracts/contract";
import { removeScratchSheets, runContract, runDiagnostics } from "../../src/excel/diagnostics";
import { describeHost } from "../../src/excel/hostInfo";
import { diagnosticsReport } from "../../src/taskpane/views/diagnosticsReport";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { adoptedSeeds } from "../helpers/workbooks";
import { toJson } from "../../src/workbench/simulator/workbookJson";

const throwing: Contract = {
  id: "throws",
  title: "A contract that throws",
  expected: "nothing",
  sources: ["https://example.org/"],
  run: async (host, sheet) =>
    host.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange("A1").values = [["x"]];
      await context.sync();
      throw Object.assign(new Error("boom"), { code: "GeneralException" });
    }),
};

test("a contract that throws is reported as differing, and its scratch sheet is still removed", async () => {
  const sim = new Simulator();
  const r = await runContract(sim.host, throwing);
  expect(r.outcome).toBe("differs");
  expect(r.observed).toBe("Failed: boom (GeneralException)");
  expect(sim.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("a contract whose requirement set the host lacks is not run and adds no sheet", async () => {
  const sim = new Simulator({ apiVersion: "1.8" });
  const needs: Contract = { ...throwing, requires: { set: "ExcelApi", version: "1.9" } };
  const r = await runContract(sim.host, needs);
  expect(r).toMatchObject({ outcome: "not-run" });
  expect(sim.syncCount).toBe(0);
});

test("every contract holds on the default simulator and leaves a governed workbook exactly as it was", async () => {
  const sim = await adoptedSeeds();
  const before = JSON.stringify(toJson(sim.model));
  const results = await runDiagnostics(
    sim.host,
    undefined,
    CONTRACTS.filter((c) => !c.instruction),
  );
  expect(
    results.filter((r) => r.outcome === "differs").map((r) => `${r.contract.id}: ${r.observed}`),
  ).toEqual([]);
  expect(JSON.stringify(toJson(sim.model))).toBe(before);
});

test("leftover scratch sheets from a run cut short are removed", async () => {
  const sim = new Simulator();
  sim.model.addSheet("RS Diagnostics abc123");
  await removeScratchSheets(sim.host);
  expect(sim.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("the report names the host and each behaviour with its outcome and sources", async () => {
  const sim = new Simulator();
  const results = await runDiagnostics(sim.host, undefined, CONTRACTS.slice(0, 1));
  const text = diagnosticsReport(describeHost(sim.host), results, new Date("2026-12-02T10:00:00Z"));
  expect(text).toContain("Host: Simulator, build simulated ExcelApi 1.18, ExcelApi 1.18");
  expect(text).toContain("Result: 1 held, 0 differ, 0 not run");
  expect(text).toContain("[HELD] property-not-loaded");
  expect(text).toContain("source: https://learn.microsoft.com/");
});
