import { associatedRiskMissing } from "../../../src/domain/check/rules/associated-risk-missing";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports an associated risk number the Panel risk register lacks", () => {
  const found = findingsOf(
    associatedRiskMissing,
    risks([riskRow(1), riskRow(2)]),
    issues([issueRow(1, { "Associated Risk No.": "1, 7 and TABASC 10" })]),
  );
  expect(brief(found)).toEqual(["B2 Associated risk 7 is not in the Panel risk register."]);
});

test("is quiet when the risks are there, or there is no Panel risk register to look in", () => {
  const linked = issues([issueRow(1, { "Associated Risk No.": "2; 1" })]);
  expect(findingsOf(associatedRiskMissing, risks([riskRow(1), riskRow(2)]), linked)).toEqual([]);
  expect(findingsOf(associatedRiskMissing, issues([issueRow(1, { "Associated Risk No.": "9" })]))).toEqual(
    [],
  );
});
