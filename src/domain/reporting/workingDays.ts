// Working-day arithmetic for SEC due dates. A Working Day is Monday to Friday and not a bank holiday
// in England and Wales; the holidays come in as a HolidayCalendar (the workbook's editable list).
// Days are counted as whole UTC days, so the host's time zone can never shift a date.
import { dateFromSerial, serialFromDate } from "../dates";
import type { HolidayCalendar } from "./bankHolidays";
import type { Day, Period } from "./types";

const DAY_MS = 86400000;

/** Days since 1 January 1970: the one number all the arithmetic below is done on. */
export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / DAY_MS);
}

export function dayFromNumber(n: number): Day {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}

/** "2018-09-14": the form the holiday calendar holds. */
export function isoDay(day: Day): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

/** The day of an ISO date ("2018-09-14"); null when it is not one or names no real day (2018-02-30). */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = dayFromNumber(dayNumber(day));
  return back.month === day.month && back.day === day.day ? day : null;
}

/** 0 Sunday … 6 Saturday. */
export function weekday(day: Day): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1 January 1970 was a Thursday
}

export function isWorkingDay(day: Day, holidays: HolidayCalendar): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.has(isoDay(day));
}

function requireCount(n: number, least: number): void {
  if (!Number.isInteger(n) || n < least) throw new RangeError(`expected a whole number ≥ ${least}, got ${n}`);
}

/** The nth working day strictly after a day (n = 0: the day itself). n must be a whole number ≥ 0. */
export function nthWorkingDayAfter(day: Day, n: number, holidays: HolidayCalendar): Day {
  requireCount(n, 0);
  let current = dayNumber(day);
  for (let left = n; left > 0;) {
    current += 1;
    if (isWorkingDay(dayFromNumber(current), holidays)) left -= 1;
  }
  return dayFromNumber(current);
}

/** The same as nthWorkingDayAfter, named for adding a count of working days to a day. */
export const addWorkingDays = nthWorkingDayAfter;

/**
 * The nth working day of a month (n ≥ 1), or null when the month has fewer than n working days
 * (the answer would be in the next month, which no "nth working day of month" means).
 */
export function nthWorkingDayOfMonth(
  year: number,
  month: number,
  n: number,
  holidays: HolidayCalendar,
): Day | null {
  requireCount(n, 1);
  const result = nthWorkingDayAfter(addDays({ year, month, day: 1 }, -1), n, holidays);
  return result.month === month && result.year === year ? result : null;
}

/**
 * Working days after a up to and including b: from Friday 14 to Monday 17 September 2018 is 1. The same
 * day gives 0; b before a gives minus the count the other way round (working days after b up to and
 * including a), so the sign says which came first.
 */
export function workingDaysBetween(a: Day, b: Day, holidays: HolidayCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return 0 - workingDaysBetween(b, a, holidays); // 0 - 0 is 0, where -0 would not equal it
  // Counted, not walked: a report years overdue in a tracker of thousands of rows costs no more than one
  // a day late (the bench found the day-by-day walk grew with rows × days overdue).
  let count = weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
  for (const n of holidayNumbers(holidays)) if (n > from && n <= to) count -= 1;
  return count;
}

/** Weekdays among the day numbers below n, from day 0 (Thursday 1 January 1970) on; negative below it. */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  // Of the first r days of a week that starts on a Thursday: Thu, Fri are weekdays, Sat, Sun are not.
  const weekdaysInFirst = [0, 1, 2, 2, 2, 3, 4];
  return weeks * 5 + weekdaysInFirst[n - weeks * 7]!;
}

const holidayCache = new WeakMap<HolidayCalendar, number[]>();

/** The day numbers of a calendar's holidays that fall on a weekday (a weekend holiday takes no day). */
function holidayNumbers(holidays: HolidayCalendar): number[] {
  let numbers = holidayCache.get(holidays);
  if (!numbers) {
    numbers = [];
    for (const iso of holidays) {
      const day = dayFromIso(iso);
      if (day && isWorkingDay(day, new Set())) numbers.push(dayNumber(day));
    }
    holidayCache.set(holidays, numbers);
  }
  return numbers;
}

/** The last day of a month. */
export function monthEnd(year: number, month: number): Day {
  return dayFromNumber(dayNumber({ year, month: month + 1, day: 1 }) - 1);
}

/** The last day a period covers: its month's last day; for a quarter, the last day of its last month. */
export function periodEnd(period: Period): Day {
  return monthEnd(period.year, period.month);
}

/** The month a quarter containing this month ends in: 3, 6, 9 or 12. */
export function quarterEndMonth(month: number): number {
  return Math.ceil(month / 3) * 3;
}

/**
 * A Day's Excel serial (the 1900 date system: serial 1 is 1 January 1900). Excel counts a 29 February
 * 1900 that never was, so from 1 March 1900 (serial 61) serials are one more than the true day count;
 * the add-in's dates are all after that, where the two agree both ways.
 */
export function serialFromDay(day: Day): number {
  return serialFromDate(day);
}

/** The Day of an Excel serial, its time of day ignored (see serialFromDay for the 1900 quirk). */
export function dayFromSerial(serial: number): Day {
  return dateFromSerial(serial);
}
