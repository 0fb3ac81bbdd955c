// The inherent and target scores: their formulas agree with severityOf and bandFor for every score
// (worked out by the simulator's formula engine), and the Edit form reads, checks and writes them.
import fc from "fast-check";
import { computedFormulas } from "../../src/domain/formulas";
import { SCORE_COLUMNS } from "../../src/domain/registerKinds";
import { formFromRow, formUpdates, scoreOf, validateForm } from "../../src/domain/rowForm";
import { bandFor, severityOf } from "../../src/domain/scoring";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";

const S = DEFAULT_SETTINGS;
const LETTERS = {
  inherentImpact: "A",
  inherentLikelihood: "B",
  inherentSeverity: "C",
  inherentBand: "D",
  targetImpact: "E",
  targetLikelihood: "F",
  targetSeverity: "G",
  targetBand: "H",
} as const;

describe("inherent and target formulas", () => {
  test("each set has its own severity and band formula, reading its own cells", () => {
    const f = computedFormulas("risk", LETTERS, 7, S);
    expect(f.inherentSeverity).toBe('=IF(AND(ISNUMBER(A7),ISNUMBER(B7)),A7*B7,"")');
    expect(f.targetSeverity).toBe('=IF(AND(ISNUMBER(E7),ISNUMBER(F7)),E7*F7,"")');
    expect(f.targetBand).toMatch(/^=IF\(N\(G7\)<1,"",IF\(G7<=5,"Low"/);
    // An issue register has no inherent or target score.
    expect(computedFormulas("issue", LETTERS, 7, S).inherentSeverity).toBeUndefined();
  });

  test("for every score, what Excel would show equals severityOf and bandFor", () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(null), fc.constant("x"));
    fc.assert(
      fc.property(fc.constantFrom("inherent", "target" as const), score, score, (set, i, l) => {
        const sim = new Simulator();
        const c = SCORE_COLUMNS[set];
        const f = computedFormulas("risk", LETTERS, 1, S);
        const row = ["A", "B", "C", "D", "E", "F", "G", "H"].map(() => null as unknown);
        const col = (k: keyof typeof LETTERS) => LETTERS[k].charCodeAt(0) - 65;
        row[col(c.impact as keyof typeof LETTERS)] = i;
        row[col(c.likelihood as keyof typeof LETTERS)] = l;
        row[col(c.severity as keyof typeof LETTERS)] = f[c.severity];
        row[col(c.band as keyof typeof LETTERS)] = f[c.band];
        putCells(sim, "S", "A1", [row as Array<string | number | null>]);
        const s = sim.model.sheetByName("S")!;
        const sev = severityOf(i, l);
        const shownSev = s.cell(0, col(c.severity as keyof typeof LETTERS))?.value;
        expect(shownSev === "" ? null : shownSev).toBe(
          typeof i === "number" && typeof l === "number" ? i * l : sev,
        );
        const shownBand = s.cell(0, col(c.band as keyof typeof LETTERS))?.value;
        const want =
          typeof i === "number" && typeof l === "number" && i * l >= 1 ? (bandFor(i * l, S)?.name ?? "") : "";
        expect(shownBand ?? "").toBe(want);
      }),
      { numRuns: 120 },
    );
  });
});

describe("the Edit form with three scores", () => {
  const cells = {
    number: 4,
    description: "Supplier fails",
    impact: 4,
    likelihood: 3,
    inherentImpact: 5,
    inherentLikelihood: 4,
    targetImpact: null,
    targetLikelihood: null,
    targetDate: null,
    riskCategory: "",
  };

  test("reads the scores, works out each set's severity and band, and writes only what changed", () => {
    const form = formFromRow("panelRisks", "risk", "Panel Risks", 5, cells);
    expect(scoreOf(form, "inherent", S)).toEqual({ severity: 20, band: "Critical" });
    expect(scoreOf(form, "target", S)).toEqual({ severity: null, band: null });
    const edited = {
      ...form,
      targetImpact: 2,
      targetLikelihood: 2,
      targetDate: "31/03/2027",
      riskCategory: "Asset",
    };
    expect(validateForm(edited, S)).toEqual([]);
    expect(formUpdates(edited)).toEqual([
      { key: "riskCategory", to: "Asset" },
      { key: "targetImpact", to: 2 },
      { key: "targetLikelihood", to: 2 },
      { key: "targetDate", to: 46477, numberFormat: "d mmmm yyyy" },
    ]);
  });

  test("half a score, or a target date that is not a date, is refused with a clear message", () => {
    const form = formFromRow("panelRisks", "risk", "Panel Risks", 5, cells);
    expect(validateForm({ ...form, targetImpact: 3 }, S)).toEqual([
      { field: "targetLikelihood", message: "Choose both the target Impact and Likelihood, or neither." },
    ]);
    expect(validateForm({ ...form, targetDate: "next spring" }, S)[0]!.message).toBe(
      'Target Date "next spring" is not a date: write it as 31 March 2027 or 31/03/2027.',
    );
  });

  test("a register without the inherent columns writes none of them", () => {
    const { inherentImpact: _i, inherentLikelihood: _l, ...current } = cells;
    const form = formFromRow("panelRisks", "risk", "Panel Risks", 5, current);
    expect(formUpdates({ ...form, inherentImpact: 3, inherentLikelihood: 3 })).toEqual([]);
  });
});
