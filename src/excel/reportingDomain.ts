// The DCC reporting tracker's domain, as src/excel/reportTracker.ts uses it: the one place that
// imports src/domain/reporting, so the Excel side sees a small, stable set of functions.
import type {
  DeliveryStatus,
  Day,
  DueRule,
  Frequency,
  Period,
  ReportTableRow,
  TrackerRow,
} from "../domain/reporting/types";
import { calendarCoversYear, DEFAULT_BANK_HOLIDAYS, holidayCalendar } from "../domain/reporting/bankHolidays";
import { deliveryStatus } from "../domain/reporting/deliveryStatus";
import { dueDate, parseDueRule } from "../domain/reporting/dueRule";
import { lateOrOverdueHighlights } from "../domain/reporting/highlights";
import { reportTableRows } from "../domain/reporting/reportTable";
import { statusText } from "../domain/reporting/statusText";
import { dayFromIso, isoDay } from "../domain/reporting/workingDays";

export { statusText };
import { addMonths } from "../domain/reporting/newMonth";

export {
  addMonths,
  catchUpRows,
  newMonthRows,
  obligationsOf,
  paperMonthOf,
  paperRows,
  reviewedInOf,
} from "../domain/reporting/newMonth";

export interface Holiday {
  day: Day;
  name: string;
}

export const monthIndex = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;

const calendar = (holidays: readonly Day[]) => holidayCalendar(holidays.map(isoDay));

/**
 * The obligation in a "Delivery per SEC" text: the SEC reference, the frequency and the due rule, or
 * why it cannot be read (src/domain/reporting/dueRule.ts).
 */
export function parseDelivery(
  text: string,
):
  { frequency: Frequency | null; rule: DueRule; secReference: string; endsBefore?: Day } | { error: string } {
  const parsed = parseDueRule(text);
  if (!parsed.ok) return { error: parsed.error };
  const { frequency, rule, secReference, endsBefore } = parsed;
  return { frequency, rule, secReference, ...(endsBefore ? { endsBefore } : {}) };
}

/** The day a report for the period is due, or null when the SEC gives no timing. */
export function dueOf(period: Period, rule: DueRule, holidays: readonly Day[]): Day | null {
  return dueDate(period, rule, calendar(holidays));
}

/**
 * The paper a report is reviewed in when the tracker's Reviewed In is blank: the month it is due in
 * (the PMR for July, due 5 September 2018, in September's), or the month after its period when the
 * SEC gives no timing.
 */
export function defaultReviewedIn(period: Period, rule: DueRule, holidays: readonly Day[]) {
  const due = dueOf(period, rule, holidays);
  return due ? { year: due.year, month: due.month } : addMonths(period, 1);
}

/** The delivery status of a row on a day. */
export function statusOf(row: TrackerRow, today: Day, holidays: readonly Day[]): DeliveryStatus {
  return deliveryStatus(row, today, calendar(holidays));
}

/** The years the holidays list none in (a calendar not yet extended), among those given. */
export function yearsWithoutHolidays(holidays: readonly Day[], years: Iterable<number>): number[] {
  const cal = calendar(holidays);
  return [...new Set(years)].filter((y) => !calendarCoversYear(cal, y)).sort((a, b) => a - b);
}

/**
 * The quarter a month falls in, named by its last month (a quarterly row's Period typed as August is
 * the quarter to September).
 */
export function quarterOf(month: { year: number; month: number }) {
  return { year: month.year, month: Math.ceil(month.month / 3) * 3 };
}

/**
 * The rows of the report's table, as the paper prints them (src/domain/reporting/reportTable.ts): the
 * report and its period, the status words (or the row's Delivery Note) above the obligation, the
 * content reference and summary, the observations. A quarterly report in a month it has nothing to
 * review is printed with "n/a" for its content, as the papers do.
 */
export function tableRows(
  rows: readonly TrackerRow[],
  today: Day,
  holidays: readonly Day[],
): ReportTableRow[] {
  return reportTableRows(rows, (row) =>
    statusText(statusOf(row, today, holidays), row.obligation.frequency),
  ).map((printed, i) =>
    rows[i]!.dueThisMonth || printed.content.trim() ? printed : { ...printed, content: "n/a" },
  );
}

/** The late and overdue reports of the rows, for the highlights (src/domain/reporting/highlights.ts). */
export function lateOrOverdue(rows: readonly TrackerRow[], today: Day, holidays: readonly Day[]): string[] {
  return lateOrOverdueHighlights(rows.map((row) => ({ row, status: statusOf(row, today, holidays) })));
}

/** England and Wales bank holidays the tracker starts with (src/domain/reporting/bankHolidays.ts), editable in its Bank Holidays sheet. */
export const DEFAULT_HOLIDAYS: readonly Holiday[] = DEFAULT_BANK_HOLIDAYS.flatMap((h) => {
  const day = dayFromIso(h.date);
  return day ? [{ day, name: h.name }] : [];
});
