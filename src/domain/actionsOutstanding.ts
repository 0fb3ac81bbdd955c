// The action log's outstanding actions (issue 14 item 4): which are overdue on a given day (Check's
// action-overdue rule) and the "Actions outstanding" table the paper prints after its appendices.
//
// The rules, decided here:
// - An action is outstanding unless its status is Closed (a blank status is Open).
// - It is overdue when its due date is before the day (due today is not overdue). A due date written as
//   a month only ("October 2017") is due on the month's last day. Without a due date it is not overdue.
// - The paper prints the status as recorded, except that an outstanding action past its due date is
//   printed Overdue (the day is the paper's), and a blank status Open.
import { asText } from "./cellText";
import { dateFromSerial, displayDate, formatPaperDate, readRegisterDate, serialFromDate } from "./dates";
import type { CalendarDate, DateOrder } from "./dates";
import type { AppendixTable } from "./paper";
import { recordsOf, type RegisterRecord } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";
import { overdueFor } from "./reviews";

/** Whether an action's status closes it ("Closed", any case); blank and every other status leave it open. */
export function isClosedAction(status: CellValue | undefined): boolean {
  return asText(status).trim().toLowerCase() === "closed";
}

/** The serial of the day an action is due (a month-only date: the month's last day), or null. */
export function dueSerial(value: CellValue | undefined, order: DateOrder = "dmy"): number | null {
  const d = readRegisterDate(value, order);
  if (!d) return null;
  if (d.precision === "day") return serialFromDate(d.date);
  const last = new Date(Date.UTC(d.date.year, d.date.month, 0)).getUTCDate();
  return serialFromDate({ ...d.date, day: last });
}

export interface OverdueAction {
  /** The action's number as written ("SECP47/02"), or "row 5" without one. */
  id: string;
  /** 0-based data row. */
  index: number;
  /** The owner as written, on one line; "" when none is recorded. */
  owner: string;
  due: CalendarDate;
  daysOverdue: number;
}

const oneLine = (v: CellValue | undefined) => asText(v).replace(/\s+/g, " ").trim();

function overdueOf(rec: RegisterRecord, now: number, order: DateOrder): OverdueAction | null {
  if (isClosedAction(rec.cells.status)) return null;
  const due = dueSerial(rec.cells.dueDate, order);
  if (due === null || due >= now) return null;
  return {
    id: oneLine(rec.id) || `row ${rec.sheetRow + 1}`,
    index: rec.index,
    owner: oneLine(rec.cells.owner),
    due: dateFromSerial(due),
    daysOverdue: now - due,
  };
}

/** The outstanding actions of a log whose due date is before `today`, in register order. */
export function overdueActions(
  records: readonly RegisterRecord[],
  today: CalendarDate,
  order: DateOrder = "dmy",
): OverdueAction[] {
  const now = serialFromDate(today);
  return records.flatMap((r) => overdueOf(r, now, order) ?? []);
}

/** "Action SECP47/02 (SECAS) was due on 14 September 2017: 2 weeks overdue." */
export function overdueActionSentence(o: OverdueAction, today: CalendarDate): string {
  const who = o.owner || "no owner recorded";
  return `Action ${o.id} (${who}) was due on ${formatPaperDate(o.due)}: ${overdueFor(o.daysOverdue, o.due, today)} overdue.`;
}

export const ACTIONS_SHEET = "Actions outstanding";

/** The table's columns (no seed paper prints one; these are the action log's own, in its order). */
export const ACTIONS_HEADERS = ["Action No.", "Meeting", "Owner", "Action", "Due Date", "Status"];

/**
 * The "Actions outstanding" table: every action of the log that is not Closed, in the log's order, its
 * status as of `today` (the paper's day). The Action column is the table's text column (one line of
 * runs, nothing red or italic) and the Status column is its marked one, printed bold and centred as the
 * appendices' RAG, with no fill: an action has a status, not a RAG.
 */
export function actionsOutstandingTable(
  log: RegisterSnapshot,
  /** The paper's day; null: statuses as recorded. */
  today: CalendarDate | null,
  order: DateOrder = "dmy",
): AppendixTable {
  const now = today ? serialFromDate(today) : Number.NEGATIVE_INFINITY;
  const rows = recordsOf(log).filter((r) => !isClosedAction(r.cells.status));
  return {
    sheet: ACTIONS_SHEET,
    title: "Actions outstanding",
    intro: `The following table lists the actions from previous SEC Panel meetings that are not yet closed${today ? `, as at ${formatPaperDate(today)}` : ""}. An action past its due date is shown as Overdue.`,
    caption: "Table 4: SEC Panel Actions Outstanding",
    headers: [...ACTIONS_HEADERS],
    widths: [62, 56, 70, 330, 70, 60],
    mitigationCol: 3,
    ragCol: 5,
    rows: rows.map((r) => {
      const action = asText(r.cells.description).trim();
      const recorded = oneLine(r.cells.status);
      const status = overdueOf(r, now, order) ? "Overdue" : recorded || "Open";
      return {
        id: oneLine(r.id),
        values: [
          oneLine(r.id),
          oneLine(r.cells.meeting),
          oneLine(r.cells.owner),
          action,
          displayDate(r.cells.dueDate ?? null, order),
          status,
        ],
        bullets: action ? [{ text: action, isNew: false, planned: false }] : [],
        rag: null,
      };
    }),
  };
}
