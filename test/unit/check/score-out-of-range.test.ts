import { scoreOutOfRange } from "../../../src/domain/check/rules/score-out-of-range";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports a whole number outside 1–5", () => {
  expect(brief(findingsOf(scoreOutOfRange, risks([riskRow(1, { "Likelihood (1-5)": 0 })])))).toEqual([
    "D2 Likelihood 0 is outside 1–5.",
  ]);
  expect(brief(findingsOf(scoreOutOfRange, issues([issueRow(1, { "Impact (1-5)": 6 })])))).toEqual([
    "D2 Impact 6 is outside 1–5.",
  ]);
});

test("is quiet on 1 to 5 and on what is not a whole number", () => {
  const rows = [
    riskRow(1, { "Impact (1-5)": 1, "Likelihood (1-5)": 5 }),
    riskRow(2, { "Impact (1-5)": 5.5 }),
  ];
  expect(findingsOf(scoreOutOfRange, risks(rows))).toEqual([]);
});
