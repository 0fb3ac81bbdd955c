// Register dates: Excel date serials (the 1900 date system) and the text dates that pasted registers
// hold ("14 July 2017", "14/07/2017", "Jan-19"), read without time-zone drift and printed as the seed
// paper prints them ("14 July 2017"). Serial arithmetic is done on UTC calendar days only, so the
// host's time zone can never move a date by a day.
import type { CellValue } from "./register";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Which comes first in a numeric date such as 03/07/2017: day (en-GB) or month (en-US). */
export type DateOrder = "dmy" | "mdy";

/** A date read from a register cell; a month-only entry ("Jan-19", "January 2019") has precision month. */
export interface RegisterDate {
  date: CalendarDate;
  precision: "day" | "month";
}

/** The number format the add-in gives the date cells it writes: shows 42930 as "14 July 2017". */
export const DATE_FORMAT = "d mmmm yyyy";
/** For a month-only date: "January 2019". */
export const MONTH_FORMAT = "mmmm yyyy";

/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const DAY_MS = 86400000;
/** 30 December 1899, serial 0 for every date from 1 March 1900. */
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel's last date, 31 December 9999. */
const LAST_SERIAL = 2958465;

function isValid(d: CalendarDate): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  if (d.year < 1900 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

/** The serial of a calendar date. Excel counts a 29 February 1900 that never was: dates before it are one less. */
export function serialFromDate(d: CalendarDate): number {
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - EPOCH) / DAY_MS);
  return days <= 60 ? days - 1 : days;
}

/** The calendar day of a serial (its time of day ignored); serial 60, Excel's 29 February 1900, reads as 28 February. */
export function dateFromSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  const d = new Date(EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS); // 60 and 59 are both 28 February
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar date the person at this computer calls today (their local day, as Excel's TODAY() is). */
export function localDateOf(instant: Date): CalendarDate {
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate() };
}

/** "14 July 2017", as the seed paper prints a date. */
export function formatPaperDate(d: CalendarDate): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex(
    (m) => m.toLowerCase() === w || (m.toLowerCase().startsWith(w) && (w.length === 3 || w === "sept")),
  );
  return i < 0 ? null : i + 1;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function yearOf(text: string): number {
  const n = Number(text);
  return text.length > 2 ? n : n < 30 ? 2000 + n : 1900 + n;
}

const day = (year: number, month: number, d: number): RegisterDate | null => {
  const date = { year, month, day: d };
  return isValid(date) ? { date, precision: "day" } : null;
};

/**
 * A register's text date, in any of the forms the papers and typists use. In a numeric date the
 * `order` decides which of two numbers up to 12 is the day; a number over 12 decides it by itself.
 * A month and a short number ("Jan-19") is a month and year, as registers mean it.
 */
export function parseRegisterDate(text: string, order: DateOrder = "dmy"): RegisterDate | null {
  const s = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), yearOf(m[3]!)];
    const dayFirst = a > 12 ? true : b > 12 ? false : order === "dmy";
    return dayFirst ? day(y, b, a) : day(y, a, b);
  }
  m = /^(\d{1,2})[ -/]([a-z]+\.?)[ -/,]+(\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? day(yearOf(m[3]!), month, Number(m[1])) : null;
  }
  m = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? day(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^([a-z]+\.?)[ -/](\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? { date: { year: yearOf(m[2]!), month, day: 1 }, precision: "month" } : null;
  }
  return null;
}

/** A register cell's date: a serial (what Excel stores) or text in one of the papers' forms. */
export function readRegisterDate(
  value: CellValue | undefined,
  order: DateOrder = "dmy",
): RegisterDate | null {
  if (typeof value === "number")
    return value >= 1 && value <= LAST_SERIAL ? { date: dateFromSerial(value), precision: "day" } : null;
  if (typeof value === "string") return parseRegisterDate(value, order);
  return null;
}

/** How a register date prints: "14 July 2017", "January 2019"; text that is not a date is printed as it is. */
export function displayDate(value: CellValue | undefined, order: DateOrder = "dmy"): string {
  if (value === null || value === undefined) return "";
  const d = readRegisterDate(value, order);
  if (!d) return String(value);
  return d.precision === "month"
    ? `${MONTH_NAMES[d.date.month - 1]} ${d.date.year}`
    : formatPaperDate(d.date);
}

/** The cell a date is written as: its serial and the number format that shows it as the paper does. */
export function dateCell(d: RegisterDate): { serial: number; numberFormat: string } {
  return {
    serial: serialFromDate(d.date),
    numberFormat: d.precision === "month" ? MONTH_FORMAT : DATE_FORMAT,
  };
}

/**
 * The day order of the host's short-date pattern (cultureInfo.datetimeFormat.shortDatePattern), whose
 * letters may be localised ("dd/mm/yyyy", "m/d/yyyy", "jj/mm/aaaa", "M/T/JJ"): month first when the
 * month letter comes before the day's.
 */
export function dateOrderFromPattern(pattern: string): DateOrder {
  const month = pattern.search(/m/i);
  const dayAt = pattern.search(/[dtj]/i);
  return month >= 0 && (dayAt < 0 || month < dayAt) ? "mdy" : "dmy";
}
