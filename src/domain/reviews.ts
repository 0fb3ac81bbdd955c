// Reviews (issue 14 item 3): each live risk is reviewed at the cadence its band sets (Settings:
// reviewCadence, months per band). Its Next Review column is the formula EDATE(Last Reviewed, months);
// this works out the same date from the cells, and which live risks are overdue on a given day.
//
// The rules, decided here and documented in the README's Check section:
// - A risk is overdue when the day its review was due is before today (due today is not overdue).
// - The due day is what the register shows in Next Review where that is a date (formula or typed: the
//   sheet is what the Panel reads); else Last Reviewed plus the band's cadence, as the formula gives.
// - A risk never reviewed (Last Reviewed blank) is due one cadence after it was raised (Date Raised):
//   a risk raised in March with a monthly cadence was due for its first review in April. With neither
//   date there is nothing to measure from, and it is not reported.
// - A band without a cadence (or a risk without a band) has no review due. Closed risks and those that
//   became issues are not reviewed.
// Dates are calendar days (Excel serials of the 1900 system): no time zone can move a due date.
import { asText } from "./cellText";
import { isLiveStatus } from "./columns";
import {
  dateFromSerial,
  formatPaperDate,
  readRegisterDate,
  serialFromDate,
  type CalendarDate,
  type DateOrder,
} from "./dates";
import type { RegisterRecord } from "./records";
import { viewRegister, type CellValue, type RegisterSnapshot } from "./register";
import { KINDS } from "./registerKinds";
import { recordsOf } from "./records";
import type { Settings } from "./settings";

/** The months between reviews for a band (Excel's "=" ignores case, as the formula's test does), or null. */
export function cadenceMonths(band: CellValue | undefined, settings: Settings): number | null {
  if (typeof band !== "string" || band.trim() === "") return null;
  const hit = settings.bands.find((b) => b.name.toUpperCase() === band.toUpperCase());
  return hit ? (settings.reviewCadence[hit.name] ?? null) : null;
}

/**
 * EDATE(serial, months) as Excel computes it: the same day `months` months on, or the month's last day
 * where that day does not exist (31 January + 1 month = 28 or 29 February).
 */
export function edate(serial: number, months: number): number {
  const d = dateFromSerial(serial);
  const m = d.month - 1 + Math.trunc(months);
  const year = d.year + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return serialFromDate({ year, month, day: Math.min(d.day, last) });
}

/** What the Next Review formula gives for a row: a serial, or null where it shows blank. */
export function nextReviewGives(
  lastReviewed: CellValue | undefined,
  band: CellValue | undefined,
  settings: Settings,
): number | null {
  if (typeof lastReviewed !== "number") return null;
  const months = cadenceMonths(band, settings);
  return months === null ? null : edate(lastReviewed, months);
}

/** A day-precision serial of a register date cell (a month-only date counts as the month's last day). */
function serialOf(value: CellValue | undefined, order: DateOrder): number | null {
  const d = readRegisterDate(value, order);
  if (!d) return null;
  if (d.precision === "day") return serialFromDate(d.date);
  const last = new Date(Date.UTC(d.date.year, d.date.month, 0)).getUTCDate();
  return serialFromDate({ ...d.date, day: last });
}

export interface OverdueReview {
  registerId: string;
  registerName: string;
  /** The risk's number as written ("4", "OPSG-008"). */
  id: string;
  /** 0-based data row and sheet row. */
  index: number;
  sheetRow: number;
  /** The owner as written, trimmed; "" when none is recorded. */
  owner: string;
  /** The day the review was due (serial and calendar date). */
  dueSerial: number;
  due: CalendarDate;
  /** Whole days from the due day to today (at least 1). */
  daysOverdue: number;
  /** Never reviewed: due one cadence after the risk was raised. */
  neverReviewed: boolean;
}

/** The day a live risk's review is due, and whether it was ever reviewed; null when none can be known. */
export function reviewDue(
  cells: Partial<Record<string, CellValue>>,
  settings: Settings,
  order: DateOrder = "dmy",
): { dueSerial: number; neverReviewed: boolean } | null {
  if (!isLiveStatus(cells.status)) return null;
  const months = cadenceMonths(cells.band, settings);
  if (months === null) return null;
  const shown = cells.nextReview;
  if (typeof shown === "number" && shown >= 1) return { dueSerial: Math.floor(shown), neverReviewed: false };
  const last = serialOf(cells.lastReviewed, order);
  if (last !== null) return { dueSerial: edate(last, months), neverReviewed: false };
  if (asText(cells.lastReviewed).trim() !== "") return null; // text that is not a date: Check says so elsewhere
  const raised = serialOf(cells.dateRaised, order);
  return raised === null ? null : { dueSerial: edate(raised, months), neverReviewed: true };
}

/**
 * The live risks of one register whose review is overdue on `today`, in register order. Registers of a
 * kind that is not reviewed (issues, actions) give none.
 */
