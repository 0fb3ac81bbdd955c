// Overdue actions (issue 14 item 4), with fixed dates: the four actions of the August 2017 minutes,
// extracted from the seed text itself, in an action log; Check is given the day it runs, never the clock.
import { readFileSync } from "fs";
import path from "path";
import { checkRegisters, gatherFacts, runRules } from "../../../src/domain/check";
import { actionOverdue } from "../../../src/domain/check/rules/action-overdue";
import { serialFromDate, type CalendarDate } from "../../../src/domain/dates";
import { extractActions } from "../../../src/domain/minutesActions";
import { viewRegister, type CellValue } from "../../../src/domain/register";
import { PANEL_ACTIONS } from "../../../src/domain/settings";
import { brief, settings, snapshot } from "./registers";

const MINUTES = readFileSync(
  path.join(__dirname, "../../../../shared/seeds/002_2bd199d1195febd0.txt"),
  "utf8",
);
const SEED = extractActions(MINUTES).actions;
const HEADERS = ["Action No.", "Meeting", "Date Raised", "Owner", "Action", "Due Date", "Status"];
const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
/** The meeting of the minutes: 10 August 2017 (Panel 47). */
const MEETING = d(2017, 8, 10);

/** The seed's actions as the log holds them, each with the due date and status a test gives it. */
function log(plan: Array<[due: CellValue, status: CellValue]>, owner?: CellValue) {
  return snapshot(
    PANEL_ACTIONS,
    HEADERS,
    SEED.map((a, i) => [
      a.number,
      "SECP47",
      MEETING,
      owner === undefined ? a.owner : owner,
      a.text,
      plan[i]![0],
      plan[i]![1],
    ]),
  );
}

function run(snap: ReturnType<typeof log>, today: CalendarDate | null) {
  const view = viewRegister(snap);
  return runRules(view, settings, gatherFacts([view], today ?? undefined), [[actionOverdue]]);
}

test("the seed minutes give the four actions, SECAS's each (the fixture is the seed's own)", () => {
  expect(SEED.map((a) => [a.number, a.owner])).toEqual([
    ["SECP47/02", "SECAS"],
    ["SECP47/03", "SECAS"],
    ["SECP47/04", "SECAS"],
    ["SECP47/05", "SECAS"],
  ]);
  expect(SEED[3]!.dueText).toBe("for discussion at the September 2017 meeting");
});

test("an action not Closed whose due date is before today: its number, owner, due date and how late", () => {
  const snap = log([
    [d(2017, 9, 14), "On target"], // 19 days late on 3 October
    [d(2017, 10, 3), "Open"], // due today: not overdue
    [d(2017, 9, 1), "Closed"], // done: never overdue
    [d(2017, 9, 28), null], // a blank status is open
  ]);
  const found = run(snap, { year: 2017, month: 10, day: 3 });
  expect(brief(found)).toEqual([
    "F2 Action SECP47/02 (SECAS) was due on 14 September 2017: 2 weeks overdue.",
    "F5 Action SECP47/05 (SECAS) was due on 28 September 2017: 5 days overdue.",
  ]);
  expect(found.map((f) => [f.rule, f.severity, f.rowLabel, f.column, f.sheet])).toEqual([
    ["action-overdue", "warning", "SECP47/02", "Due Date", "Panel Actions"],
    ["action-overdue", "warning", "SECP47/05", "Due Date", "Panel Actions"],
  ]);
  expect(found[0]!.fix).toMatch(/owner/);
});

test("a status marked Overdue is still reported, and Closed in any case is not", () => {
  const snap = log([
    [d(2017, 9, 14), "Overdue"],
    [d(2017, 9, 14), " closed "],
    [d(2017, 9, 14), "CLOSED"],
    [d(2017, 9, 14), "On target"],
  ]);
  expect(run(snap, { year: 2017, month: 9, day: 15 }).map((f) => f.rowLabel)).toEqual([
    "SECP47/02",
    "SECP47/05",
  ]);
});

test("a due date as the minutes give it: a month only is due at its end; text dates are read", () => {
  // SECP47/05 is "for discussion at the September 2017 meeting": due by the end of September.
  const snap = log([
    ["14/09/2017", "Open"],
    [null, "Open"], // no due date: nothing to be late against
    ["TBC", "Open"], // not a date: not judged
    ["September 2017", "Open"],
  ]);
  expect(brief(run(snap, { year: 2017, month: 9, day: 30 }))).toEqual([
    "F2 Action SECP47/02 (SECAS) was due on 14 September 2017: 2 weeks overdue.",
  ]);
  expect(brief(run(snap, { year: 2017, month: 10, day: 1 }))).toEqual([
    "F2 Action SECP47/02 (SECAS) was due on 14 September 2017: 2 weeks overdue.",
    "F5 Action SECP47/05 (SECAS) was due on 30 September 2017: 1 day overdue.",
  ]);
});

test("how late: days under two weeks, then weeks, months and years; no owner recorded is said", () => {
  const one = (due: number, today: CalendarDate) =>
    brief(
      run(
        log(
          [
            [due, "Open"],
            [null, "Closed"],
            [null, "Closed"],
            [null, "Closed"],
          ],
          null,
        ),
        today,
      ),
    );
  expect(one(d(2017, 9, 14), { year: 2017, month: 9, day: 15 })).toEqual([
    "F2 Action SECP47/02 (no owner recorded) was due on 14 September 2017: 1 day overdue.",
  ]);
  expect(one(d(2017, 9, 14), { year: 2017, month: 12, day: 14 })[0]).toMatch(/: 3 months overdue\.$/);
  expect(one(d(2017, 9, 14), { year: 2026, month: 12, day: 3 })[0]).toMatch(/: 9 years overdue\.$/);
});

test("quiet without today's date; checkRegisters passes the day it is given", () => {
  const snap = log([
    [d(2017, 9, 14), "Open"],
    [null, "Open"],
    [null, "Open"],
    [null, "Open"],
  ]);
  expect(run(snap, null)).toEqual([]);
  expect(checkRegisters([snap], settings).filter((f) => f.rule === "action-overdue")).toEqual([]);
  expect(
    checkRegisters([snap], settings, { year: 2017, month: 10, day: 3 })
      .filter((f) => f.rule === "action-overdue")
      .map((f) => f.message),
  ).toEqual(["Action SECP47/02 (SECAS) was due on 14 September 2017: 2 weeks overdue."]);
});
