// Register kinds as data, the three scores' columns and formulas, the action log's numbering, EDATE.
import fc from "fast-check";
import { columnsFor, registerColumns, type ColumnKey } from "../../src/domain/columns";
import { serialFromDate } from "../../src/domain/dates";
import { computedFormulas, type ColumnLetters } from "../../src/domain/formulas";
import { detectKind, findHeaderRow, mapHeaders } from "../../src/domain/headerMapping";
import { REGISTER_KINDS } from "../../src/domain/kindNames";
import { formatActionNumber, isMinutesFormat, matchesFormat, numberKey } from "../../src/domain/numbering";
import { KINDS, scoreKeysFor } from "../../src/domain/registerKinds";
import { exampleNumbers, numberFormatProblem, suggestedNumberFormat } from "../../src/domain/registerList";
import { severityOf } from "../../src/domain/scoring";
import { settingsFromRows, settingsToRows } from "../../src/domain/settingsCells";
import { DEFAULT_SETTINGS, PANEL_RISKS, type Settings } from "../../src/domain/settings";
import { evaluate, parseFormula, resultToCell } from "../../src/workbench/simulator/formula";

const lettersOf = (keys: readonly ColumnKey[]): ColumnLetters =>
  Object.fromEntries(keys.map((k, i) => [k, String.fromCharCode(65 + i)]));

/** Evaluates a row's formulas as the simulator's Excel does, the cells given by column key. */
function evaluateRow(
  keys: readonly ColumnKey[],
  cells: Partial<Record<ColumnKey, unknown>>,
  settings: Settings,
) {
  const letters = lettersOf(keys);
  const formulas = computedFormulas("risk", letters, 2, settings);
  const values = new Map<string, unknown>();
  for (const k of keys) values.set(`${letters[k]}2`, cells[k] ?? null);
  const get = (_sheet: string, row: number, col: number) =>
    values.get(`${String.fromCharCode(65 + col)}${row + 1}`) ?? null;
  // Severity before band before RAG, as Excel recalculates in dependency order.
  for (const k of keys) {
    const f = formulas[k];
    if (f) values.set(`${letters[k]}2`, resultToCell(evaluate(parseFormula(f), { get } as never, "S")));
  }
  return Object.fromEntries(keys.map((k) => [k, values.get(`${letters[k]}2`)]));
}

describe("register kinds are data", () => {
  test("every kind has its columns, statuses and the columns Check needs among them", () => {
    for (const kind of REGISTER_KINDS) {
      const keys = new Set(columnsFor(kind).map((c) => c.key));
      for (const k of KINDS[kind].essential) expect(keys.has(k)).toBe(true);
      for (const k of scoreKeysFor(kind, ["inherent", "current", "target"])) expect(keys.has(k)).toBe(true);
    }
  });
  test("the Panel's register shows the current score only; asking for the others adds their columns", () => {
    const plain = registerColumns(PANEL_RISKS).map((c) => c.key);
    expect(plain).not.toContain("inherentImpact");
    expect(plain).not.toContain("targetSeverity");
    const all = registerColumns({ ...PANEL_RISKS, scoreSets: ["inherent", "current", "target"] }).map(
      (c) => c.key,
    );
    expect(all).toEqual(
      expect.arrayContaining(["inherentImpact", "inherentBand", "targetLikelihood", "targetDate"]),
    );
    expect(all.indexOf("inherentImpact")).toBeLessThan(all.indexOf("impact"));
    expect(all.indexOf("targetImpact")).toBeGreaterThan(all.indexOf("impact"));
  });
  test("headers name their kind: an action log is recognised, and its columns mapped", () => {
    const headers = ["Action No.", "Meeting", "Owner", "Action", "Due Date", "Status", "Linked Risks"];
    expect(detectKind(headers)).toBe("action");
    expect(findHeaderRow([["Actions Outstanding"], [], headers])?.row).toBe(2);
    const m = mapHeaders(headers, "action");
    expect(m.columns).toMatchObject({
      number: 0,
      meeting: 1,
      owner: 2,
      description: 3,
      dueDate: 4,
      status: 5,
    });
    expect(m.questions).toEqual([]);
  });
  test("inherent and target headers map to their own columns, not the current score's", () => {
    const headers = [
      "#",
      "Risk",
      "Inherent Impact",
      "Inherent Likelihood",
      "Impact",
      "Likelihood",
      "Target Impact",
      "Target Likelihood",
      "Target Date",
    ];
    const m = mapHeaders(headers, "risk");
    expect(m.columns).toMatchObject({
      inherentImpact: 2,
      inherentLikelihood: 3,
      impact: 4,
      likelihood: 5,
      targetImpact: 6,
      targetLikelihood: 7,
      targetDate: 8,
    });
    // A score set present in part is missing its other columns; a set absent is not missing.
    expect(m.missing).toEqual(expect.arrayContaining(["inherentSeverity", "targetBand"]));
    expect(mapHeaders(["#", "Risk", "Impact", "Likelihood"], "risk").missing).not.toContain("inherentImpact");
  });
});

