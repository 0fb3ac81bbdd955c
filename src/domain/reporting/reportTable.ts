// The Sub-Committee Report's "2.1 DCC reporting" table (Report | Delivery per SEC | Content |
// Observations) rebuilt from the tracker's rows, as 001_00ee6edd6f4261a8.txt prints it: the report and
// its period; the status words above the obligation's "Delivery per SEC" words; the content reference
// then the group's content summary; the observations as recorded.
import { MONTH_NAMES } from "../dates";
import type { Period, ReportTableRow, TrackerRow } from "./types";

/** "August 2018": a month as the papers name it. */
export function monthName(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The period words printed after the report's name by default: a monthly report's month ("August
 * 2018"); nothing for a quarterly report (the papers print a quarterly report's name alone).
 */
export function defaultPeriodWords(row: TrackerRow): string {
  return row.period.frequency === "monthly" ? monthName(row.period.year, row.period.month) : "";
}

export interface ReportTableOptions {
  /** The words printed after the report's name ("July18", "– August 2018"); defaultPeriodWords if absent. */
  periodWords?: (row: TrackerRow) => string;
}

const join = (parts: readonly string[], separator: string) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(separator);

/** The period key of a row: "monthly 2018-08". */
export function periodKey(period: Period): string {
  return `${period.frequency} ${period.year}-${String(period.month).padStart(2, "0")}`;
}

/**
 * A Delivery Note of a dash alone ("-", "–", "—") prints no status line: 004 prints its SR report's
 * obligation with no status words above it, and a blank note means "print the computed status".
 */
export const NO_STATUS = /^[-–—]+$/;

/**
 * The table's rows, in tracker order. `statusOf` gives a row's computed status words (statusText of its
 * DeliveryStatus); a row's deliveryNote, a person's own words, is printed instead when it has one. An
 * empty status (or a note of a dash alone) leaves the obligation alone in the Delivery column. The
 * period words are the row's own (periodWords) or its month.
 */
export function reportTableRows(
  rows: readonly TrackerRow[],
  statusOf: (row: TrackerRow) => string,
  options: ReportTableOptions = {},
): ReportTableRow[] {
  const periodWords =
    options.periodWords ?? ((row: TrackerRow) => row.periodWords ?? defaultPeriodWords(row));
  return rows.map((row) => {
    const note = row.deliveryNote?.trim();
    const status = note !== undefined && note !== "" ? (NO_STATUS.test(note) ? "" : note) : statusOf(row);
    return {
      report: join([row.obligation.report, periodWords(row)], " "),
      delivery: join([status, row.obligation.deliveryText], "\n\n"),
      content: join([row.obligation.contentReference, row.content], "\n\n"),
      observations: row.observations,
    };
  });
}
