import { textFormulaLike } from "../../../src/domain/check/rules/text-formula-like";
import { brief, findingsOf, riskFormulas, riskRow, risks } from "./registers";

test("reports a formula in a text column (error) and text Excel would read as one (warning)", () => {
  const rows = [riskRow(1, { "There is a risk that…": "=A1&B1" }), riskRow(2, { Status: "-Open" })];
  const formulas = riskFormulas(rows).map((r, i) =>
    i === 0 ? r.map((v, j) => (j === 1 ? "=A1&B1x" : v)) : r,
  );
  const found = findingsOf(textFormulaLike, risks(rows, formulas));
  expect(brief(found)).toEqual([
    "B2 There is a risk that… holds a formula where text is expected.",
    'K3 "-Open" starts with "-": Excel would read it as a formula if it were typed in again.',
  ]);
  expect(found.map((f) => f.severity)).toEqual(["error", "warning"]);
});

test("is quiet on plain text, and on formulas in computed columns", () => {
  expect(
    findingsOf(
      textFormulaLike,
      risks([riskRow(1, { "There is a risk that…": "A plain sentence - with a dash." })]),
    ),
  ).toEqual([]);
});