describe("three scores' formulas", () => {
  const keys = registerColumns({ ...PANEL_RISKS, scoreSets: ["inherent", "current", "target"] }).map(
    (c) => c.key,
  );
  test("each score's severity is Impact × Likelihood and its band the settings' band, for every score", () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(score, score, score, score, score, score, (a, b, c, d, e, f) => {
        const row = evaluateRow(
          keys,
          {
            inherentImpact: a,
            inherentLikelihood: b,
            impact: c,
            likelihood: d,
            targetImpact: e,
            targetLikelihood: f,
          },
          DEFAULT_SETTINGS,
        );
        const band = (n: number) => DEFAULT_SETTINGS.bands.find((x) => n >= x.min && n <= x.max)!.name;
        expect([row.inherentSeverity, row.severity, row.targetSeverity]).toEqual([
          severityOf(a, b),
          severityOf(c, d),
          severityOf(e, f),
        ]);
        expect([row.inherentBand, row.band, row.targetBand]).toEqual([band(a * b), band(c * d), band(e * f)]);
      }),
    );
  });
  test("a register without the other scores gets no formulas for them", () => {
    const f = computedFormulas(
      "risk",
      lettersOf(registerColumns(PANEL_RISKS).map((c) => c.key)),
      2,
      DEFAULT_SETTINGS,
    );
    expect(Object.keys(f).sort()).toEqual(["band", "computedRag", "nextReview", "rag", "severity"]);
    expect(
      computedFormulas("action", lettersOf(columnsFor("action").map((c) => c.key)), 2, DEFAULT_SETTINGS),
    ).toEqual({});
  });
  test("next review is the last review plus the band's months (High monthly, Low six-monthly); blank before a review", () => {
    const last = serialFromDate({ year: 2026, month: 1, day: 31 });
    const high = evaluateRow(keys, { impact: 4, likelihood: 4, lastReviewed: last }, DEFAULT_SETTINGS);
    expect(high.band).toBe("High");
    expect(high.nextReview).toBe(serialFromDate({ year: 2026, month: 2, day: 28 })); // 31 Jan + 1 month
    const low = evaluateRow(keys, { impact: 1, likelihood: 2, lastReviewed: last }, DEFAULT_SETTINGS);
    expect(low.nextReview).toBe(serialFromDate({ year: 2026, month: 7, day: 31 }));
    expect(evaluateRow(keys, { impact: 4, likelihood: 4 }, DEFAULT_SETTINGS).nextReview).toBe("");
  });
});

describe("EDATE as Excel computes it (support.microsoft.com, EDATE function)", () => {
  const edate = (start: unknown, months: unknown) =>
    resultToCell(
      evaluate(
        parseFormula("=EDATE(A1,B1)"),
        { get: (_s: string, _r: number, c: number) => (c === 0 ? start : months) } as never,
        "S",
      ),
    );
  test("the day is kept, or the month's last day where it does not exist; months are truncated; text is #VALUE!", () => {
    const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
    expect(edate(d(2024, 1, 31), 1)).toBe(d(2024, 2, 29));
    expect(edate(d(2023, 1, 31), 1)).toBe(d(2023, 2, 28));
    expect(edate(d(2026, 11, 15), 3)).toBe(d(2027, 2, 15));
    expect(edate(d(2026, 3, 31), -1)).toBe(d(2026, 2, 28));
    expect(edate(d(2026, 3, 10), 1.9)).toBe(d(2026, 4, 10));
    expect(edate("soon", 1)).toBe("#VALUE!");
  });
});

describe("the action log's numbers are the minutes' (SECP47/02)", () => {
  test("format, recognition, keys and examples", () => {
    expect(isMinutesFormat("SECP00/00")).toBe(true);
    expect(isMinutesFormat("OPSG-000")).toBe(false);
    expect(formatActionNumber(47, 2, "SECP00/00")).toBe("SECP47/02");
    expect(formatActionNumber(5, 12, "SECP00/00")).toBe("SECP05/12");
    expect(matchesFormat("SECP47/02", "SECP00/00")).toBe(true);
    expect(matchesFormat("secp47/02", "SECP00/00")).toBe(true);
    expect(matchesFormat("SECP47-02", "SECP00/00")).toBe(false);
    expect(matchesFormat("OPSG47/02", "SECP00/00")).toBe(false);
    expect(numberKey(" SECP47/02 ", "SECP00/00")).toBe("SECP47/02");
    expect(exampleNumbers("SECP00/00")).toBe("SECP01/01, SECP01/02");
    expect(exampleNumbers("OPSG-000")).toBe("OPSG-001, OPSG-002");
    expect(suggestedNumberFormat("OPSG", "action")).toBe("OPSG00/00");
    expect(suggestedNumberFormat("OPSG", "risk")).toBe("OPSG-000");
  });
  test("an action log must be numbered as minutes are; a risk register must not be", () => {
    expect(numberFormatProblem(DEFAULT_SETTINGS, "OPSG-000", "action", "subcommittee")).toMatch(/minutes/);
    expect(numberFormatProblem(DEFAULT_SETTINGS, "OPSG00/00", "action", "subcommittee")).toBeNull();
    expect(numberFormatProblem(DEFAULT_SETTINGS, "TAB00/00", "risk", "subcommittee")).toMatch(/prefix/);
  });
});

describe("the risk practice's settings are stored as cells and read back", () => {
  test("appetite, review cadence, score sets and the paper's switches survive a round trip", () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      appetite: { Safety: "Low", "Legal & Regulatory": "Moderate" },
      reviewCadence: { Low: 12, Moderate: 3, High: 2, Critical: 1 },
      registers: DEFAULT_SETTINGS.registers.map((r) =>
        r.id === "panelRisks"
          ? { ...r, scoreSets: ["inherent", "current", "target"], printedScores: ["current", "target"] }
          : r,
      ),
      paper: { ...DEFAULT_SETTINGS.paper, movementArrows: true, outsideAppetite: true },
    };
    expect(settingsFromRows(settingsToRows(s))).toEqual({ ok: true, settings: s });
  });
  test("an appetite that names no band is refused with its reason", () => {
    const read = settingsFromRows(settingsToRows({ ...DEFAULT_SETTINGS, appetite: { Safety: "Tiny" } }));
    expect(read).toEqual({ ok: false, errors: ['The appetite for Safety, "Tiny", is not a band.'] });
  });
});
