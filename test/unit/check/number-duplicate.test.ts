import { numberDuplicate } from "../../../src/domain/check/rules/number-duplicate";
import { OPSG_RISKS } from "../../../src/domain/settings";
import { brief, findingsOf, riskFormulas, riskRow, risks, RISK_HEADERS, snapshot } from "./registers";

test("reports the second use of a number, naming the first", () => {
  expect(brief(findingsOf(numberDuplicate, risks([riskRow(1), riskRow(2), riskRow(1)])))).toEqual([
    "A4 Number 1 is also used at A2.",
  ]);
});

test("counts OPSG-8 and OPSG-008 as the same number", () => {
  const rows = [riskRow("OPSG-008"), riskRow("OPSG-8")];
  const found = findingsOf(numberDuplicate, snapshot(OPSG_RISKS, RISK_HEADERS, rows, riskFormulas(rows)));
  expect(brief(found)).toEqual(["A3 Number OPSG-8 is also used at A2."]);
});

test("is quiet when the numbers differ", () => {
  expect(findingsOf(numberDuplicate, risks([riskRow(1), riskRow(2)]))).toEqual([]);
});
