// Reading the "Delivery per SEC" words the papers print ("SEC H13.4 – Monthly 25 working days following
// end of month.") into a frequency, a due rule and the SEC clause, and working out the due date. The
// papers' wording varies (en dash, em dash or hyphen; "10th" or "10"; "Working Day" or "working days"),
// so the reader is forgiving about form and strict about meaning: what it cannot read it says so.
import type { HolidayCalendar } from "./bankHolidays";
import type { Day, DueRule, Frequency, Period } from "./types";
import { nthWorkingDayAfter, periodEnd } from "./workingDays";

export type ParsedDueRule =
  | {
      ok: true;
      frequency: Frequency;
      rule: DueRule;
      secReference: string;
      /** "each quarter that ends prior to 1 January 2021": owed only for periods ending before this day. */
      endsBefore?: Day;
    }
  | { ok: false; error: string };

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);
// "prior to 1 January 2021", "before 01 January 2021": the last day a period of the obligation may end on.
const ENDS_BEFORE = new RegExp(
  `\\b(?:prior\\s+to|before)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join("|")})\\s+(\\d{4})\\b`,
  "i",
);

/** The day an obligation's periods must end before, when its words give one. */
function endsBeforeOf(text: string): Day | null {
  const m = ENDS_BEFORE.exec(text);
  if (!m) return null;
  return { year: Number(m[3]), month: MONTHS.indexOf(m[2]!.toLowerCase()) + 1, day: Number(m[1]) };
}

// "SEC H13.4", "SEC L8.9", "SEC F9.15", "SEC Appendix AG 2.5.10", "SEC Appendix AG".
const REFERENCE = /\bSEC\s+(?:(appendix)\s+([a-z]{1,3})\b(?:\s+(\d+(?:\.\d+)*))?|([a-z]{1,2}\d+(?:\.\d+)*))/i;

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const ORDINAL_UNITS =
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(
    " ",
  );
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
};

const unitValue = (w: string): number => {
  const i = UNITS.indexOf(w);
  return i >= 0 ? i : ORDINAL_UNITS.indexOf(w);
};

/** The count in the word(s) just before "working day": "25", "10th", "ten", "tenth", "twenty five". */
function countBefore(words: readonly string[], at: number): number | null {
  const last = words[at - 1] ?? "";
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(last);
  if (digits) return Number(digits[1]);
  const tens = TENS[last] ?? ORDINAL_TENS[last];
  if (tens !== undefined) return tens;
  const unit = unitValue(last);
  if (unit < 0) return null;
  const before = TENS[words[at - 2] ?? ""];
  return before !== undefined && unit > 0 && unit < 10 ? before + unit : unit;
}

const AFTER_END =
  /^(?:following|after|from)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|each\s+)?(?:month|quarter)|(?:month|quarter)\s+end)\b/;
const OF_MONTH = /^(?:of|in)\s+(?:the\s+|each\s+)?(?:following\s+|next\s+)?month\b/;
const NOT_SPECIFIED =
  /\bnot\s+(?:specified|prescribed?)\b|\bdoes\s+not\s+prescribe\b|\breasonable\s+period\b/;

const MOST_AFTER_END = 60;
const MOST_OF_MONTH = 23; // no month has more than 23 weekdays

function canonicalReference(m: RegExpExecArray): string {
  if (m[4] !== undefined) return `SEC ${m[4].toUpperCase()}`;
  return ["SEC Appendix", m[2]!.toUpperCase(), m[3]].filter(Boolean).join(" ");
}

function frequencyOf(words: readonly string[]): Frequency | "both" | null {
  if (words.includes("quarterly")) return words.includes("monthly") ? "both" : "quarterly";
  if (words.includes("monthly")) return "monthly";
  const quarter = words.some((w) => w === "quarter" || w === "quarters");
  const month = words.some((w) => w === "month" || w === "months");
  return quarter && month ? "both" : quarter ? "quarterly" : month ? "monthly" : null;
}

/** The frequency, due rule and SEC clause in a paper's "Delivery per SEC" words; an error says what was not understood. */
export function parseDueRule(deliveryText: string): ParsedDueRule {
  const parsed = parseRule(deliveryText);
  const endsBefore = parsed.ok ? endsBeforeOf(deliveryText) : null;
  return parsed.ok && endsBefore ? { ...parsed, endsBefore } : parsed;
}

function parseRule(deliveryText: string): ParsedDueRule {
  const quoted = `"${deliveryText.replace(/\s+/g, " ").trim()}"`; // errors quote the words as written
  const text = deliveryText
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  const ref = REFERENCE.exec(text);
  if (!ref) return { ok: false, error: `No SEC clause (such as "SEC H13.4") in ${quoted}.` };
  const rest = (text.slice(0, ref.index) + " " + text.slice(ref.index + ref[0].length)).toLowerCase();
  const words = rest.split(/[^a-z0-9]+/).filter(Boolean);

  const frequency = frequencyOf(words);
  if (frequency === null)
    return { ok: false, error: `No frequency ("Monthly" or "Quarterly") in ${quoted}.` };
  if (frequency === "both")
    return { ok: false, error: `Both monthly and quarterly in ${quoted}: which is it?` };
  const secReference = canonicalReference(ref);

  const at = words.findIndex((w, i) => w === "working" && /^days?$/.test(words[i + 1] ?? ""));
  if (at < 0) {
    if (NOT_SPECIFIED.test(words.join(" ")))
      return { ok: true, frequency, rule: { kind: "notSpecified" }, secReference };
    return {
      ok: false,
      error: `No timing in ${quoted}: expected "N working days following end of month", "Nth working day of month" or "timing not specified".`,
    };
  }
  const phrase = words.slice(Math.max(0, at - 1), at + 6).join(" ");
  const n = countBefore(words, at);
  if (n === null || n < 1)
    return { ok: false, error: `No count of working days before "working day" in ${quoted}.` };
  const after = words.slice(at + 2).join(" ");
  if (AFTER_END.test(after)) {
    if (n > MOST_AFTER_END)
      return {
        ok: false,
        error: `${n} working days is more than the ${MOST_AFTER_END} a due rule may give, in ${quoted}.`,
      };
    return { ok: true, frequency, rule: { kind: "workingDaysAfterPeriodEnd", days: n }, secReference };
  }
  if (OF_MONTH.test(after)) {
    if (n > MOST_OF_MONTH) return { ok: false, error: `No month has ${n} working days, in ${quoted}.` };
    return { ok: true, frequency, rule: { kind: "workingDayOfFollowingMonth", day: n }, secReference };
  }
  return {
    ok: false,
    error: `Could not tell what "${phrase}" counts from in ${quoted}: expected "following end of month" or "of month".`,
  };
}

/**
 * The day a report for a period is due, or null when the SEC does not say. "Nth working day of month"
 * is the nth working day after the period's last day, i.e. of the month after it: 10th working day
 * after July 2018's end counts from 1 August.
 */
export function dueDate(period: Period, rule: DueRule, holidays: HolidayCalendar): Day | null {
  switch (rule.kind) {
    case "notSpecified":
      return null;
    case "workingDaysAfterPeriodEnd":
      return nthWorkingDayAfter(periodEnd(period), rule.days, holidays);
    case "workingDayOfFollowingMonth":
      // Parsing caps the day at 23, so this stays in the following month whenever that month has enough
      // working days; if it has not, it runs on rather than failing.
      return nthWorkingDayAfter(periodEnd(period), rule.day, holidays);
  }
}
