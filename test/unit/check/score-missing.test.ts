import { scoreMissing } from "../../../src/domain/check/rules/score-missing";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports a blank score on a live row", () => {
  const found = findingsOf(
    scoreMissing,
    risks([
      riskRow(1, { "Likelihood (1-5)": null }),
      riskRow(2, { "Impact (1-5)": null, Status: "Escalated" }),
    ]),
  );
  expect(brief(found)).toEqual(["D2 Likelihood is blank.", "C3 Impact is blank."]);
  expect(found[0]!.fix).toMatch(/^Choose Likelihood from /);
});

test("is quiet on a closed row, and an issue has no Likelihood to miss", () => {
  expect(findingsOf(scoreMissing, risks([riskRow(1, { "Impact (1-5)": null, Status: "Closed" })]))).toEqual(
    [],
  );
  expect(findingsOf(scoreMissing, issues([issueRow(1)]))).toEqual([]);
});
