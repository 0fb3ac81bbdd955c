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

export interface Holiday {
  day: Day;
  name: string;
}

export const nextMonth = (m: { year: number; month: number }) =>
  m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 };
export const monthBefore = (m: { year: number; month: number }) =>
  m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
export const monthIndex = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;

const calendar = (holidays: readonly Day[]) => holidayCalendar(holidays.map(isoDay));

/**
 * The obligation in a "Delivery per SEC" text: the SEC reference, the frequency and the due rule, or
 * why it cannot be read (src/domain/reporting/dueRule.ts).
 */
export function parseDelivery(
  text: string,
): { frequency: Frequency | null; rule: DueRule; secReference: string } | { error: string } {
  const parsed = parseDueRule(text);
  return parsed.ok
    ? { frequency: parsed.frequency, rule: parsed.rule, secReference: parsed.secReference }
    : { error: parsed.error };
}

/** The day a report for the period is due, or null when the SEC gives no timing. */
export function dueOf(period: Period, rule: DueRule, holidays: readonly Day[]): Day | null {
  return dueDate(period, rule, calendar(holidays));
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
 * The period a row of the tracker's month covers: the month, or for a quarterly report the quarter (due
 * in its last month only). The sheet keeps one row per report and Period, with no paper month or review
 * lag column, so src/domain/reporting/newMonth.ts (paper month, reviewLag) is not used yet: a quarterly
 * report gets a row every month, to review only in its quarter's last month.
 */
export function periodOfMonth(frequency: Frequency, month: { year: number; month: number }) {
  if (frequency === "monthly") return { period: { frequency, ...month }, dueThisMonth: true };
  const due = month.month % 3 === 0;
  let m = month;
  while (m.month % 3 !== 0) m = monthBefore(m);
  return { period: { frequency, ...m }, dueThisMonth: due };
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
