import fc from "fast-check";
import {
  addMonths,
  dueInPaperMonth,
  newMonthRows,
  nextMonthRows,
  paperMonthOf,
  periodFor,
  type Month,
} from "../../../src/domain/reporting/newMonth";
import type { Obligation, TrackerRow } from "../../../src/domain/reporting/types";
import { dcc001, dcc004, nth, obligationOf, trackerRowsOf } from "../../fixtures/dccReporting";

const obligations001 = dcc001.rows.map(obligationOf);
const paper001: Month = { year: dcc001.paperYear, month: dcc001.paperMonth };
const paper004: Month = { year: dcc004.paperYear, month: dcc004.paperMonth };
const key = (row: TrackerRow) =>
  `${row.obligation.report}|${row.period.frequency}|${row.period.year}-${row.period.month}`;
const index = (m: Month) => m.year * 12 + m.month;

describe("newMonthRows: the papers' periods", () => {
  it("makes 001's rows (Ops Group September 2018): PMR July, the rest August, quarterlies June", () => {
    const rows = newMonthRows(obligations001, paper001);
    expect(rows.map((row) => row.period)).toEqual(trackerRowsOf(dcc001).map((row) => row.period));
    expect(rows.map((row) => row.dueThisMonth)).toEqual([true, false, false, true, true, true, false]);
    for (const row of rows) {
      expect(row).toMatchObject({ received: null, content: "", observations: "", actions: [] });
      expect(row.deliveryNote).toBeUndefined();
    }
  });

  it("makes 004's rows (December 2018) but for its SR report, which the paper prints for September", () => {
    const rows = newMonthRows(dcc004.rows.map(obligationOf), paper004);
    const printed = trackerRowsOf(dcc004);
    rows.forEach((row, i) => {
      if (i === 5) expect(row.period).toEqual({ frequency: "monthly", year: 2018, month: 11 });
      else expect(row.period).toEqual(nth(printed, i).period);
    });
  });

  it("gives a quarterly report something to review only in the month after its quarter", () => {
    const quarterlyObligation = nth(obligations001, 1);
    const due = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((month) =>
      dueInPaperMonth(quarterlyObligation, { year: 2019, month }),
    );
    expect(due).toEqual([1, 4, 7, 10]);
    expect(periodFor(quarterlyObligation, { year: 2019, month: 1 })).toEqual({
      frequency: "quarterly",
      year: 2018,
      month: 12,
    });
    expect(periodFor(quarterlyObligation, { year: 2019, month: 3 })).toEqual({
      frequency: "quarterly",
      year: 2018,
      month: 12,
    });
    expect(periodFor(quarterlyObligation, { year: 2019, month: 4 })).toEqual({
      frequency: "quarterly",
      year: 2019,
      month: 3,
    });
  });

  it("never repeats a report and period the tracker has", () => {
    const existing = trackerRowsOf(dcc001);
    expect(newMonthRows(obligations001, paper001, existing)).toEqual([]);
    // October 2018: the quarterlies' row is the September quarter's, due this month.
    const october = nextMonthRows(obligations001, existing);
    expect(october.map((row) => [row.obligation.report, row.period.month, row.dueThisMonth])).toEqual([
      ["Performance Measurement Report", 8, true],
      ["DCC Responsible Communications Hub Returns Report", 9, true],
      ["DCC Network Enhancement Report (Network Enhancement Plans - NEP)", 9, true],
      ["Registration Data Provider (RDP) Incident Report", 9, true],
      ["Certificate Signing Request (CSR) Variance Report", 9, true],
      ["Service Request (SR) Variance Reporting", 9, true],
      ["Quarterly Problem Report", 9, true],
    ]);
    // November: the quarterlies' September rows exist, so only monthly rows are new.
    const november = nextMonthRows(obligations001, [...existing, ...october]);
    expect(november.map((row) => row.obligation.frequency)).toEqual([
      "monthly",
      "monthly",
      "monthly",
      "monthly",
    ]);
  });

  it("takes the month from the rows or from the month given", () => {
    expect(paperMonthOf(trackerRowsOf(dcc001))).toEqual(paper001);
    expect(paperMonthOf(trackerRowsOf(dcc004))).toEqual(paper004);
    expect(paperMonthOf([])).toBeNull();
    // A quarterly row tells too: its June quarter is reviewed in July.
    expect(paperMonthOf(trackerRowsOf(dcc001).filter((row) => row.period.frequency === "quarterly"))).toEqual(
      { year: 2018, month: 7 },
    );
    expect(nextMonthRows(obligations001, paper001)).toEqual(
      newMonthRows(obligations001, { year: 2018, month: 10 }),
    );
    expect(() => nextMonthRows(obligations001, [])).toThrow(/give the month/);
    expect(() => nextMonthRows(obligations001, [])).toThrow(/no row/);
  });

  it("addMonths crosses year ends both ways", () => {
    expect(addMonths({ year: 2018, month: 12 }, 1)).toEqual({ year: 2019, month: 1 });
    expect(addMonths({ year: 2019, month: 1 }, -2)).toEqual({ year: 2018, month: 11 });
    expect(addMonths({ year: 2019, month: 3 }, -15)).toEqual({ year: 2017, month: 12 });
  });
});

describe("newMonthRows: properties", () => {
  const month = fc.record({
    year: fc.integer({ min: 2015, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
  });
  const obligations = fc.uniqueArray(fc.constantFrom(...obligations001, ...dcc004.rows.map(obligationOf)), {
    selector: (o: Obligation) => o.report,
    minLength: 1,
  });

  it("run month after month: no duplicates, and each month one row per obligation for its period", () => {
    fc.assert(
      fc.property(obligations, month, fc.integer({ min: 1, max: 30 }), (obs, start, months) => {
        let rows: TrackerRow[] = newMonthRows(obs, start);
        for (let i = 1; i <= months; i++) {
          const paper = addMonths(start, i);
          const added = nextMonthRows(obs, addMonths(paper, -1), rows);
          if (obs.some((o) => o.frequency === "monthly")) {
            expect(nextMonthRows(obs, rows)).toEqual(added);
          }
          rows = [...rows, ...added];
          const keys = rows.map(key);
          expect(new Set(keys).size).toBe(keys.length);
          for (const o of obs) {
            const period = periodFor(o, paper);
            expect(
              rows.filter((r) => r.obligation.report === o.report && key(r) === key({ ...r, period })),
            ).toHaveLength(1);
          }
          // Monthly rows: exactly one new row per monthly obligation, a month on from the last.
          for (const o of obs.filter((x) => x.frequency === "monthly")) {
            const mine = added.filter((r) => r.obligation === o);
            expect(mine).toHaveLength(1);
            expect(index(nth(mine, 0).period)).toBe(index(periodFor(o, addMonths(paper, -1))) + 1);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("periods advance by one month across year ends", () => {
    fc.assert(
      fc.property(
        month,
        fc.constantFrom(...obligations001.filter((o) => o.frequency === "monthly")),
        (m, o) => {
          const a = periodFor(o, m);
          const b = periodFor(o, addMonths(m, 1));
          expect(index(b) - index(a)).toBe(1);
          if (a.month === 12) expect(b).toMatchObject({ year: a.year + 1, month: 1 });
        },
      ),
    );
  });
});
