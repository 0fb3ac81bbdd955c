// Whether a DCC report came on time: its due date from the SEC rule, against the day it arrived (or
// today, while it has not). statusText.ts turns the result into the paper's words.
import type { HolidayCalendar } from "./bankHolidays";
import { dueDate } from "./dueRule";
import type { Day, DeliveryStatus, Period, TrackerRow } from "./types";
import { compareDays, workingDaysBetween } from "./workingDays";

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/**
 * Working days a day is past the due date. A day after the due date but before the next working day
 * (a Saturday after a Friday deadline) still counts as one: the report missed its day.
 */
const daysPast = (due: Day, day: Day, holidays: HolidayCalendar): number =>
  Math.max(1, workingDaysBetween(due, day, holidays));

/** The status of one report for one period, as of today. */
export function deliveryStatus(
  row: Pick<TrackerRow, "obligation" | "period" | "received" | "dueThisMonth">,
  today: Day,
  holidays: HolidayCalendar,
): DeliveryStatus {
  if (!row.dueThisMonth) return { kind: "nothingThisMonth" };
  const due = dueDate(row.period, row.obligation.rule, holidays);
  if (due === null) return { kind: "timingNotSpecified", received: row.received !== null };
  if (row.received !== null) {
    return compareDays(row.received, due) <= 0
      ? { kind: "onTime" }
      : { kind: "late", workingDays: daysPast(due, row.received, holidays) };
  }
  // On the due day itself the report may still come: it is awaited until the day is over.
  return compareDays(today, due) > 0
    ? { kind: "overdue", workingDays: daysPast(due, today, holidays) }
    : { kind: "awaited" };
}

/** The period in the paper's words: "July 2018", "Quarter ending September 2018". */
export function periodLabel(period: Period): string {
  const month = `${MONTHS[period.month - 1] ?? `month ${period.month}`} ${period.year}`;
  return period.frequency === "quarterly" ? `Quarter ending ${month}` : month;
}
