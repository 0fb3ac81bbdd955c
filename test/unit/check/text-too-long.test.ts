import { textTooLong } from "../../../src/domain/check/rules/text-too-long";
import { brief, findingsOf, riskRow, risks } from "./registers";

test("reports text over Excel's 32,767 characters", () => {
  expect(
    brief(findingsOf(textTooLong, risks([riskRow(1, { "There is a risk that…": "x".repeat(32768) })]))),
  ).toEqual(["B2 The text has 32,768 characters; Excel keeps at most 32,767 in a cell."]);
});

test("is quiet at 32,767", () => {
  expect(
    findingsOf(textTooLong, risks([riskRow(1, { "There is a risk that…": "x".repeat(32767) })])),
  ).toEqual([]);
});
