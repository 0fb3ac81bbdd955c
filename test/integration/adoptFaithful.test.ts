// Issue 11 item 2, "Nothing is replaced": a computed cell becomes the register's formula only where it
// equals exactly what the formula gives; every cell shows after adoption what it showed before, and the
// preview's counts are what happens.
import type { AdoptReport } from "../../src/domain/adoptPlan";
import { adoptRegister, previewAdoption } from "../../src/excel/adoptRegister";
import { checkWorkbook } from "../../src/excel/check";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { changedCells, snapshot } from "../helpers/cellSnapshot";
import { NOW, PASTED_REGISTERS, pasted } from "../helpers/workbooks";
import { ISSUE_HEADERS, ISSUE_ROWS } from "../fixtures/issueRegister";

/** The register from the issue: title on row 1, scores as typed or as the sheet's own formula. */
function issueRegister(score: "typed" | "formula"): Simulator {
  const sim = new Simulator();
  putCells(sim, "Risks", "A1", [
    ["Corporate risk register"],
    ISSUE_HEADERS,
    ...ISSUE_ROWS.map((r, i) => {
      const out: unknown[] = [...r];
      if (score === "formula") out[4] = `=C${i + 3}*D${i + 3}`;
      return out;
    }),
  ]);
  return sim;
}

/** Sheet columns of the computed columns, to count what became a formula. */
async function adoptAndCompare(sim: Simulator, registerId: string, sheet: string) {
  const before = await snapshot(sim, sheet);
  const preview = await previewAdoption(sim.host, registerId, sheet);
  if (!preview.ok) throw new Error(preview.message);
  const plan = preview.preview.plan;
  const result = await adoptRegister(sim.host, preview.preview, NOW);
  expect(result.status).toBe("adopted");
  const after = await snapshot(sim, sheet);
  // Blank computed cells may show what their formula gives; nothing else may change.
  const fillable = new Set(
    (["severity", "band", "computedRag", "rag"] as const)
      .map((k) => plan.columns[k])
      .filter((c): c is number => c !== undefined),
  );
  expect(changedCells(before, after, fillable)).toEqual([]);
  return { plan, report: plan.report, before, after };
}

/** Per computed column in the sheet: how many of its data cells hold a formula after adoption. */
function formulaCounts(
  plan: { columns: Partial<Record<string, number>>; headerRow: number },
  after: Map<string, { formula: boolean }>,
  rows: number,
  keys: string[],
) {
  return Object.fromEntries(
    keys.map((k) => {
      let n = 0;
      for (let r = plan.headerRow + 1; r <= plan.headerRow + rows; r++)
        if (after.get(`${r},${plan.columns[k]}`)?.formula) n++;
      return [k, n];
    }),
  );
}

const count = (list: AdoptReport["replacedByFormula"], column: string) =>
  list.find((x) => x.column === column)?.count ?? 0;

