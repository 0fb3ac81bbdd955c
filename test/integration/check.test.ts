import type { Finding } from "../../src/domain/findings";
import { checkWorkbook } from "../../src/excel/check";
import { selectCell, selectedAddress } from "../../src/excel/selection";
import { adoptedSeeds } from "../helpers/workbooks";

const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.address}`;

// The adopted Panel risk table: header on row 3, risk 1 on row 4, risk 3 on row 5.
// A # | B description | C Impact | D Likelihood | E Severity | F Mitigation | G RAG Status | H Impacts |
// I Band | J Computed RAG | K RAG Override | L RAG Rationale | M Status | …
const CASES: Array<{
  name: string;
  sheet: string;
  address: string;
  value: unknown;
  expected: Array<[string, string, string?]>;
}> = [
  {
    name: "score missing",
    sheet: "Panel Risks",
    address: "C4",
    value: "",
    expected: [["score-missing", "C4", "error"]],
  },
  {
    name: "score not a whole number",
    sheet: "Panel Risks",
    address: "C4",
    value: 2.5,
    expected: [["score-not-whole", "C4", "error"]],
  },
  {
    name: "score that is words",
    sheet: "Panel Risks",
    address: "D4",
    value: "high",
    expected: [["score-not-whole", "D4", "error"]],
  },
  {
    name: "score outside 1–5",
    sheet: "Panel Risks",
    address: "D4",
    value: 7,
    expected: [["score-out-of-range", "D4", "error"]],
  },
  {
    name: "duplicate number",
    sheet: "Panel Risks",
    address: "A5",
    value: 1,
    expected: [["number-duplicate", "A5", "error"]],
  },
  {
    name: "missing number",
    sheet: "Panel Risks",
    address: "A5",
    value: "",
    expected: [["number-missing", "A5", "error"]],
  },
  {
    name: "severity typed by hand",
    sheet: "Panel Risks",
    address: "E4",
    value: 12,
    expected: [["computed-typed", "E4", "warning"]],
  },
  {
    name: "severity disagreeing with its scores",
    sheet: "Panel Risks",
    address: "E4",
    value: 16,
    expected: [["computed-mismatch", "E4", "error"]],
  },
  {
    name: "RAG override without rationale",
    sheet: "Panel Risks",
    address: "L4",
    value: "RED",
    expected: [["rag-override-unexplained", "L4", "warning"]],
  },
  {
    name: "RAG override that is no RAG",
    sheet: "Panel Risks",
    address: "L4",
    value: "PURPLE",
    expected: [["rag-invalid", "L4", "error"]],
  },
  {
    name: "required text blank",
    sheet: "Panel Risks",
    address: "B4",
    value: "",
    expected: [["text-required", "B4", "error"]],
  },
  {
    name: "text Excel would read as a formula",
    sheet: "Panel Risks",
    address: "F4",
    value: "=SUM(A1:A3) is how DCC counts",
    expected: [["text-formula-like", "F4", "warning"]],
  },
  {
    name: "text over 32,767 characters",
    sheet: "Panel Risks",
    address: "B4",
    value: "x".repeat(33000),
    expected: [["text-too-long", "B4", "error"]],
  },
  {
    name: "unknown status",
    sheet: "Panel Risks",
    address: "N4",
    value: "Paused",
    expected: [["status-unknown", "N4", "warning"]],
  },
  {
    name: "associated risk that does not exist",
    sheet: "Panel Issues",
    address: "D3",
    value: "99",
    expected: [["associated-risk-missing", "D3", "warning"]],
  },
  {
    name: "issue impact outside 1–5",
    sheet: "Panel Issues",
    address: "G2",
    value: 0,
    expected: [["score-out-of-range", "G2", "error"]],
  },
  {
    name: "OPSG number not in its format",
    sheet: "OPSG Risks",
    address: "B3",
    value: "OPSG-6",
    expected: [["number-format", "B3", "warning"]],
  },
];

describe("Check register", () => {
  let baseline: Set<string>;
  beforeAll(async () => {
    const sim = await adoptedSeeds();
    baseline = new Set((await checkWorkbook(sim.host)).findings.map(key));
  });

  test.each(CASES)(
    "$name yields exactly its finding, at its cell",
    async ({ sheet, address, value, expected }) => {
      const sim = await adoptedSeeds();
      sim.userEdit(sheet, address, [[value]], "paste");
      const { findings } = await checkWorkbook(sim.host);
      const added = findings.filter((f) => !baseline.has(key(f)));
      expect(added.map((f) => [f.rule, f.address, f.severity])).toEqual(expected);
      expect(added[0]!.sheet).toBe(sheet);
      expect(added[0]!.message.length).toBeGreaterThan(10);
    },
  );

  test("a formula typed into a text column is reported", async () => {
    const sim = await adoptedSeeds();
    // The Owner column (O) is formatted as Text; a formula arrives only by a format change and re-entry.
    sim.model.sheetByName("Panel Risks")!.ensure(3, 14).numberFormat = "General";
    sim.userEdit("Panel Risks", "O4", [["=A4"]], "paste");
    const { findings } = await checkWorkbook(sim.host);
    expect(findings.filter((f) => !baseline.has(key(f))).map((f) => [f.rule, f.address, f.severity])).toEqual(
      [["text-formula-like", "O4", "error"]],
    );
  });

  test("the check changes nothing, costs two syncs, and its findings are grouped and counted", async () => {
    const sim = await adoptedSeeds();
    const before = JSON.stringify(sim.model.sheets.map((s) => [...s.cells.entries()]));
    sim.resetCounters();
    const result = await checkWorkbook(sim.host);
    expect(sim.syncCount).toBe(2);
    expect(JSON.stringify(sim.model.sheets.map((s) => [...s.cells.entries()]))).toBe(before);
    expect(result.counts).toEqual({ error: 0, warning: 8 });
    expect(result.groups.map((g) => [g.title, g.findings.length])).toEqual([
      ["RAG differs from the policy without a rationale", 7],
      ["Associated risk not in the Panel risk register", 1],
    ]);
    expect(result.checkedRows).toBe(16 + 3 + 14);
  });

  test("selecting a finding selects its cell", async () => {
    const sim = await adoptedSeeds();
    const { findings } = await checkWorkbook(sim.host);
    const f = findings.find((x) => x.rule === "associated-risk-missing")!;
    await selectCell(sim.host, f.sheet, f.address);
    expect(await selectedAddress(sim.host)).toBe("'Panel Issues'!D2");
  });
});

describe("Check on an ExcelApi 1.8 host (no special cells)", () => {
  test("the formulas grid stands in, with the same findings", async () => {
    const sim = await adoptedSeeds();
    const modern = await checkWorkbook(sim.host);
    sim.apiVersion = "1.8";
    sim.userEdit("Panel Risks", "E4", [[12]], "paste"); // severity typed by hand
    const old = await checkWorkbook(sim.host);
    expect(
      old.findings
        .filter((f) => !modern.findings.some((m) => key(m) === key(f)))
        .map((f) => [f.rule, f.address]),
    ).toEqual([["computed-typed", "E4"]]);
  });
});

describe("Check of a register too large for one 5 MB response", () => {
  test("reads it in windows and finds the same problems", async () => {
    const { putCells, Simulator } = await import("../../src/workbench/simulator/simulator");
    const { PANEL_RISK_HEADERS, PANEL_RISKS, bullets } = await import("../fixtures/seeds");
    const { adoptRegister, previewAdoption } = await import("../../src/excel/adoptRegister");
    const sim = new Simulator();
    const rows = Array.from({ length: 9000 }, (_, i) => {
      const r = PANEL_RISKS[i % PANEL_RISKS.length]!;
      return [i + 1, r.description, r.impact, r.likelihood, r.severity, bullets(r.mitigations), r.rag];
    });
    putCells(sim, "Panel Risks", "A1", [[...PANEL_RISK_HEADERS], ...rows]);
    const preview = await previewAdoption(sim.host, "panelRisks", "Panel Risks");
    if (!preview.ok) throw new Error(preview.message);
    expect((await adoptRegister(sim.host, preview.preview)).status).toBe("adopted");
    sim.userEdit("Panel Risks", "C8000", [[9]], "paste");
    sim.resetCounters();
    const result = await checkWorkbook(sim.host);
    // Windows planned from the first rows: Excel never has to refuse one.
    expect(sim.refusedSyncs).toBe(0);
    expect(sim.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(result.checkedRows).toBe(9000);
    expect(result.findings.filter((f) => f.rule === "score-out-of-range").map((f) => f.address)).toEqual([
      "C8000",
    ]);
  }, 30000);
});

describe("Applying a fix", () => {
  test("a severity typed by hand gets its formula back, and the check is clean again", async () => {
    const { restoreFormula } = await import("../../src/excel/applyFix");
    const sim = await adoptedSeeds();
    sim.userEdit("Panel Risks", "E4", [[15]], "paste");
    const finding = (await checkWorkbook(sim.host)).findings.find((f) => f.rule === "computed-mismatch")!;
    expect(finding).toMatchObject({ address: "E4", restoreFormula: { key: "severity", sheetRow: 3 } });
    expect(await restoreFormula(sim.host, finding)).toEqual({ ok: true });
    const cell = sim.model.sheetByName("Panel Risks")!.cell(3, 4)!;
    expect([cell.formula, cell.value]).toEqual(['=IF(AND(ISNUMBER(C4),ISNUMBER(D4)),C4*D4,"")', 12]);
    expect((await checkWorkbook(sim.host)).findings.filter((f) => f.rule.startsWith("computed"))).toEqual([]);
  });
});
