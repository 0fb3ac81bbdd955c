// Overdue reviews (issue 14 item 3), with fixed dates: Check is given the day it runs, never the clock.
import { checkRegisters, gatherFacts, runRules } from "../../../src/domain/check";
import { reviewOverdue } from "../../../src/domain/check/rules/review-overdue";
import { serialFromDate, type CalendarDate } from "../../../src/domain/dates";
import { viewRegister, type CellValue } from "../../../src/domain/register";
import { PANEL_RISKS } from "../../../src/domain/settings";
import { brief, settings, snapshot } from "./registers";

const HEADERS = [
  "#",
  "There is a risk that…",
  "Severity Band",
  "Owner",
  "Date Raised",
  "Last Reviewed",
  "Next Review",
  "Status",
];
const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
const TODAY: CalendarDate = { year: 2026, month: 8, day: 4 };

function row(
  n: number,
  band: CellValue,
  owner: CellValue,
  lastReviewed: CellValue,
  nextReview: CellValue = null,
  status: CellValue = "Open",
  raised: CellValue = null,
) {
  return [n, `Risk ${n} happens.`, band, owner, raised, lastReviewed, nextReview, status];
}

function run(rows: CellValue[][], today: CalendarDate | null = TODAY) {
  const view = viewRegister(snapshot(PANEL_RISKS, HEADERS, rows));
  return runRules(view, settings, gatherFacts([view], today ?? undefined), [[reviewOverdue]]);
}

test("lists each live risk whose next review is before today, with its owner and how long overdue", () => {
  const found = run([
    row(4, "High", "SECAS", d(2026, 6, 14), d(2026, 7, 14)),
    row(5, "High", "DCC", d(2026, 7, 4), d(2026, 8, 4)), // due today: not overdue
    row(6, "High", "DCC", d(2026, 7, 5), d(2026, 8, 5)),
    row(7, "Critical", "SECAS", d(2026, 1, 1), d(2026, 2, 1), "Closed"),
    row(8, "Low", "  Ofgem\n", d(2025, 12, 1), d(2026, 6, 1), "Became issue"),
    row(9, "Low", null, d(2026, 1, 20), d(2026, 7, 20)),
  ]);
  expect(brief(found)).toEqual([
    "G2 Risk 4 (owner SECAS) was due for review on 14 July 2026: 3 weeks overdue.",
    "G7 Risk 9 (no owner recorded) was due for review on 20 July 2026: 2 weeks overdue.",
  ]);
  expect(found.every((f) => f.rule === "review-overdue" && f.severity === "warning")).toBe(true);
  expect(found[0]!.rowLabel).toBe("4");
});

test("without a shown Next Review, the due day is Last Reviewed plus the band's cadence (EDATE)", () => {
  // Moderate: quarterly. 31 March + 3 months = 30 June (EDATE takes the month's last day).
  // Low: six-monthly. 31 August 2025 + 6 = 28 February 2026.
  const found = run(
    [
      row(1, "Moderate", "SECAS", d(2026, 3, 31)),
      row(2, "Low", "DCC", d(2025, 8, 31)),
      row(3, "Moderate", "DCC", d(2026, 5, 31)), // due 31 August: not yet
      row(4, "Critical", "Ofgem", d(2026, 6, 30)), // monthly: 30 July
    ],
    { year: 2026, month: 8, day: 4 },
  );
  expect(brief(found)).toEqual([
    "G2 Risk 1 (owner SECAS) was due for review on 30 June 2026: 5 weeks overdue.",
    "G3 Risk 2 (owner DCC) was due for review on 28 February 2026: 5 months overdue.",
    "G5 Risk 4 (owner Ofgem) was due for review on 30 July 2026: 5 days overdue.",
  ]);
});

