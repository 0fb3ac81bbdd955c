// Text written to a cell as Excel reads it: a number, a date or time serial, a boolean, or text.
// Excel converts a string written through Range.values or Range.formulas as if it were typed; the
// API reads it in en-US conventions whatever the host's locale (office-js #1559), while typing and
// Range.formulasLocal follow the host's locale. A date gets a date number format if the cell was General.
// Deliberately independent of src/domain/dates.ts: the judge must not share the code it judges.

export type HostLocale = "en-GB" | "en-US";

export interface ParsedEntry {
  value: number | boolean;
  /** The number format Excel gives a General cell for this entry, if any. */
  format?: string;
  /** A date or time: Excel gives it a date format unless the cell already has a date or time format. */
  isDate?: boolean;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** A month's number (1–12) from its name or three-letter (or "Sept") abbreviation. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  const i = MONTHS.findIndex(
    (m) => m === w || (w.length <= 4 && m.startsWith(w) && (w.length === 3 || w === "sept")),
  );
  return i < 0 ? null : i + 1;
}

const daysIn = (year: number, month: number) =>
  month === 2 && year === 1900 ? 29 : new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Excel's default cut-off). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Excel's 1900 date system, including its fictitious 29 February 1900 (serial 60). */
export function serialOf(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return null;
  if (year === 1900 && month === 2 && day === 29) return 60;
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 31)) / 86400000;
  return year === 1900 && month <= 2 ? days : days + 1;
}

/** The calendar date of a serial's day, for rendering (serial 60 is 29 February 1900). */
export function dateOfSerial(serial: number): { year: number; month: number; day: number; weekday: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29, weekday: 3 };
  const ms = Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * 86400000;
  const d = new Date(ms);
  // Excel counts 1 January 1900 as a Sunday (it was a Monday): before March 1900 its weekdays are a day out.
  const weekday = whole < 60 ? (whole + 6) % 7 : d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday };
}

function parseNumber(text: string, locale: HostLocale): ParsedEntry | null {
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1]!.trim();
    negative = true;
  }
  const sign = /^([-+])\s*/.exec(s);
  if (sign) {
    negative = negative !== (sign[1] === "-");
    s = s.slice(sign[0].length);
  }
  const symbol = locale === "en-GB" ? "£" : "$";
  let currency = false;
  if (s.startsWith(symbol)) {
    currency = true;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m || !/\d/.test(m[1]! + (m[2] ?? ""))) return null;
  const grouped = m[1]!.includes(",");
  const decimals = (m[2] ?? "").length;
  const exponent = m[3] !== undefined;
  if (exponent && (grouped || currency || percent)) return null;
  let value = Number(
    `${m[1]!.replace(/,/g, "")}.${m[2] ?? ""}${exponent ? `e${m[3]}` : ""}`.replace(/^\./, "0."),
  );
  if (percent) value /= 100;
  if (negative) value = -value;
  const places = decimals ? ".00" : ""; // Excel shows two places for any typed decimals
  if (currency) return { value, format: `${symbol}#,##0${places}` };
  if (percent) return { value, format: `0${places}%` };
  if (exponent) return { value, format: "0.00E+00" };
  if (grouped) return { value, format: `#,##0${places}` };
  return { value };
}

function parseTime(text: string): { fraction: number; format: string } | null {
  const m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?\s*([ap]m?)?$/i.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds >= 60) return null;
  const ampm = m[4]?.toLowerCase();
  if (ampm) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (ampm.startsWith("p") ? 12 : 0);
  } else if (hours > 23) return null;
  const format = `h:mm${m[3] === undefined ? "" : ":ss"}${ampm ? " AM/PM" : ""}`;
  return { fraction: (hours * 3600 + minutes * 60 + seconds) / 86400, format };
}

interface DateEntry {
  serial: number;
  format: string;
}

function dateEntry(year: number, month: number, day: number, format: string): DateEntry | null {
  const serial = serialOf(year, month, day);
  return serial === null ? null : { serial, format };
}

function parseDate(text: string, locale: HostLocale, today: Date): DateEntry | null {
  const thisYear = today.getFullYear();
  const s = text.replace(/\s+/g, " ").trim();
  // 2017-07-14, 2017/7/14: year first is read the same in every locale.
  let m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return dateEntry(Number(m[1]), Number(m[3]), Number(m[4]), "m/d/yyyy");
  // 14/07/2017 (en-GB) or 07/14/2017 (en-US); the two-part 14/07 is this year.
  m = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{1,4}))?$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [day, month] = locale === "en-GB" ? [a, b] : [b, a];
    if (m[4] !== undefined) return dateEntry(fullYear(m[4]), month, day, "m/d/yyyy");
    const asDay = dateEntry(thisYear, month, day, "d-mmm");
    if (asDay) return asDay;
    // 7/2017 or 7/45: a month and a year.
    if (a >= 1 && a <= 12 && (m[3]!.length === 4 || b > 31))
      return dateEntry(fullYear(m[3]!), a, 1, "mmm-yy");
    return null;
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return dateEntry(Number(m[2]), Number(m[1]), 1, "mmm-yy");
  // 14 July 2017, 14-Jul-17, 14 Jul, 14/Jul/2017
  m = /^(\d{1,2})[ \-/]([a-z]+)\.?(?:[ \-/,]+(\d{2}|\d{4}))?$/i.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month === null) return null;
    if (m[3] === undefined) return dateEntry(thisYear, month, Number(m[1]), "d-mmm");
    return dateEntry(fullYear(m[3]), month, Number(m[1]), "d-mmm-yy");
  }
  // July 14, 2017; Jul 14 2017; Jul-14; July 2017; Jul-17 (the 17th of July this year, as Excel reads it)
  m = /^([a-z]+)\.?[ \-/](\d{1,4})(?:,? (\d{2}|\d{4}))?$/i.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month === null) return null;
    const n = m[2]!;
    if (m[3] !== undefined)
      return n.length > 2 ? null : dateEntry(fullYear(m[3]), month, Number(n), "d-mmm-yy");
    if (n.length <= 2) {
      const asDay = dateEntry(thisYear, month, Number(n), "d-mmm");
      if (asDay) return asDay;
    }
    if (n.length === 3) return null;
    return dateEntry(fullYear(n), month, 1, "mmm-yy");
  }
  return null;
}

/**
 * What Excel stores for a string entered into a cell that is not formatted as Text: a number or date
 * serial (with the format a General cell takes), a boolean, or null when it stays text.
 */
export function parseEntry(text: string, locale: HostLocale, today: Date = new Date()): ParsedEntry | null {
  const s = text.trim();
  if (!s) return null;
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  const number = parseNumber(s, locale);
  if (number) return number;
  const time = parseTime(s);
  if (time) return { value: time.fraction, format: time.format, isDate: true };
  const date = parseDate(s, locale, today);
  if (date) return { value: date.serial, format: date.format, isDate: true };
  // A date and a time: 14/07/2017 10:30
  const split = /^(.*\S)\s+(\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?(?:\s*[ap]m?)?)$/i.exec(s);
  if (split) {
    const d = parseDate(split[1]!, locale, today);
    const t = parseTime(split[2]!);
    if (d && t)
      return {
        value: d.serial + t.fraction,
        format: t.format.includes("AM/PM") ? `m/d/yyyy ${t.format}` : "m/d/yyyy h:mm",
        isDate: true,
      };
  }
  return null;
}
