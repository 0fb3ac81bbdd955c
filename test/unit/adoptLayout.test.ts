// Issue 11 item 4 in the domain: where the header and the register's end are, which rows continue a
// risk, how bullets of every kind are read.
import { findContinuations, joinContinuations } from "../../src/domain/adoptContinuations";
import { registerExtent } from "../../src/domain/adoptTrailing";
import { normaliseHeader } from "../../src/domain/columns";
import { findHeaderRow } from "../../src/domain/headerMapping";
import { parseMitigations } from "../../src/domain/mitigations";
import type { CellValue } from "../../src/domain/register";

describe("the header row", () => {
  test("two header rows read as one when the lower row alone is not a header", () => {
    const found = findHeaderRow([
      ["Title"],
      ["Ref", "Risk", "Scores", "", "Controls"],
      ["", "", "Impact", "Likelihood", ""],
    ]);
    expect(found).toEqual({
      row: 2,
      kind: "risk",
      headers: ["Ref", "Risk", "Impact", "Likelihood", "Controls"],
      fromAbove: [0, 1, 4],
    });
  });
  test("a group label above a full header row is not part of it", () => {
    expect(
      findHeaderRow([
        ["", "", "Scores"],
        ["#", "Risk", "Impact", "Likelihood"],
      ]),
    ).toMatchObject({
      row: 1,
      fromAbove: [],
    });
  });
  test("zero-width characters and non-breaking spaces do not change a header's name", () => {
    expect(normaliseHeader("\u200BRisk\u00A0ID\uFEFF")).toBe("risk id");
  });
});

describe("where the register ends", () => {
  const keys = { number: 0, description: 1 };
  test("totals, count and note rows below the last risk are outside; blank rows between risks are in", () => {
    const grid: CellValue[][] = [
      ["#", "Risk"],
      [1, "A"],
      [null, null],
      [2, "B"],
      [null, null],
      ["Total", 2],
      ["Note: reviewed quarterly"],
    ];
    expect(registerExtent(grid, 0, 2, keys)).toEqual({
      lastIdx: 3,
      below: [
        { idx: 5, text: "Total 2" },
        { idx: 6, text: "Note: reviewed quarterly" },
      ],
      blankRows: [2],
    });
  });
  test("a last risk whose description starts with 'Total' is a risk", () => {
    const grid: CellValue[][] = [
      ["#", "Risk"],
      [1, "A"],
      [2, "Total loss of power"],
    ];
    expect(registerExtent(grid, 0, 2, keys)).toMatchObject({ lastIdx: 2, below: [] });
  });
});

describe("a risk over several rows", () => {
  const columns = { number: 0, description: 1, impact: 2, mitigations: 3 };
  const input = (values: CellValue[][], merged = (_r: number, _c: number) => false) => ({
    values,
    headerIdx: 0,
    lastIdx: values.length - 1,
    width: 4,
    columns,
    mergedFromAbove: merged,
    isFormula: () => false,
  });
  test("rows with only more text below a risk join it, line after line", () => {
    const values: CellValue[][] = [
      ["#", "Risk", "Impact", "Mitigation"],
      [1, "A", 3, "• one"],
      [null, null, null, "• two"],
      [null, null, null, "• three"],
      [2, "B", 2, "• four"],
    ];
    const found = findContinuations(input(values));
    expect(found).toEqual([{ first: 1, rows: [2, 3], columns: [3] }]);
    const joined = joinContinuations(values, found);
    expect(joined.values[1]![3]).toBe("• one\n• two\n• three");
    expect(joined.values[2]![3]).toBe("");
    expect(parseMitigations(joined.values[1]![3])).toHaveLength(3);
    expect(values[2]![3]).toBe("• two"); // the grid read is not changed
  });
  test("a row with a score of its own, or after a blank row, is not a continuation", () => {
    const values: CellValue[][] = [
      ["#", "Risk", "Impact", "Mitigation"],
      [1, "A", 3, "x"],
      [null, null, 4, "y"],
      [null, null, null, null],
      [null, null, null, "z"],
    ];
    expect(findContinuations(input(values))).toEqual([]);
  });
  test("with merges, a row whose number is merged from above joins even with description text", () => {
    const values: CellValue[][] = [
      ["#", "Risk", "Impact", "Mitigation"],
      [1, "A risk that", 3, "x"],
      [null, "continues here", null, "y"],
    ];
    expect(findContinuations(input(values, (r, c) => r === 2 && c === 0))).toEqual([
      { first: 1, rows: [2], columns: [1, 3] },
    ]);
    expect(findContinuations(input(values))).toEqual([]);
  });
});

describe("bullets as people write them", () => {
  test.each([
    ["• a\n• b", ["a", "b"]],
    ["- a\n- b", ["a", "b"]],
    ["* a\n*b", ["a", "b"]],
    ["1. a\n2) b", ["a", "b"]],
    ["(a) one\nb) two", ["one", "two"]],
    ["a\nb", ["a", "b"]],
    ["• Drill held\n– Completed\n• Review", ["Drill held", "Review"]],
    ["A. N. Other to review", ["A. N. Other to review"]],
  ])("%j", (text, bullets) => {
    expect(parseMitigations(text).map((m) => m.text)).toEqual(bullets);
  });
  test("a status on a line of its own stays with its bullet", () => {
    expect(parseMitigations("• Drill held\n– Completed")).toEqual([
      { text: "Drill held", status: "Completed", state: "inPlace" },
    ]);
  });
});
