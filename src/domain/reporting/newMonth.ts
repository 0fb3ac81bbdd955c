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
// Each row keeps the month it is reviewed in (reviewedIn), so a paper's rows are those reviewed in its
// month (paperRows), and a row a person moves to a later paper (004's SR report for September) is
// printed there; the lag of a report's latest row carries to its next month (obligationsOf).
import { periodKey } from "./reportTable";
import { compareDays, periodEnd } from "./workingDays";
import type { Month, Obligation, Period, TrackerRow } from "./types";

export type { Month };

const monthIndex = (m: Month) => m.year * 12 + (m.month - 1);
const later = (a: Month, b: Month) => monthIndex(a) > monthIndex(b);

/** The month n months after (n < 0: before) the given one. */
export function addMonths(month: Month, n: number): Month {
  const index = month.year * 12 + (month.month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const lagOf = (obligation: Obligation) => obligation.reviewLag ?? 1;

/** Whether the obligation is owed for a period: always, unless its words end it (endsBefore). */
export function owes(obligation: Obligation, period: Month): boolean {
  return (
    !obligation.endsBefore ||
    compareDays(periodEnd({ frequency: obligation.frequency, ...period }), obligation.endsBefore) < 0
  );
}

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
    if (seen.has(key) || !owes(obligation, period)) continue;
    seen.add(key);
    rows.push({
      obligation,
      period,
      received: null,
      dueThisMonth: dueInPaperMonth(obligation, paperMonth),
      reviewedIn: addMonths(period, lagOf(obligation)),
      content: "",
      observations: "",
      actions: [],
    });
  }
  return rows;
}

/** The month of the paper that reviews a row: its own reviewedIn, else its period plus the lag. */
export function reviewedInOf(row: Pick<TrackerRow, "period" | "obligation" | "reviewedIn">): Month {
  return row.reviewedIn ?? addMonths(row.period, lagOf(row.obligation));
}

/** Months from a row's period to the paper that reviews it (never below 0). */
export function reviewLagOf(row: Pick<TrackerRow, "period" | "obligation" | "reviewedIn">): number {
  return Math.max(0, monthIndex(reviewedInOf(row)) - monthIndex(row.period));
}

/**
 * The tracker's latest paper month: the latest month a monthly row is reviewed in (every paper has its
 * monthly reports, so a quarterly row typed for a quarter not yet ended cannot carry the tracker ahead),
 * or, with quarterly rows alone, the latest month one is reviewed in; null without rows.
 */
export function paperMonthOf(rows: readonly TrackerRow[]): Month | null {
  const monthly = rows.filter((row) => row.period.frequency === "monthly");
  let latest: Month | null = null;
  for (const row of monthly.length ? monthly : rows) {
    const month = reviewedInOf(row);
    if (latest === null || later(month, latest)) latest = month;
  }
  return latest;
}

/**
 * The obligations a next month is made from: each report's latest row (by the paper that reviews it,
 * then its period), with the review lag that row has, in the order the reports first appear.
 */
export function obligationsOf(rows: readonly TrackerRow[]): Obligation[] {
  const latest = new Map<string, TrackerRow>();
  for (const row of rows) {
    const key = row.obligation.report.trim().toLowerCase();
    const seen = latest.get(key);
    const newer =
      !seen ||
      later(reviewedInOf(row), reviewedInOf(seen)) ||
      (monthIndex(reviewedInOf(row)) === monthIndex(reviewedInOf(seen)) && !later(seen.period, row.period));
    if (newer) latest.set(key, row);
  }
  return [...latest.values()].map((row) => ({ ...row.obligation, reviewLag: reviewLagOf(row) }));
}

/**
 * The rows a paper month adds to a tracker: for each report, every period after its latest row's that
 * the paper of `paperMonth` (or an earlier one) reviews, with its latest row's obligation and review
 * lag. A tracker kept month by month gets newMonthRows' rows; one whose rows skip a month (typed by
 * hand) gets the missing periods too, so no report the DCC owes is left without a row.
 */
export function catchUpRows(rows: readonly TrackerRow[], paperMonth: Month): TrackerRow[] {
  const latest = new Map<string, TrackerRow>();
  for (const row of rows) {
    const key = row.obligation.report.trim().toLowerCase();
    const seen = latest.get(key);
    if (!seen || !later(seen.period, row.period)) latest.set(key, row);
  }
  const added: TrackerRow[] = [];
  for (const obligation of obligationsOf(rows)) {
    const last = latest.get(obligation.report.trim().toLowerCase())!;
    const step = obligation.frequency === "monthly" ? 1 : 3;
    const lag = lagOf(obligation);
    for (let period = addMonths(last.period, step); ; period = addMonths(period, step)) {
      const reviewedIn = addMonths(period, lag);
      if (later(reviewedIn, paperMonth) || !owes(obligation, period)) break;
      added.push({
        obligation,
        period: { frequency: obligation.frequency, year: period.year, month: period.month },
        received: null,
        dueThisMonth: monthIndex(reviewedIn) === monthIndex(paperMonth),
        reviewedIn,
        content: "",
        observations: "",
        actions: [],
      });
    }
  }
  return added;
}

/**
 * The rows the paper of `paperMonth` prints, each report once in the order it first appears: the rows
 * reviewed in that month (to review: dueThisMonth), or for a quarterly report with none, its latest
 * row reviewed before, with nothing to review this month (as 001 and 004 print their quarterly
 * reports). A monthly report with no row for the month is not printed.
 */
export function paperRows(rows: readonly TrackerRow[], paperMonth: Month): TrackerRow[] {
  const reports = new Map<string, TrackerRow[]>();
  for (const row of rows) {
    const key = row.obligation.report.trim().toLowerCase();
    reports.set(key, [...(reports.get(key) ?? []), row]);
  }
  const printed: TrackerRow[] = [];
  for (const mine of reports.values()) {
    const reviewed = mine.filter((row) => monthIndex(reviewedInOf(row)) === monthIndex(paperMonth));
    if (reviewed.length) {
      printed.push(...reviewed.map((row) => ({ ...row, dueThisMonth: true })));
      continue;
    }
    const before = mine.filter(
      (row) => row.period.frequency === "quarterly" && later(paperMonth, reviewedInOf(row)),
    );
    const last = before.reduce<TrackerRow | null>(
      (a, row) => (a === null || !later(a.period, row.period) ? row : a),
      null,
    );
    // A report no longer owed (its last period reviewed) is not printed again.
    if (last && owes(last.obligation, addMonths(last.period, 3)))
      printed.push({ ...last, dueThisMonth: false });
  }
  return printed;
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
  if (lastMonth === null) throw new Error("nextMonthRows: no row to take the month from; give the month.");
  return newMonthRows(obligations, addMonths(lastMonth, 1), existing);
}
