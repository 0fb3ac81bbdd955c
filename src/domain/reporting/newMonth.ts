// A new month's tracker rows, made from the obligations. The rule, read from the two papers' tables
// (test/fixtures/dccReporting.ts): a paper reviews the reports its Ops Group month has in hand; a
// report covering month M is reviewed in month M + lag, where the lag is the obligation's reviewLag
// (default 1). 001 (Ops Group September 2018) has the PMR for July 2018 (lag 2: it is due 25 working
// days after month end, so early in M + 2) and the RDP, CSR and SR reports for August 2018 (lag 1);
// 004 (December 2018) the PMR for October and the RDP and CSR reports for November (its SR report for
// September is the paper's exception: "October and November reports yet to be published").
// A quarterly report's row is for the last quarter that ended by month (paper − lag), and has a report
// to review only in the month quarter end + lag (001 and 004 print "Nothing to review this month" for
// their quarterly reports: August and November are no quarter's end).
import { periodKey } from "./reportTable";
import type { Obligation, Period, TrackerRow } from "./types";

/** A month of the tracker: the Ops Group meeting month whose paper reviews the rows. */
export interface Month {
  year: number;
  month: number;
}

/** The month n months after (n < 0: before) the given one. */
export function addMonths(month: Month, n: number): Month {
  const index = month.year * 12 + (month.month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const lagOf = (obligation: Obligation) => obligation.reviewLag ?? 1;

/** The period of the obligation's row in the paper of `paperMonth`. */
export function periodFor(obligation: Obligation, paperMonth: Month): Period {
  const covered = addMonths(paperMonth, -lagOf(obligation));
  if (obligation.frequency === "monthly") return { frequency: "monthly", ...covered };
  const quarterEnd = addMonths(covered, -(covered.month % 3));
  return { frequency: "quarterly", ...quarterEnd };
}

/** Whether the paper of `paperMonth` has the obligation's report to review (a quarterly's off months: no). */
export function dueInPaperMonth(obligation: Obligation, paperMonth: Month): boolean {
  return obligation.frequency === "monthly" || addMonths(paperMonth, -lagOf(obligation)).month % 3 === 0;
}

const rowKey = (report: string, period: Period) => `${report}\u0000${periodKey(period)}`;

/**
 * The rows to add for the paper of `paperMonth`: one per obligation, for its period that month, with
 * nothing received and blank content and observations; none for a report and period the tracker
 * already has (a quarterly report's row is made once, in the first month it is asked for).
 */
export function newMonthRows(
  obligations: readonly Obligation[],
  paperMonth: Month,
  existing: readonly TrackerRow[] = [],
): TrackerRow[] {
  const seen = new Set(existing.map((row) => rowKey(row.obligation.report, row.period)));
  const rows: TrackerRow[] = [];
  for (const obligation of obligations) {
    const period = periodFor(obligation, paperMonth);
    const key = rowKey(obligation.report, period);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      obligation,
      period,
      received: null,
      dueThisMonth: dueInPaperMonth(obligation, paperMonth),
      content: "",
      observations: "",
      actions: [],
    });
  }
  return rows;
}

/**
 * The paper month the rows were made for: the latest month a monthly row is reviewed in (period + lag).
 * Null without a monthly row: a quarterly row is asked for three months running, so it cannot tell.
 */
export function paperMonthOf(rows: readonly TrackerRow[]): Month | null {
  let latest: Month | null = null;
  for (const row of rows) {
    if (row.period.frequency !== "monthly") continue;
    const month = addMonths(row.period, lagOf(row.obligation));
    if (latest === null || month.year * 12 + month.month > latest.year * 12 + latest.month) latest = month;
  }
  return latest;
}

/**
 * The next month's rows: for the month after `last` (a month, or the tracker's rows, whose latest paper
 * month is taken), never repeating a row `existing` (by default the rows given) already has.
 */
export function nextMonthRows(
  obligations: readonly Obligation[],
  last: readonly TrackerRow[] | Month,
  existing: readonly TrackerRow[] = Array.isArray(last) ? last : [],
): TrackerRow[] {
  const lastMonth = Array.isArray(last) ? paperMonthOf(last) : (last as Month);
  if (lastMonth === null)
    throw new Error("nextMonthRows: no monthly row to take the month from; give the month.");
  return newMonthRows(obligations, addMonths(lastMonth, 1), existing);
}
