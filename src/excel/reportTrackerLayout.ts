// The DCC reporting tracker's layout (issue 15): its sheet, its table's columns, the bank holidays'
// table, and how a tracker row becomes cells and back. No Office calls here: src/excel/reportTracker.ts
// queues the writes. Text columns are Text-formatted before anything is written, so "25" or "1/2" typed
// as an observation stays text; dates are serials with the paper's formats.
import { dateFromSerial, DATE_FORMAT, MONTH_FORMAT, serialFromDate } from "../domain/dates";
import { asText, isBlank } from "../domain/cellText";
import type { CellValue } from "../domain/register";
import type { Day, Frequency } from "../domain/reporting/types";

export const TRACKER_SHEET = "DCC Reporting";
export const TRACKER_TABLE = "DccReporting";
export const HOLIDAYS_SHEET = "Bank Holidays";
export const HOLIDAYS_TABLE = "BankHolidays";
export const REPORT_TABLE_SHEET = "DCC Reporting Table";

export type TrackerColumnKey =
  | "report"
  | "period"
  | "reviewedIn"
  | "frequency"
  | "delivery"
  | "due"
  | "received"
  | "status"
  | "deliveryNote"
  | "contentReference"
  | "content"
  | "observations"
  | "actions"
  | "printedPeriod";

export interface TrackerColumn {
  key: TrackerColumnKey;
  header: string;
  /** How the column's cells are formatted: text, a day, or a month. */
  type: "text" | "day" | "month";
  /** The column's width on the sheet, in points. */
  width: number;
}

/** The tracker's columns, in order (A to N). */
export const TRACKER_COLUMNS: readonly TrackerColumn[] = [
  { key: "report", header: "Report", type: "text", width: 170 },
  { key: "period", header: "Period", type: "month", width: 80 },
  // The Ops Group month whose paper reviews the row (src/domain/reporting/newMonth.ts).
  { key: "reviewedIn", header: "Reviewed In", type: "month", width: 80 },
  { key: "frequency", header: "Frequency", type: "text", width: 70 },
  { key: "delivery", header: "Delivery per SEC", type: "text", width: 190 },
  { key: "due", header: "Due", type: "day", width: 90 },
  { key: "received", header: "Received", type: "day", width: 90 },
  { key: "status", header: "Status", type: "text", width: 150 },
  { key: "deliveryNote", header: "Delivery Note", type: "text", width: 150 },
  { key: "contentReference", header: "Content Reference", type: "text", width: 90 },
  { key: "content", header: "Content", type: "text", width: 200 },
  { key: "observations", header: "Observations", type: "text", width: 260 },
  { key: "actions", header: "Actions", type: "text", width: 90 },
  // What the table prints after the report's name instead of its month ("– August 2018 (re-issued)").
  { key: "printedPeriod", header: "Printed Period", type: "text", width: 150 },
];

export const TRACKER_HEADERS: readonly string[] = TRACKER_COLUMNS.map((c) => c.header);
export const HOLIDAY_HEADERS: readonly string[] = ["Date", "Name"];

/** The number format a column's cells get before they are written. */
export function columnFormat(column: TrackerColumn): string {
  return column.type === "text" ? "@" : column.type === "day" ? DATE_FORMAT : MONTH_FORMAT;
}

export const FREQUENCY_WORDS: Record<Frequency, string> = { monthly: "Monthly", quarterly: "Quarterly" };

/** "Monthly" / "quarterly " / "Quarterly." as a frequency; anything else, null. */
export function frequencyOf(value: CellValue): Frequency | null {
  const w = asText(value).trim().toLowerCase().replace(/\.$/, "");
  return w === "monthly" ? "monthly" : w === "quarterly" ? "quarterly" : null;
}

/** A day as its serial. */
export const daySerial = (d: Day): number => serialFromDate(d);

/** A cell as a day: a serial, or text in ISO form (a date a co-author typed as text); else null. */
export function dayOf(value: CellValue): Day | null {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return dateFromSerial(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asText(value).trim());
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** A month, by its year and number, as the tracker keeps it: the serial of its first day. */
export const monthSerial = (year: number, month: number): number => serialFromDate({ year, month, day: 1 });

/** The tracker row's cells, as read: every column by its key (blank when the column is missing). */
export type TrackerCells = Record<TrackerColumnKey, CellValue>;

/** Where each column is in a table's header row (by its header, case and spaces aside). */
export function columnPlaces(headers: readonly CellValue[]): Partial<Record<TrackerColumnKey, number>> {
  const norm = (v: CellValue) => asText(v).trim().replace(/\s+/g, " ").toLowerCase();
  const places: Partial<Record<TrackerColumnKey, number>> = {};
  for (const c of TRACKER_COLUMNS) {
    const i = headers.findIndex((h) => norm(h) === c.header.toLowerCase());
    if (i >= 0) places[c.key] = i;
  }
  return places;
}

/** A row of values by column key, from a table row and its column places. */
export function cellsOf(row: readonly CellValue[], places: Partial<Record<TrackerColumnKey, number>>) {
  const cells = {} as TrackerCells;
  for (const c of TRACKER_COLUMNS) {
    const i = places[c.key];
    cells[c.key] = i === undefined ? null : (row[i] ?? null);
  }
  return cells;
}

/** Whether a read row is blank in every column (a new table's first row). */
export const isBlankRow = (row: readonly CellValue[]) => row.every((v) => isBlank(v));
