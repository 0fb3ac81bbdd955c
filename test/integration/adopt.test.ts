import { parseMitigations } from "../../src/domain/mitigations";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { putCells } from "../../src/workbench/simulator/simulator";
import { OPSG_RISKS, opsgPaste } from "../fixtures/seeds";
import { panelIssuePaste } from "../fixtures/seeds";
import { PANEL_RISKS, panelRiskPaste } from "../fixtures/seeds";
import { adoptedSeeds, NOW, pasted } from "../helpers/workbooks";

const grid = (sim: ReturnType<typeof pasted>, sheet: string) => {
  const s = sim.model.sheetByName(sheet)!;
  const used = s.usedRange(true)!;
  const out: unknown[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const row: unknown[] = [];
    for (let c = used.left; c <= used.right; c++) row.push(s.cell(r, c)?.value ?? null);
    out.push(row);
  }
  return { used, out };
};

describe("Adopt register", () => {
  test("each seed register keeps every value it was pasted with", async () => {
    const before = pasted();
    const sim = await adoptedSeeds();
    for (const [sheet, paste, topLeft] of [
      ["Panel Risks", panelRiskPaste(), { top: 2, left: 0 }],
      ["Panel Issues", panelIssuePaste(), { top: 0, left: 0 }],
      ["OPSG Risks", opsgPaste(), { top: 1, left: 1 }],
    ] as const) {
      const s = sim.model.sheetByName(sheet)!;
      paste.forEach((row, i) =>
        row.forEach((v, j) => {
          // Every pasted cell shows the same value (formulas now compute the same severity, band and RAG).
          expect([sheet, i, j, s.cell(topLeft.top + i, topLeft.left + j)?.value]).toEqual([
            sheet,
            i,
            j,
            v === "" ? null : v,
          ]);
        }),
      );
    }
    // The title above the Panel table is untouched.
    expect(sim.model.sheetByName("Panel Risks")!.cell(0, 0)?.value).toBe(
      grid(before, "Panel Risks").out[0]![0],
    );
  });

  test("computed columns become formulas and missing columns are added", async () => {
    const sim = await adoptedSeeds();
    const s = sim.model.sheetByName("Panel Risks")!;
    // Row 4 of the sheet is risk 1: severity (E4) is now a formula giving 12.
    expect(s.cell(3, 4)?.formula).toMatch(/^=IF\(AND\(ISNUMBER\(C4\),ISNUMBER\(D4\)\),C4\*D4,""\)$/);
    expect(s.cell(3, 4)?.value).toBe(12);
    const table = sim.model.tableByName("PanelRisks")!;
    expect(table.range).toMatchObject({ top: 2, left: 0, bottom: 2 + PANEL_RISKS.length });
    const headers: unknown[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) headers.push(s.cell(2, c)?.value);
    expect(headers).toEqual(
      expect.arrayContaining([
        "Severity Band",
        "Computed RAG",
        "RAG Override",
        "RAG Rationale",
        "Status",
        "Owner",
        "Date Raised",
        "Last Reviewed",
        "Escalated From",
        "Escalated To",
        "Associated Issue",
      ]),
    );
  });

  test("RAG judgements that differ from the policy move to RAG Override and show unchanged", async () => {
    const sim = await adoptedSeeds();
    const result = await checkWorkbook(sim.host);
    expect(result.counts.error).toBe(0);
    const ragWarnings = result.findings.filter((f) => f.rule === "rag-override-unexplained");
    expect(ragWarnings.map((f) => f.rowLabel)).toEqual(["3", "4", "6", "7", "8", "9", "10"]);
    expect(ragWarnings[0]!.message).toBe(
      "RAG is GREEN but the policy gives AMBER for severity 9 (Moderate), and no rationale is recorded.",
    );
    // Issue 2's "TABASC 10" names another register's risk and is not checked; issue 1's risk 2 is not in Appendix A.
    const others = result.findings.filter((f) => f.rule !== "rag-override-unexplained");
    expect(others.map((f) => [f.rule, f.sheet, f.address])).toEqual([
      ["associated-risk-missing", "Panel Issues", "D2"],
    ]);
  });

  test("the OPSG register maps its Impact narrative apart from the assumed Impact score", async () => {
    const sim = pasted();
    const preview = await previewAdoption(sim.host, "opsgRisks", "OPSG Risks");
    if (!preview.ok) throw new Error(preview.message);
    const mapped = Object.fromEntries(preview.preview.plan.report.mapped.map((m) => [m.header, m.column]));
    expect(mapped).toMatchObject({
      Impact: "Impacts",
      "Impact (1-5)": "Impact (1-5)",
      "Severity Rating": "Severity",
      "Severity Band": "Severity Band",
      "Mitigation Actions": "Mitigation (Planned and/or ongoing actions in italics)",
    });
    expect(preview.preview.plan.report.keptTyped).toEqual([]);
    expect(preview.preview.plan.report.rows).toBe(OPSG_RISKS.length);
  });

  test("OPSG mitigation statuses are understood", () => {
    const m = parseMitigations(opsgPaste()[1]![7]);
    expect(m.map((x) => [x.status, x.state])).toEqual([
      ["Completed.", "inPlace"],
      ["Ongoing.", "planned"],
    ]);
  });

  test("an unmapped column is kept and reported; typed values that disagree are kept", async () => {
    const sim = pasted();
    const s = sim.model.sheetByName("Panel Risks")!;
    putCells(sim, "Panel Risks", "H3", [["Comments"], ["keep me"]]);
    s.ensure(4, 4).value = 10; // risk 3's severity typed as 10 (3×3 is 9)
    const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.plan.report.unmapped).toEqual(["Comments"]);
    expect(preview.preview.plan.report.keptTyped).toEqual([{ column: "Severity", count: 1, rows: ["3"] }]);
    const result = await adoptRegister(sim.host, preview.preview, NOW);
    expect(result.status).toBe("adopted");
    expect(s.cell(3, 7)?.value).toBe("keep me");
    expect(s.cell(4, 4)).toMatchObject({ value: 10 });
    expect(s.cell(4, 4)?.formula).toBeUndefined();
    const check = await checkWorkbook(sim.host);
    expect(check.findings.filter((f) => f.rule === "computed-mismatch").map((f) => f.address)).toEqual([
      "E5",
    ]);
  });

  test("a change between preview and confirm is noticed, and nothing is written", async () => {
    const sim = pasted();
    const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
    if (!preview.ok) throw new Error(preview.message);
    sim.userEdit("Panel Risks", "B4", [["A co-author's new wording"]]);
    const result = await adoptRegister(sim.host, preview.preview, NOW);
    expect(result.status).toBe("changed");
    expect(sim.model.tableByName("PanelRisks")).toBeUndefined();
  });

  test("adoption is a fixed number of syncs, and a failure at any write leaves a state the next run completes", async () => {
    const clean = await adoptedSeeds();
    const expected = grid(clean, "Panel Risks").out;
    const reference = pasted();
    const p0 = await previewAdoption(reference.host, "panelRisks", "Panel Risks");
    if (!p0.ok) throw new Error(p0.message);
    reference.resetCounters();
    await adoptRegister(reference.host, p0.preview, NOW);
    const syncs = reference.syncCount;
    expect(syncs).toBe(3); // two reads to notice changes (cells, then formula areas and tables), one write
    for (let n = 1; n <= syncs; n++) {
      for (const mode of ["before", "midway", "after"] as const) {
        const sim = pasted();
        const p = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
        if (!p.ok) throw new Error(p.message);
        sim.failSync(n, mode);
        const first = await adoptRegister(sim.host, p.preview, NOW).catch((e: Error) => ({
          status: "threw",
          message: e.message,
        }));
        expect(first.status).not.toBe("adopted");
        // Retry from a fresh preview, as the pane does.
        const p2 = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
        if (!p2.ok) throw new Error(`${mode} at ${n}: ${p2.message}`);
        const second = await adoptRegister(sim.host, p2.preview, NOW);
        expect([mode, n, second.status]).toEqual([mode, n, "adopted"]);
        expect(grid(sim, "Panel Risks").out).toEqual(expected);
        expect(sim.model.tables.filter((t) => t.name === "PanelRisks")).toHaveLength(1);
        const check = await checkWorkbook(sim.host);
        expect(check.counts.error).toBe(0);
      }
    }
  });

  test("a sheet without a register header says so", async () => {
    const sim = pasted();
    putCells(sim, "Notes", "A1", [["Minutes"], ["Nothing here"]]);
    const preview = await previewAdoption(sim.host, "panelRisks", "Notes");
    expect(preview).toEqual({
      ok: false,
      message: expect.stringContaining("No register header row was found on Notes"),
    });
    void DEFAULT_SETTINGS;
  });
});
