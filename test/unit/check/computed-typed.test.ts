import { computedTyped } from "../../../src/domain/check/rules/computed-typed";
import { brief, findingsOf, riskRow, risks } from "./registers";

test("reports a computed cell holding the right value typed in, with the fix the add-in applies", () => {
  const rows = [riskRow(1), riskRow(2)];
  const formulas = rows.map((r, i) =>
    r.map((v, j) => (i === 1 && j === 4 ? v : j >= 4 && j <= 6 ? "=F()" : j === 9 ? "=F()" : v)),
  );
  const found = findingsOf(computedTyped, risks(rows, formulas));
  expect(brief(found)).toEqual([
    "E3 Severity 12 is typed by hand; it will not follow changes to the scores.",
  ]);
  expect(found[0]).toMatchObject({ severity: "warning", restoreFormula: { key: "severity", sheetRow: 2 } });
});

test("is quiet when the cells hold formulas, and when the scores are bad", () => {
  expect(findingsOf(computedTyped, risks([riskRow(1)]))).toEqual([]);
  const bad = [riskRow(1, { "Impact (1-5)": 9 })];
  expect(findingsOf(computedTyped, risks(bad, bad))).toEqual([]);
});