export function overdueReviews(
  records: readonly RegisterRecord[],
  settings: Settings,
  today: CalendarDate,
  register: { id: string; name: string; kind?: keyof typeof KINDS } = { id: "", name: "" },
  order: DateOrder = "dmy",
): OverdueReview[] {
  if (register.kind && !KINDS[register.kind].reviewed) return [];
  const now = serialFromDate(today);
  const out: OverdueReview[] = [];
  for (const rec of records) {
    const due = reviewDue(rec.cells, settings, order);
    if (!due || due.dueSerial >= now) continue;
    out.push({
      registerId: register.id,
      registerName: register.name,
      id: asText(rec.id).trim() || `row ${rec.sheetRow + 1}`,
      index: rec.index,
      sheetRow: rec.sheetRow,
      owner: asText(rec.cells.owner).replace(/\s+/g, " ").trim(),
      dueSerial: due.dueSerial,
      due: dateFromSerial(due.dueSerial),
      daysOverdue: now - due.dueSerial,
      neverReviewed: due.neverReviewed,
    });
  }
  return out;
}

/** Every reviewed register's overdue reviews (the cover note's and the pane's list), register by register. */
export function overdueReviewsOf(
  snapshots: readonly RegisterSnapshot[],
  settings: Settings,
  today: CalendarDate,
  order: DateOrder = "dmy",
): OverdueReview[] {
  return snapshots.flatMap((s) =>
    KINDS[s.def.kind].reviewed
      ? overdueReviews(
          recordsOf(s),
          settings,
          today,
          { id: s.def.id, name: s.def.name, kind: s.def.kind },
          order,
        )
      : [],
  );
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "1 day", "10 days", "3 weeks", "4 months", "2 years": how long a review is overdue, rounded down. */
export function overdueFor(days: number, due: CalendarDate, today: CalendarDate): string {
  if (days < 14) return plural(days, "day");
  if (days < 61) return plural(Math.floor(days / 7), "week");
  let months = (today.year - due.year) * 12 + (today.month - due.month);
  if (edate(serialFromDate(due), months) > serialFromDate(today)) months--;
  return months < 24 ? plural(months, "month") : plural(Math.floor(months / 12), "year");
}

/** "Risk 4 (owner SECAS) was due for review on 14 July 2026: 3 weeks overdue." */
export function overdueSentence(o: OverdueReview, today: CalendarDate, entry = "Risk"): string {
  const who = o.owner ? `owner ${o.owner}` : "no owner recorded";
  const how = overdueFor(o.daysOverdue, o.due, today);
  return o.neverReviewed
    ? `${entry} ${o.id} (${who}) has not been reviewed since it was raised; its first review was due on ${formatPaperDate(o.due)}: ${how} overdue.`
    : `${entry} ${o.id} (${who}) was due for review on ${formatPaperDate(o.due)}: ${how} overdue.`;
}

/** One register's rows that Publish marks reviewed: runs of adjacent sheet rows in its Last Reviewed column. */
export interface ReviewStamp {
  registerId: string;
  registerName: string;
  /** "Risk", "Issue": how one entry is named. */
  entry: string;
  sheet: string;
  /** The Last Reviewed column's sheet column (0-based). */
  column: number;
  /** 0-based sheet rows, first and last of each run, top to bottom. */
  runs: Array<{ top: number; bottom: number }>;
  /** How many rows the runs hold. */
  count: number;
}

/**
 * What Publish marks reviewed (issue 14 item 3): in each register that has a Last Reviewed column, every
 * live entry the baseline records (one with a number; closed entries and risks that became issues are
 * not reviewed), as runs of adjacent rows so that the writes are a few ranges, not one per row.
 */
export function reviewStamps(snapshots: readonly RegisterSnapshot[]): ReviewStamp[] {
  const out: ReviewStamp[] = [];
  for (const s of snapshots) {
    const view = viewRegister(s);
    const col = view.mapping.columns.lastReviewed;
    if (col === undefined) continue;
    const runs: Array<{ top: number; bottom: number }> = [];
    let count = 0;
    for (const rec of recordsOf(s)) {
      if (!rec.key || !isLiveStatus(rec.cells.status)) continue;
      const last = runs[runs.length - 1];
      if (last && last.bottom === rec.sheetRow - 1) last.bottom = rec.sheetRow;
      else runs.push({ top: rec.sheetRow, bottom: rec.sheetRow });
      count++;
    }
    if (count)
      out.push({
        registerId: s.def.id,
        registerName: s.def.name,
        entry: KINDS[s.def.kind].entry,
        sheet: s.sheet,
        column: s.left + col,
        runs,
        count,
      });
  }
  return out;
}

/** "31 risks and 3 issues marked reviewed on 22 November 2026." (empty when none was). */
export function stampSentence(stamps: readonly ReviewStamp[], day: CalendarDate): string {
  const byEntry = new Map<string, number>();
  for (const s of stamps) byEntry.set(s.entry, (byEntry.get(s.entry) ?? 0) + s.count);
  const parts = [...byEntry].map(([entry, n]) => plural(n, entry.toLowerCase()));
  if (!parts.length) return "";
  const list =
    parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]!}`;
  return `${list} marked reviewed on ${formatPaperDate(day)}.`;
}
