// The highlights' "late or overdue this month" list: one plain sentence for each report that arrived
// late or has not arrived though due, as a reader would write it ("The CSR Variance Report – August
// 2018 was received one Working Day late.", after 001_00ee6edd6f4261a8.txt's CSR Variance Report).
import { monthName } from "./reportTable";
import { countWords } from "./statusText";
import type { DeliveryStatus, TrackerRow } from "./types";

/** A tracker row with the status the tracker computed for it. */
export interface RowWithStatus {
  row: TrackerRow;
  status: DeliveryStatus;
}

/**
 * A report's short name: a spelled-out name followed by its initials in brackets becomes the initials
 * ("Certificate Signing Request (CSR) Variance Report" → "CSR Variance Report"); otherwise unchanged.
 */
export function shortReportName(report: string): string {
  const match = /^(.*?)\s*\(([A-Z]{2,})\)\s*(.*)$/.exec(report);
  if (match === null) return report;
  const [, before = "", initials = "", after = ""] = match;
  const words = before.split(/\s+/).filter((w) => w !== "");
  const spelled = words.slice(-initials.length);
  if (spelled.length !== initials.length || spelled.map((w) => w[0]).join("") !== initials) return report;
  return [...words.slice(0, -initials.length), initials, after].filter((w) => w !== "").join(" ");
}

const days = (n: number) => `${countWords(n)} Working Day${n === 1 ? "" : "s"}`;

/** "The CSR Variance Report – August 2018" (a quarterly report: "… for the quarter to June 2018"). */
function named(row: TrackerRow): string {
  const name = shortReportName(row.obligation.report);
  const month = monthName(row.period.year, row.period.month);
  return row.period.frequency === "monthly"
    ? `The ${name} – ${month}`
    : `The ${name} for the quarter to ${month}`;
}

/**
 * The sentence for one row, or null when it is neither late nor overdue. The dates decide; a Delivery
 * Note typed over the status is quoted after it, so a note that says otherwise ("Received on time." on
 * a row with no received date) is seen before the paper goes out.
 */
export function highlightSentence({ row, status }: RowWithStatus): string | null {
  const note = row.deliveryNote?.trim();
  const noted = (sentence: string) => (note ? `${sentence} (noted: “${note}”)` : `${sentence}.`);
  switch (status.kind) {
    case "late":
      return noted(`${named(row)} was received ${days(status.workingDays)} late`);
    case "overdue":
      return noted(`${named(row)} has not been received; it was due ${days(status.workingDays)} ago`);
    default:
      return null;
  }
}

/** The late or overdue reports of the month, in tracker order, overdue ones first. */
export function lateOrOverdueHighlights(rows: readonly RowWithStatus[]): string[] {
  const overdue = rows.filter((r) => r.status.kind === "overdue");
  const late = rows.filter((r) => r.status.kind === "late");
  return [...overdue, ...late].map(highlightSentence).filter((s): s is string => s !== null);
}
