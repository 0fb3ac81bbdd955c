import { scoreNotWhole } from "../../../src/domain/check/rules/score-not-whole";
import { brief, findingsOf, riskRow, risks } from "./registers";

test("reports fractions, words and numbers stored as text", () => {
  const found = findingsOf(
    scoreNotWhole,
    risks([
      riskRow(1, { "Impact (1-5)": 2.5 }),
      riskRow(2, { "Likelihood (1-5)": "high" }),
      riskRow(3, { "Impact (1-5)": " 4 " }),
    ]),
  );
  expect(brief(found)).toEqual([
    "C2 Impact 2.5 is not a whole number.",
    'D3 Likelihood "high" is not a whole number from 1 to 5.',
    'C4 Impact " 4 " is stored as text, not a number.',
  ]);
  expect(found.map((f) => f.fix)).toEqual([
    "Round it to 3 or choose another level.",
    "Choose Likelihood from 1 to 5.",
    "Re-enter 4 as a number.",
  ]);
});

test("is quiet on whole numbers, even outside 1–5 (another rule's)", () => {
  expect(findingsOf(scoreNotWhole, risks([riskRow(1), riskRow(2, { "Impact (1-5)": 7 })]))).toEqual([]);
});
