import { textRequired } from "../../../src/domain/check/rules/text-required";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports a blank description, naming the risk or issue", () => {
  expect(brief(findingsOf(textRequired, risks([riskRow(4, { "There is a risk that…": " " })])))).toEqual([
    "B2 Risk 4 has no description.",
  ]);
  expect(
    brief(
      findingsOf(textRequired, issues([issueRow(null, { "There is an Issue that…": null, Status: "Open" })])),
    ),
  ).toEqual(["C2 Issue ? has no description."]);
});

test("is quiet when every row is described", () => {
  expect(findingsOf(textRequired, risks([riskRow(1)]), issues([issueRow(1)]))).toEqual([]);
});
