import { registerColumns } from "../../src/domain/columns";
import { PANEL_RISKS } from "../../src/domain/settings";

// The Panel risk register's columns as Create makes them (the current score only, as the seed paper).
const RISK_COLUMNS = registerColumns(PANEL_RISKS);
import { checkWorkbook } from "../../src/excel/check";
import { createRegisters } from "../../src/excel/createRegisters";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { Simulator } from "../../src/workbench/simulator/simulator";
import { NOW } from "../helpers/workbooks";

describe("Create registers", () => {
  test("a blank workbook gets the default set, governed, in two syncs", async () => {
    const sim = new Simulator();
    const result = await createRegisters(sim.host, NOW);
    expect(result.created).toEqual([
      "SEC Panel risks",
      "SEC Panel issues",
      "OPSG risks",
      "SEC Panel actions",
    ]);
    expect(sim.syncCount).toBe(2);
    expect(sim.model.tables.map((t) => t.name)).toEqual([
      "PanelRisks",
      "PanelIssues",
      "OPSGRisks",
      "PanelActions",
      "AuditLog",
    ]);
    const panel = sim.model.sheetByName("Panel Risks")!;
    expect(RISK_COLUMNS.map((_, c) => panel.cell(0, c)?.value)).toEqual(RISK_COLUMNS.map((c) => c.header));
    // Settings live on a very hidden sheet (no Unhide from the sheet tabs).
    const settings = sim.model.sheetByName("RS Settings")!;
    expect(settings.visibility).toBe("VeryHidden");
    expect(settings.cell(0, 0)?.value).toBe("Register Steward settings");
    // Impact and Likelihood: whole numbers 1–5, stop style, an input message naming the levels.
    const impact = panel.validations.find((v) => v.range.left === 4)!;
    expect(impact.rule).toEqual({ wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } });
    expect(impact.errorAlert).toMatchObject({ style: "Stop", showAlert: true });
    expect(impact.prompt?.message).toBe(
      "Impact: a whole number 1–5. 1 Negligible, 2 Minor, 3 Moderate, 4 Serious, 5 Major.",
    );
    // Band and RAG cells are coloured by conditional formats (the sheet lists them by priority; which
    // colour wins is tested in formatsPriority.test.ts).
    expect(panel.conditionalFormats.map((c) => c.text).sort()).toEqual(
      ["Low", "Moderate", "High", "Critical", "RED", "AMBER", "GREEN", "RED", "AMBER", "GREEN"].sort(),
    );
    // The audit log records the action.
    const audit = sim.model.sheetByName("Audit Log")!;
    expect(audit.cell(1, 1)?.value).toBe("Create registers");
    expect((await checkWorkbook(sim.host)).findings).toEqual([]);
  });

  test("typing a score and seeing severity, band and RAG follow, coloured", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    // Columns: # | There is a risk that… | Impacts | Impact Category | Impact (1-5) | Likelihood (1-5) | …
    expect(sim.userEdit("Panel Risks", "A2:F2", [[1, "The sky falls.", "", "", "", 4]])).toBeNull();
    expect(sim.userEdit("Panel Risks", "E2", [[7]])).toBe(
      "Impact is a whole number from 1 (Negligible) to 5 (Major).",
    );
    expect(sim.userEdit("Panel Risks", "E2", [[2.5]])).toBe(
      "Impact is a whole number from 1 (Negligible) to 5 (Major).",
    );
    expect(sim.userEdit("Panel Risks", "E2", [[5]])).toBeNull();
    const panel = sim.model.sheetByName("Panel Risks")!;
    const col = (h: string) => RISK_COLUMNS.findIndex((c) => c.header === h);
    expect(panel.cell(1, col("Severity"))?.value).toBe(20);
    expect(panel.cell(1, col("Severity Band"))?.value).toBe("Critical");
    expect(panel.cell(1, col("RAG Status"))?.value).toBe("RED");
    expect(sim.model.displayFormat(panel, 1, col("RAG Status")).fill).toBe("#FF0000");
    expect(sim.model.displayFormat(panel, 1, col("Severity Band")).fill).toBe("#C00000");
  });

  test("re-running never duplicates, and a sheet already holding data is left for Adopt", async () => {
    const sim = new Simulator();
    sim.model.addSheet("OPSG Risks").ensure(0, 0).value = "Risk Number";
    const first = await createRegisters(sim.host, NOW);
    expect(first.items.find((i) => i.def.id === "opsgRisks")).toMatchObject({ action: "blocked" });
    const second = await createRegisters(sim.host, NOW);
    expect(second.created).toEqual([]);
    expect(second.items.map((i) => i.action)).toEqual(["exists", "exists", "blocked", "exists"]);
    expect(sim.model.tables.filter((t) => t.name === "PanelRisks")).toHaveLength(1);
  });

  test("Create reads back what it wrote in its own last sync: the same state as a fresh read", async () => {
    const sim = new Simulator();
    const result = await createRegisters(sim.host, NOW);
    expect(sim.syncCount).toBe(2); // no sync more for the read-back
    expect(result.state).toBeDefined();
    expect(result.state).toEqual(await readWorkbookState(sim.host));
    // The OPSG sheet held data: that register is not made, and its state is left to a fresh read.
    const other = new Simulator();
    other.model.addSheet("OPSG Risks").ensure(0, 0).value = "Risk Number";
    const blocked = await createRegisters(other.host, NOW);
    expect(blocked.state).toEqual(await readWorkbookState(other.host));
    // Beside a register already there (which may be long), the pane reads the workbook afresh.
    const again = new Simulator();
    await createRegisters(again.host, NOW);
    await again.host.run(async (context) => {
      context.workbook.tables.getItem("OPSGRisks").delete();
      await context.sync();
    });
    const partial = await createRegisters(again.host, NOW);
    expect(partial.created).toEqual(["OPSG risks"]);
    expect(partial.state).toBeUndefined();
  });

  test("a description starting with = stays text in a created register", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, NOW);
    await sim.host.run(async (context) => {
      context.workbook.worksheets.getItem("Panel Risks").getRange("B2").values = [
        ["=1+1 is what the DCC said"],
      ];
      await context.sync();
    });
    const cell = sim.model.sheetByName("Panel Risks")!.cell(1, 1)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe("=1+1 is what the DCC said");
  });
});
