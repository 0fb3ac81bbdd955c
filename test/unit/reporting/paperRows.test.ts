// Which tracker rows a paper prints (src/domain/reporting/newMonth.ts paperRows), and the obligations a
// next month is made from (obligationsOf): the one model of a month that the domain and the workbook's
// tracker share. Fixtures: the "2.1 DCC reporting" tables of 001 (September 2018) and 004 (December 2018).
import fc from "fast-check";
import {
  addMonths,
  catchUpRows,
  dueInPaperMonth,
  newMonthRows,
  nextMonthRows,
  obligationsOf,
  paperMonthOf,
  paperRows,
  periodFor,
  reviewedInOf,
  reviewLagOf,
  type Month,
} from "../../../src/domain/reporting/newMonth";
import type { Obligation, TrackerRow } from "../../../src/domain/reporting/types";
import { dcc001, dcc004, nth, obligationOf, trackerRowsOf } from "../../fixtures/dccReporting";

const paper001: Month = { year: 2018, month: 9 };
const paper004: Month = { year: 2018, month: 12 };
const summary = (rows: readonly TrackerRow[]) =>
  rows.map((row) => [row.obligation.report, row.period.year, row.period.month, row.dueThisMonth]);

describe("paperRows: what a paper prints", () => {
  it("prints 001's seven rows, its quarterlies (reviewed in July) with nothing to review", () => {
    const rows = trackerRowsOf(dcc001);
    expect(summary(paperRows(rows, paper001))).toEqual(summary(rows));
    expect(paperRows(rows, paper001).map((row) => row.dueThisMonth)).toEqual([
      true,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("prints 004's rows, its SR report for September among them (reviewed in December)", () => {
    const rows = trackerRowsOf(dcc004);
    const printed = paperRows(rows, paper004);
    expect(printed.map((row) => row.obligation.report)).toEqual(dcc004.rows.map((row) => row.report));
    expect(nth(printed, 5).period).toEqual({ frequency: "monthly", year: 2018, month: 9 });
  });

  it("prints a quarterly report's row reviewed this month as due, an earlier paper without later rows", () => {
    const hub = obligationOf(nth(dcc001.rows, 1));
    const rows = [
      ...newMonthRows([hub], { year: 2018, month: 7 }),
      ...newMonthRows([hub], { year: 2018, month: 10 }),
    ];
    expect(rows.map((row) => reviewedInOf(row))).toEqual([
      { year: 2018, month: 7 },
      { year: 2018, month: 10 },
    ]);
    expect(summary(paperRows(rows, { year: 2018, month: 10 }))).toEqual([[hub.report, 2018, 9, true]]);
    expect(summary(paperRows(rows, { year: 2018, month: 9 }))).toEqual([[hub.report, 2018, 6, false]]);
    expect(paperRows(rows, { year: 2018, month: 6 })).toEqual([]);
  });

  it("does not print a monthly report with no row reviewed in the month", () => {
    const rows = trackerRowsOf(dcc001);
    expect(paperRows(rows, { year: 2018, month: 10 }).map((row) => row.period.frequency)).toEqual([
      "quarterly",
      "quarterly",
      "quarterly",
    ]);
  });
});

describe("obligationsOf: the next month's obligations, from each report's latest row", () => {
  it("carries each report's review lag: the PMR two months, 004's SR report (September in December) three", () => {
    const lags = obligationsOf(trackerRowsOf(dcc004)).map((o) => [o.report, o.reviewLag]);
    expect(lags).toEqual([
      ["Performance Measurement Report", 2],
      ["DCC Responsible Communications Hub Returns Report", 1],
      ["DCC Network Enhancement Report (Network Enhancement Plans - NEP)", 1],
      ["Registration Data Provider (RDP) Incident Report", 1],
      ["Certificate Signing Request (CSR) Variance Report", 1],
      ["Service Request (SR) Variance Reporting", 3],
      ["Quarterly Problem Report", 1],
    ]);
    expect(reviewLagOf(nth(trackerRowsOf(dcc004), 0))).toBe(2);
  });

  it("takes the latest row of a report, by the paper that reviews it", () => {
    const rows = trackerRowsOf(dcc001);
    const october = nextMonthRows(obligationsOf(rows), rows);
    const both = [...october, ...rows];
    expect(obligationsOf(both).map((o) => o.report)).toEqual(obligationsOf(rows).map((o) => o.report));
    expect(paperMonthOf(both)).toEqual({ year: 2018, month: 10 });
  });

  it("from 001's rows, three new months make 004's December periods (its SR report apart)", () => {
    let rows = trackerRowsOf(dcc001);
    for (let i = 0; i < 3; i++) rows = [...rows, ...nextMonthRows(obligationsOf(rows), rows)];
    expect(paperMonthOf(rows)).toEqual(paper004);
    const december = paperRows(rows, paper004);
    const printed = trackerRowsOf(dcc004);
    december.forEach((row, i) => {
      expect(row.obligation.report).toBe(nth(printed, i).obligation.report);
      if (i === 5) expect(row.period).toEqual({ frequency: "monthly", year: 2018, month: 11 });
      else expect(row.period).toEqual(nth(printed, i).period);
      expect(row.dueThisMonth).toBe(nth(printed, i).dueThisMonth || i === 5);
    });
  });
});

describe("catchUpRows: no period the DCC owes is left without a row", () => {
  it("fills a month a hand-kept tracker skipped, each period reviewed in its own paper", () => {
    // 001's rows, then October's paper added while the CSR report's September row was deleted by hand.
    const rows = trackerRowsOf(dcc001);
    const october = nextMonthRows(obligationsOf(rows), rows).filter(
      (row) => !row.obligation.report.startsWith("Certificate Signing"),
    );
    const added = catchUpRows([...rows, ...october], { year: 2018, month: 11 });
    const csr = added.filter((row) => row.obligation.report.startsWith("Certificate Signing"));
    expect(csr.map((row) => [row.period.month, reviewedInOf(row).month, row.dueThisMonth])).toEqual([
      [9, 10, false],
      [10, 11, true],
    ]);
    // The other reports: one row each for November's paper, none for the quarterlies (Sept rows exist).
    expect(added.filter((row) => !csr.includes(row)).map((row) => row.period.month)).toEqual([9, 10, 10]);
  });

  it("adds nothing for a paper month the tracker has", () => {
    expect(catchUpRows(trackerRowsOf(dcc001), { year: 2018, month: 9 })).toEqual([]);
    expect(catchUpRows(trackerRowsOf(dcc004), { year: 2018, month: 12 })).toEqual([]);
  });
});

describe("an obligation that ends: no row after its last period, and not printed after it", () => {
  // The NEP report is owed for "each quarter that ends prior to 1 January 2021" (001, SEC F7.21).
  const nep = { ...obligationOf(nth(dcc001.rows, 2)), endsBefore: { year: 2021, month: 1, day: 1 } };

  it("has its last row for the quarter to December 2020, reviewed in January 2021", () => {
    let rows = newMonthRows([nep], { year: 2020, month: 10 });
    for (let month = 11; month <= 12 + 6; month++)
      rows = [...rows, ...catchUpRows(rows, addMonths({ year: 2020, month: 10 }, month - 10))];
    expect(rows.map((row) => [row.period.year, row.period.month])).toEqual([
      [2020, 9],
      [2020, 12],
    ]);
    expect(newMonthRows([nep], { year: 2021, month: 4 })).toEqual([]);
    expect(summary(paperRows(rows, { year: 2021, month: 1 }))).toEqual([[nep.report, 2020, 12, true]]);
    // February 2021 on: nothing of it is printed, not even "nothing to review".
    expect(paperRows(rows, { year: 2021, month: 2 })).toEqual([]);
    // Before its end it is printed as ever, with nothing to review between quarters.
    expect(summary(paperRows(rows, { year: 2020, month: 11 }))).toEqual([[nep.report, 2020, 9, false]]);
  });
});

describe("paperRows: properties", () => {
  const start = fc.record({
    year: fc.integer({ min: 2015, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
  });
  const obligations = fc.uniqueArray(fc.constantFrom(...dcc001.rows.map(obligationOf)), {
    selector: (o: Obligation) => o.report,
    minLength: 1,
  });

  it("month after month: each paper prints each report once, for its period, due as the rule says", () => {
    fc.assert(
      fc.property(obligations, start, fc.integer({ min: 1, max: 24 }), (obs, first, months) => {
        let rows = newMonthRows(obs, first);
        for (let i = 1; i <= months; i++) {
          const paper = addMonths(first, i);
          const next = nextMonthRows(obligationsOf(rows), addMonths(paper, -1), rows);
          // The tracker's catch-up is the same as the month's rows when it is kept month by month.
          expect(catchUpRows(rows, paper)).toEqual(expect.arrayContaining(next));
          expect(catchUpRows(rows, paper)).toHaveLength(next.length);
          rows = [...rows, ...next];
          // Only a monthly report has a row every month to tell the paper month by.
          if (obs.some((o) => o.frequency === "monthly")) expect(paperMonthOf(rows)).toEqual(paper);
          const printed = paperRows(rows, paper);
          expect(printed.map((row) => row.obligation.report)).toEqual(obs.map((o) => o.report));
          printed.forEach((row, k) => {
            const o = nth(obs, k);
            expect(row.period).toEqual(periodFor(o, paper));
            expect(row.dueThisMonth).toBe(dueInPaperMonth(o, paper));
          });
        }
      }),
      { numRuns: 50 },
    );
  });
});