test("across a month end and a year end: 31 January + 1 month is 28 February, or 29 in a leap year", () => {
  const jan31 = (year: number) => [row(1, "High", "SECAS", d(year, 1, 31))];
  expect(run(jan31(2026), { year: 2026, month: 2, day: 28 })).toEqual([]);
  expect(brief(run(jan31(2026), { year: 2026, month: 3, day: 1 }))).toEqual([
    "G2 Risk 1 (owner SECAS) was due for review on 28 February 2026: 1 day overdue.",
  ]);
  expect(run(jan31(2028), { year: 2028, month: 2, day: 29 })).toEqual([]);
  expect(brief(run(jan31(2028), { year: 2028, month: 3, day: 1 }))).toEqual([
    "G2 Risk 1 (owner SECAS) was due for review on 29 February 2028: 1 day overdue.",
  ]);
  // 15 December + 1 month is 15 January of the next year.
  const dec = [row(2, "Critical", "DCC", d(2025, 12, 15))];
  expect(run(dec, { year: 2026, month: 1, day: 15 })).toEqual([]);
  expect(brief(run(dec, { year: 2026, month: 1, day: 16 }))).toEqual([
    "G2 Risk 2 (owner DCC) was due for review on 15 January 2026: 1 day overdue.",
  ]);
});

test("the cadence comes from the band, as the settings set it", () => {
  const rows = [row(1, "Moderate", "SECAS", d(2026, 6, 1))];
  // Default: Moderate quarterly, due 1 September: not overdue on 4 August.
  expect(run(rows)).toEqual([]);
  const monthly = { ...settings, reviewCadence: { ...settings.reviewCadence, Moderate: 1 } };
  const view = viewRegister(snapshot(PANEL_RISKS, HEADERS, rows));
  expect(brief(runRules(view, monthly, gatherFacts([view], TODAY), [[reviewOverdue]]))).toEqual([
    "G2 Risk 1 (owner SECAS) was due for review on 1 July 2026: 4 weeks overdue.",
  ]);
  // A band without a cadence, or no band, has no review due.
  const none = { ...settings, reviewCadence: { High: 1 } };
  expect(runRules(view, none, gatherFacts([view], TODAY), [[reviewOverdue]])).toEqual([]);
  expect(run([row(2, null, "SECAS", d(2020, 1, 1))])).toEqual([]);
});

test("a risk never reviewed is due one cadence after it was raised; with neither date it is not reported", () => {
  const found = run([
    row(1, "High", "SECAS", null, null, "Open", d(2026, 3, 2)),
    row(2, "Low", "DCC", null, null, "Open", d(2026, 3, 2)), // due 2 September
    row(3, "High", "DCC", null, null, "Open", null),
    row(4, "High", "DCC", "TBC", null, "Open", d(2020, 1, 1)), // text, not a date: not judged
  ]);
  expect(brief(found)).toEqual([
    "G2 Risk 1 (owner SECAS) has not been reviewed since it was raised; its first review was due on 2 April 2026: 4 months overdue.",
  ]);
});

test("a review date written as text is read as the papers write it", () => {
  expect(brief(run([row(1, "High", "SECAS", "14/06/2026")]))).toEqual([
    "G2 Risk 1 (owner SECAS) was due for review on 14 July 2026: 3 weeks overdue.",
  ]);
});

test("how long: days under two weeks, then weeks, then whole months, then years", () => {
  const at = (last: number) => brief(run([row(1, "High", "SECAS", null, last)]))[0];
  expect(at(d(2026, 8, 3))).toMatch(/: 1 day overdue\.$/);
  expect(at(d(2026, 7, 22))).toMatch(/: 13 days overdue\.$/);
  expect(at(d(2026, 7, 21))).toMatch(/: 2 weeks overdue\.$/);
  expect(at(d(2026, 6, 5))).toMatch(/: 8 weeks overdue\.$/);
  expect(at(d(2026, 6, 4))).toMatch(/: 2 months overdue\.$/);
  expect(at(d(2026, 6, 5) - 1)).toMatch(/: 2 months overdue\.$/);
  expect(at(d(2024, 8, 5))).toMatch(/: 23 months overdue\.$/);
  expect(at(d(2024, 8, 4))).toMatch(/: 2 years overdue\.$/);
});

test("is quiet without today's date, so a Check without the day (Build's gate) reports nothing", () => {
  expect(run([row(1, "High", "SECAS", d(2020, 1, 1))], null)).toEqual([]);
  const snap = snapshot(PANEL_RISKS, HEADERS, [row(1, "High", "SECAS", d(2020, 1, 1))]);
  expect(checkRegisters([snap], settings).filter((f) => f.rule === "review-overdue")).toEqual([]);
  expect(
    checkRegisters([snap], settings, TODAY)
      .filter((f) => f.rule === "review-overdue")
      .map((f) => f.message),
  ).toEqual(["Risk 1 (owner SECAS) was due for review on 1 February 2020: 6 years overdue."]);
});
