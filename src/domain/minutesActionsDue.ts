// When an action is due, read from its own words ("…for discussion at the September 2017 meeting").
//
// The date rule (what `due` is for each kind of phrase):
// - a day ("by 31 August 2017", "by 31/08/2017", day first): that day;
// - "by the end of September 2017": the month's last day, 30 September 2017;
// - a month ("by September 2017", "in September 2017"): the month, precision "month" (shown "September 2017");
// - a named meeting ("at the September 2017 meeting", "the September 2017 Panel meeting"): the month of that
//   meeting, precision "month", because the minutes do not say the meeting's day. Without a year ("the
//   October meeting") it is the first such month after the meeting date, when the minutes say the meeting
//   date, and otherwise null;
// - "the next meeting", "a subsequent meeting", a weekday: the phrase is kept as dueText, due is null
//   (the minutes do not say when that is).
import type { CalendarDate, RegisterDate } from "./dates";

const MONTH_NAMES = [
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

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
/** A day number, with its ordinal as printed or as the PDF extraction mangled it ("18"", "9t"). */
const DAY = "\\d{1,2}(?:st|nd|rd|th|t|[\"”'’])?";
const YEAR = "(?:19|20)\\d{2}";
const WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";

const DAY_DATE = `${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|\\d{1,2}/\\d{1,2}/${YEAR}`;
const END_OF = `(?:the\\s+)?end\\s+of\\s+${MONTH}\\s+${YEAR}`;
const MEETING = `(?:the\\s+)?(?:${MONTH}(?:\\s+${YEAR})?|next|following|subsequent|forthcoming|future)\\s+(?:[A-Z][\\w-]*\\s+){0,3}meeting`;
const MONTH_YEAR = `${MONTH}\\s+${YEAR}`;
const WHEN = `(?:${END_OF}|${MEETING}|${DAY_DATE}|${MONTH_YEAR})`;
const LEAD =
  "(?:(?:for|to\\s+be)\\s+(?:discussion|consideration|decision|approval|review|agreement|noting|information|presentation)\\s+(?:at|by|in|on)" +
  "|(?:presented|considered|discussed|reported|brought|submitted|tabled|provided|circulated|returned|published|completed)(?:\\s+back)?\\s+(?:at|to|by|before|in|on)" +
  `|(?:back\\s+)?to(?=\\s+${MEETING})` +
  "|by|before|ahead\\s+of|prior\\s+to|in\\s+time\\s+for|no\\s+later\\s+than|at|in|during|for|until|on)";

const DUE = new RegExp(`\\b${LEAD}\\s+(${WHEN})(?![\\w/])`, "gi");

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayDate(year: number, month: number, day: number): RegisterDate | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return { date: { year, month, day }, precision: "day" };
}

/** The date a day phrase names ("31t August 2017", "Friday 1 September 2017", "August 31, 2017", "31/08/2017"). */
export function readDayDate(text: string): RegisterDate | null {
  const s = text.replace(/^\w+day,?\s+/i, "").trim();
  let m = new RegExp(`^(\\d{1,2})\\D*?\\s+(${MONTH}),?\\s+(${YEAR})$`, "i").exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? dayDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = new RegExp(`^(${MONTH})\\s+(\\d{1,2})\\D*?,?\\s+(${YEAR})$`, "i").exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? dayDate(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return m ? dayDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** The date a due phrase's "when" part names, by the rule above; null when it does not name one. */
function dueOf(when: string, meetingDate: CalendarDate | null): RegisterDate | null {
  const s = when.replace(/\s+/g, " ").trim();
  let m = new RegExp(`^(?:the )?end of (${MONTH}) (${YEAR})$`, "i").exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    const year = Number(m[2]);
    return month ? dayDate(year, month, lastDay(year, month)) : null;
  }
  m = new RegExp(`^(?:the )?(${MONTH})(?: (${YEAR}))? .*meeting$`, "i").exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (!month) return null;
    if (m[2]) return { date: { year: Number(m[2]), month, day: 1 }, precision: "month" };
    if (!meetingDate) return null;
    const year = month > meetingDate.month ? meetingDate.year : meetingDate.year + 1;
    return { date: { year, month, day: 1 }, precision: "month" };
  }
  if (/meeting$/i.test(s)) return null;
  m = new RegExp(`^(${MONTH}) (${YEAR})$`, "i").exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? { date: { year: Number(m[2]), month, day: 1 }, precision: "month" } : null;
  }
  return readDayDate(s);
}

/** An action's due phrase and the date it names. */
export interface DueReading {
  /** The phrase as the action says it: "for discussion at the September 2017 meeting"; null when none. */
  dueText: string | null;
  /** The date by the rule at the top of this file; null when the phrase names none, or there is no phrase. */
  due: RegisterDate | null;
}

/**
 * Reads when an action is due from its text. The last due phrase is taken (a deadline closes an action's
 * sentence: "…dates for 2018, for discussion at the September 2017 meeting"); a year alone ("for 2018") is
 * not a due phrase.
 */
export function readDue(text: string, meetingDate: CalendarDate | null = null): DueReading {
  let last: RegExpExecArray | null = null;
  DUE.lastIndex = 0;
  for (let m = DUE.exec(text); m; m = DUE.exec(text)) last = m;
  if (!last) return { dueText: null, due: null };
  return { dueText: last[0].replace(/\s+/g, " "), due: dueOf(last[1]!, meetingDate) };
}
