import { statusUnknown } from "../../../src/domain/check/rules/status-unknown";
import { brief, findingsOf, issueRow, issues, riskRow, risks } from "./registers";

test("reports a status the register does not have", () => {
  expect(brief(findingsOf(statusUnknown, issues([issueRow(1, { Status: "Escalated" })])))).toEqual([
    'I2 Status "Escalated" is not one of Open, Closed.',
  ]);
});

test("is quiet on the register's statuses in any case, and on a blank one", () => {
  const rows = [riskRow(1, { Status: " became ISSUE " }), riskRow(2, { Status: null })];
  expect(findingsOf(statusUnknown, risks(rows))).toEqual([]);
});