describe("Adopt register: nothing is replaced", () => {
  test.each(["typed", "formula"] as const)(
    "the issue's register (risk scores %s) shows every value it showed, and the preview says what happens",
    async (score) => {
      const sim = issueRegister(score);
      const { plan, report, after } = await adoptAndCompare(sim, "panelRisks", "Risks");
      const formulas = formulaCounts(plan, after, 4, ["severity"]);
      // Each score becomes the formula only if Impact × Likelihood (both present) gives it.
      const equal = count(report.replacedByFormula, "Risk Score");
      const kept = report.keptTyped.find((k) => k.column === "Risk Score")?.count ?? 0;
      expect(equal + kept).toBe(4);
      expect(formulas.severity).toBe(kept === 4 && score === "formula" ? 4 : equal);
      if (plan.mapping.columns.impact === undefined) expect(kept).toBe(4);
      // The sheet's own formulas are left alone where the register's formula would give another value.
      const s = sim.model.sheetByName("Risks")!;
      if (score === "formula" && kept === 4) expect(s.cell(2, 4)?.formula).toBe("=C3*D3");
      if (equal === 4) expect(s.cell(2, 4)?.formula).toMatch(/^=IF\(AND\(ISNUMBER/);
    },
  );

  test("typed values that disagree stay, a RAG judgement moves to RAG Override, and the counts are true", async () => {
    const sim = new Simulator();
    const H = [
      "#",
      "There is a risk that…",
      "Impact (1-5)",
      "Likelihood (1-5)",
      "Severity",
      "Severity Band",
      "RAG Status",
    ];
    putCells(sim, "Reg", "A1", [
      H,
      [1, "Equal everywhere", 3, 4, 12, "Moderate", "AMBER"], // all three become formulas
      [2, "Severity typed over", 3, 3, 10, "Moderate", "AMBER"], // 10 kept; band from 10 is Moderate
      [3, "Band read from a kept severity", 3, 3, 13, "Moderate", "AMBER"], // 13 kept → band kept
      [4, "A judgement", 2, 3, 6, "Moderate", "RED"], // RED moves to RAG Override
      [5, "Capitals differ", 1, 2, 2, "Low", "Green"], // Green ≠ GREEN only in capitals: kept
      [6, "No scores", "", "", "", "", "RED"], // nothing gives RED: kept
      [7, "Blank computed cells", 4, 4, "", "", ""], // filled by the formulas
    ]);
    const { plan, report, after } = await adoptAndCompare(sim, "panelRisks", "Reg");
    expect(report.replacedByFormula).toEqual([
      { column: "Severity", count: 3 },
      { column: "Severity Band", count: 4 },
      { column: "RAG Status", count: 3 },
    ]);
    expect(report.filledBlank).toEqual([
      { column: "Severity", count: 2 },
      { column: "Severity Band", count: 2 },
      { column: "RAG Status", count: 1 },
    ]);
    expect(report.keptTyped).toEqual([
      { column: "Severity", count: 2, rows: ["2", "3"] },
      { column: "Severity Band", count: 1, rows: ["3"] },
      { column: "RAG Status", count: 2, rows: ["5", "6"] },
    ]);
    expect(report.ragJudgementsKept).toBe(1);
    // Row 3's band "Moderate" stays beside its kept 13 (the formula would show High); the computed RAG
    // reads that band, so its AMBER becomes the formula. Row 4's RED is a judgement.
    const formulas = formulaCounts(plan, after, 7, ["severity", "band", "rag"]);
    expect(formulas).toEqual({ severity: 5, band: 6, rag: 5 });
    const s = sim.model.sheetByName("Reg")!;
    expect(s.cell(4, plan.columns.ragOverride!)?.value).toBe("RED");
    expect(s.cell(7, 4)?.value).toBe(16); // row 7's blank severity shows 4 × 4
    const check = await checkWorkbook(sim.host);
    const reg = check.findings.filter((f) => f.sheet === "Reg").map((f) => [f.rule, f.address]);
    expect(reg).toEqual(
      expect.arrayContaining([
        ["computed-mismatch", "E3"],
        ["computed-mismatch", "E4"],
      ]),
    );
  });

  test("a formula of the sheet's own that gives another value keeps the value it shows, and the preview says so", async () => {
    const sim = new Simulator();
    putCells(sim, "Reg", "A1", [
      ["#", "There is a risk that…", "Impact (1-5)", "Likelihood (1-5)", "Severity"],
      [1, "Its formula agrees", 3, 4, "=C2*D2"],
      [2, "Its formula adds one", 3, 3, "=C3*D3+1"],
    ]);
    const { report } = await adoptAndCompare(sim, "panelRisks", "Reg");
    expect(report.replacedByFormula[0]).toEqual({ column: "Severity", count: 1 });
    expect(report.formulasToValues).toEqual([{ column: "Severity", count: 1, rows: ["2"] }]);
    const s = sim.model.sheetByName("Reg")!;
    expect(s.cell(2, 4)).toMatchObject({ value: 10 });
  });

  test("the seed appendices as pasted show every cell as before (values and displayed text)", async () => {
    const sim = pasted();
    for (const def of PASTED_REGISTERS) await adoptAndCompare(sim, def.id, def.sheet);
  });
});
