import { numberFormat } from "../../../src/domain/check/rules/number-format";
import { OPSG_RISKS } from "../../../src/domain/settings";
import { brief, findingsOf, riskFormulas, riskRow, RISK_HEADERS, snapshot } from "./registers";

const opsg = (numbers: string[]) => {
  const rows = numbers.map((n) => riskRow(n));
  return snapshot(OPSG_RISKS, RISK_HEADERS, rows, riskFormulas(rows));
};

test("reports a number not written in the register's format, once (not again for its duplicate)", () => {
  const found = findingsOf(numberFormat, opsg(["OPSG-001", "OPSG-6", "OPSG-06"]));
  expect(brief(found)).toEqual(['A3 "OPSG-6" is not written in the register\'s number format (OPSG-000).']);
  expect(found[0]).toMatchObject({
    severity: "warning",
    fix: "Write it as the format shows, e.g. OPSG-001.",
  });
});

test("is quiet when every number follows the format", () => {
  expect(findingsOf(numberFormat, opsg(["OPSG-001", "opsg-002"]))).toEqual([]);
});
