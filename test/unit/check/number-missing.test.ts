import { numberMissing } from "../../../src/domain/check/rules/number-missing";
import { brief, findingsOf, riskRow, risks } from "./registers";

test("reports a row with no number, but not an empty row", () => {
  const empty = riskRow(null).map(() => null);
  const found = findingsOf(numberMissing, risks([riskRow(1), riskRow(null), empty, riskRow("  ")]));
  expect(brief(found)).toEqual(["A3 Row 3 has no number.", "A5 Row 5 has no number."]);
  expect(found[0]!.rowLabel).toBeNull();
});

test("is quiet when every row has a number", () => {
  expect(findingsOf(numberMissing, risks([riskRow(1), riskRow(2)]))).toEqual([]);
});
