// The split of Check into one module per rule changed nothing: over the seed registers, as pasted and
// with faults put in, the findings are those the single function gave (the snapshot was written by it,
// before the split), in the same order with the same messages, fixes and addresses; and over random
// registers they equal those of a frozen copy of that function (legacy/validation.ts).
import fc from "fast-check";
import { checkRegisters } from "../../../src/domain/check";
import type { CellValue } from "../../../src/domain/register";
import { OPSG_RISKS, PANEL_ISSUES, PANEL_RISKS, type RegisterDefinition } from "../../../src/domain/settings";
import { opsgPaste, panelIssuePaste, panelRiskPaste } from "../../fixtures/seeds";
import { checkRegisters as legacyCheckRegisters } from "./legacy/validation";
import { ISSUE_HEADERS, RISK_HEADERS, settings, snapshot } from "./registers";

const fromPaste = (def: RegisterDefinition, paste: Array<Array<string | number>>) =>
  snapshot(def, paste[0]!.map(String), paste.slice(1));

const pasted = () => [
  fromPaste(PANEL_RISKS, panelRiskPaste()),
  fromPaste(PANEL_ISSUES, panelIssuePaste()),
  fromPaste(OPSG_RISKS, opsgPaste()),
];

/** The seeds with a fault in most rows: several rules at once in a row, in different columns. */
function faulty() {
  const [risks, issues, opsg] = pasted();
  const r = risks!.values;
  r[0]![2] = "high"; // impact words
  r[0]![3] = null; // likelihood blank (live: blank status)
  r[1]![2] = 2.5; // impact not whole
  r[1]![3] = 7; // likelihood out of range
  r[2]![0] = r[3]![0]!; // duplicate number
  r[2]![1] = "=SUM(A1)"; // description looks like a formula
  r[4]![0] = null; // number missing
  r[5]![1] = null; // description missing
  r[6]![4] = 99; // severity typed wrong
  r[6]![6] = "PURPLE"; // RAG status that no policy gives
  r[7]![1] = "x".repeat(32768); // too long
  r[7]![5] = "+ starts with plus"; // mitigation (text) looks like a formula
  r[8]![3] = " 3 "; // likelihood stored as text
  r[9]![0] = "R10"; // not in the number format
  const i = issues!.values;
  i[0]![3] = "2, 99 and TABASC 10"; // risk 99 is not a Panel risk
  i[1]![6] = 0; // impact out of range
  i[2]![0] = "003"; // not in the format "0"
  const o = opsg!.values;
  o[0]![0] = "OPSG-6"; // not in OPSG-000
  o[1]![5] = 3; // severity disagrees
  o[2]![6] = "critical"; // band disagrees (case aside it would agree)
  o[3]![3] = null;
  o[3]![4] = null;
  return [risks!, issues!, opsg!];
}

describe("Check over the seed registers", () => {
  test("as pasted: the findings before the split", () => {
    const findings = checkRegisters(pasted(), settings);
    expect(findings.length).toBeGreaterThan(20);
    expect(findings).toMatchSnapshot();
  });

  test("with faults put in: the findings before the split", () => {
    const findings = checkRegisters(faulty(), settings);
    const rules = new Set(findings.map((f) => f.rule));
    // The faults reach all but the adopted-only rules (no RAG Override or Status column as pasted).
    expect(rules.size).toBeGreaterThanOrEqual(12);
    expect(findings).toMatchSnapshot();
  });

  test("the same as the frozen copy of the old function", () => {
    expect(checkRegisters(pasted(), settings)).toEqual(legacyCheckRegisters(pasted(), settings));
    expect(checkRegisters(faulty(), settings)).toEqual(legacyCheckRegisters(faulty(), settings));
  });
});

// Random registers: a random choice of the adopted columns, in a random order, with cells drawn from
// values every rule has an opinion on, and random cells holding formulas.
const CELLS: CellValue[] = [
  null,
  "",
  1,
  2,
  3,
  4,
  5,
  0,
  6,
  2.5,
  "3",
  " 4 ",
  "high",
  12,
  16,
  20,
  "Moderate",
  "high",
  "Critical",
  "RED",
  "amber",
  "GREEN",
  "PURPLE",
  "Open",
  "closed",
  "Became issue",
  "Escalated",
  "Pending",
  "=SUM(A1)",
  "-minus",
  "A reason.",
  "2, 3",
  "7 and TABASC 10",
  "OPSG-001",
  "OPSG-1",
  true,
  "x".repeat(32768),
];

const cell = fc.constantFrom(...CELLS);

function registerArb(def: RegisterDefinition, allHeaders: readonly string[]) {
  return fc
    .record({
      headers: fc.shuffledSubarray([...allHeaders, "Mitigation", "Owner"], { minLength: 1 }),
      rows: fc.integer({ min: 0, max: 6 }),
    })
    .chain(({ headers, rows }) =>
      fc
        .record({
          values: fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), {
            minLength: rows,
            maxLength: rows,
          }),
          formula: fc.array(
            fc.array(fc.boolean(), { minLength: headers.length, maxLength: headers.length }),
            {
              minLength: rows,
              maxLength: rows,
            },
          ),
        })
        .map(({ values, formula }) =>
          snapshot(
            def,
            headers,
            values,
            values.map((r, i) => r.map((v, j) => (formula[i]![j] ? `=F(${String(v)})` : v))),
          ),
        ),
    );
}

test("random registers: the same findings as the frozen copy of the old function", () => {
  fc.assert(
    fc.property(
      registerArb(PANEL_RISKS, RISK_HEADERS),
      registerArb(PANEL_ISSUES, ISSUE_HEADERS),
      registerArb({ ...OPSG_RISKS }, RISK_HEADERS),
      (risks, issues, opsg) => {
        const snapshots = [risks, issues, opsg];
        expect(checkRegisters(snapshots, settings)).toEqual(legacyCheckRegisters(snapshots, settings));
      },
    ),
    { numRuns: 300 },
  );
});
