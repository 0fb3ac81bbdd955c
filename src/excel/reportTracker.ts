// The DCC reporting tracker (issue 15): its own table on the "DCC Reporting" sheet, beside a "Bank
// Holidays" table the due dates are worked out with (shipped as data, and read back so a user's edit
// counts). Every command reads in one phase (2 syncs: the table names and settings, then both tables
// whole) and writes in one batch (src/excel/batches.ts), so its round trips do not grow with the tracker.
// The tracker is not a register kind: Check, adoption, escalation and the appendices know nothing of it.
import { rangeAddress } from "../domain/address";
import { asText, isBlank } from "../domain/cellText";
import { DATE_FORMAT, localDateOf, MONTH_NAMES, parseRegisterDate } from "../domain/dates";
import type { PaperLook } from "../domain/paperLook";
import { bodyHeights, printWidths } from "../domain/paperPrint";
import type { CellValue, RegisterSnapshot } from "../domain/register";
import type { Day, Frequency, ReportTableRow, TrackerRow } from "../domain/reporting/types";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import type { ExcelHost } from "./host";
import { AUDIT_TABLE } from "./layout";
import { queuePrintSetup } from "./paper";
import { queueGrid, queueHeaderRow, queueRowHeights, queueTypeface } from "./printLook";
import { queueDirectoryRead, readRegisters } from "./readRegisters";
import { actionLogDefinition } from "./actionLog";
import { queueAudit, queueLastAuditRow, recordsAction, type AuditEntry } from "./audit";
import { recordsOf } from "../domain/records";
import { shortReportName } from "../domain/reporting/highlights";
import {
  addMonths,
  DEFAULT_HOLIDAYS,
  defaultReviewedIn,
  dueOf,
  lateOrOverdue,
  monthIndex,
  catchUpRows,
  paperMonthOf,
  paperRows,
  parseDelivery,
  quarterOf,
  reviewedInOf,
  statusOf,
  statusText,
  tableRows,
  yearsWithoutHolidays,
  type Holiday,
} from "./reportingDomain";
import {
  cellsOf,
  columnFormat,
  columnPlaces,
  dayOf,
  daySerial,
  FREQUENCY_WORDS,
  frequencyOf,
  HOLIDAY_HEADERS,
  HOLIDAYS_SHEET,
  HOLIDAYS_TABLE,
  isBlankRow,
  monthSerial,
  REPORT_TABLE_SHEET,
  TRACKER_COLUMNS,
  TRACKER_HEADERS,
  TRACKER_SHEET,
  TRACKER_TABLE,
  type TrackerCells,
} from "./reportTrackerLayout";

export interface Month {
  year: number;
  month: number;
}

/** One row of the tracker as read: its place, its cells, and the tracker row they make (or why not). */
export interface ReadTrackerRow {
  /** The row's index in the table's body (0 is the first row under the header). */
  index: number;
  cells: TrackerCells;
  /** The tracker's month the row belongs to (its Period), or null when the Period is not a date. */
  month: Month | null;
  row: TrackerRow | null;
  /** Why the row is not a tracker row (no report, no period, a due rule not understood). */
  problem: string | null;
  /** The Delivery Note typed over the computed status, or "". */
  note: string;
}

export interface ReportTrackerState {
  look: PaperLook;
  /** Whether the tracker's table, and the bank holidays' table, are in the workbook. */
  tracker: boolean;
  holidaysTable: boolean;
  /** Where the tracker's table is: its sheet, its header row and first column (0-based). */
  sheet: string;
  top: number;
  left: number;
  width: number;
  places: Partial<Record<(typeof TRACKER_COLUMNS)[number]["key"], number>>;
  rows: ReadTrackerRow[];
  /** The bank holidays as read from the workbook (the defaults when its table is absent). */
  holidays: Holiday[];
  /** Holiday rows whose date could not be read (a typo), by their place in the table. */
  holidayProblems: string[];
  /** The workbook's sheet names, lower case. */
  sheetNames: Set<string>;
  /** Whether the workbook has the audit log, and its last row (a retry's audit row is not written twice). */
  auditLog: boolean;
  lastAudit: string[] | null;
  /** The action log's name and its action numbers (upper case), when read and in the workbook. */
  actionLog: { name: string; numbers: Set<string> } | null;
  /** Why the action log could not be read for the check, or null. */
  actionLogProblem: string | null;
  /** The syncs the read took (2; 3 with the action log). */
  syncs: number;
}

const monthOfDay = (d: Day): Month => ({ year: d.year, month: d.month });
const sameMonth = (a: Month, b: Month) => a.year === b.year && a.month === b.month;
export const monthName = (m: Month) => `${MONTH_NAMES[m.month - 1]} ${m.year}`;

function readDay(value: CellValue): Day | null {
  const d = dayOf(value);
  if (d) return d;
  const parsed = typeof value === "string" ? parseRegisterDate(value) : null;
  return parsed && parsed.precision === "day" ? parsed.date : null;
}

/** A read row as a tracker row, from its cells. */
function trackerRowOf(index: number, cells: TrackerCells, holidays: readonly Day[]): ReadTrackerRow {
  const base = { index, cells, note: asText(cells.deliveryNote).trim() };
  const report = asText(cells.report).trim();
  const periodDay = readDay(cells.period);
  const month = periodDay ? monthOfDay(periodDay) : null;
  if (!report) return { ...base, month, row: null, problem: "no report named" };
  if (!month) return { ...base, month, row: null, problem: `${report}: the Period is not a month` };
  const deliveryText = asText(cells.delivery).trim();
  const parsed = parseDelivery(deliveryText);
  if ("error" in parsed) return { ...base, month, row: null, problem: `${report}: ${parsed.error}` };
  const frequency: Frequency = frequencyOf(cells.frequency) ?? parsed.frequency ?? "monthly";
  const reviewedDay = readDay(cells.reviewedIn);
  const printedPeriod = asText(cells.printedPeriod).trim();
  const period = { frequency, ...(frequency === "quarterly" ? quarterOf(month) : month) };
  const row: TrackerRow = {
    obligation: {
      report,
      secReference: parsed.secReference,
      frequency,
      rule: parsed.rule,
      deliveryText,
      contentReference: asText(cells.contentReference).trim(),
      ...(parsed.endsBefore ? { endsBefore: parsed.endsBefore } : {}),
    },
    period,
    received: readDay(cells.received),
    // Every row of the tracker is a report owed; whether a paper has it to review is paperRows' to say.
    dueThisMonth: true,
    // A blank Reviewed In: the paper of the month the report is due in (the PMR, due 25 working days
    // after month end, two months on), or the month after the period when the SEC gives no timing.
    reviewedIn: reviewedDay ? monthOfDay(reviewedDay) : defaultReviewedIn(period, parsed.rule, holidays),
    ...(printedPeriod ? { periodWords: printedPeriod } : {}),
    content: asText(cells.content),
    observations: asText(cells.observations),
    deliveryNote: base.note || undefined,
    actions: actionNumbers(cells.actions),
  };
  return { ...base, month, row, problem: null };
}

/** The action numbers of an Actions cell: "SECP47/02, SECP47/03" (commas, semicolons or lines). */
const actionNumbers = (value: CellValue) =>
  asText(value)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function holidaysOf(values: CellValue[][] | null): { holidays: Holiday[]; problems: string[] } {
  if (!values) return { holidays: [...DEFAULT_HOLIDAYS], problems: [] };
  const holidays: Holiday[] = [];
  const problems: string[] = [];
  values.slice(1).forEach((r, i) => {
    if (isBlankRow(r)) return;
    const day = readDay(r[0] ?? null);
    if (day) holidays.push({ day, name: asText(r[1]) });
    else problems.push(`Bank holiday row ${i + 1} ("${asText(r[0])}") is not a date`);
  });
  return { holidays, problems };
}

/**
 * Two syncs whatever the tracker's size: the settings and table names, then both tables whole (a
 * tracker of ten reports kept for 20 years is 2,400 rows, well inside one response), with the audit
 * log's last row. `withActionLog`: one sync more reads the action log, whose numbers the Actions
 * column is checked against (src/excel/readRegisters.ts: one sync for a log of up to 1,100 rows).
 */
export async function readReportTracker(host: ExcelHost, withActionLog = false): Promise<ReportTrackerState> {
  const state = await host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const { settings, tableNames } = directory();
    const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const tracker = tableNames.has(TRACKER_TABLE.toLowerCase());
    const holidaysTable = tableNames.has(HOLIDAYS_TABLE.toLowerCase());
    const auditLog = tableNames.has(AUDIT_TABLE.toLowerCase());
    const trackerRange = tracker ? context.workbook.tables.getItem(TRACKER_TABLE).getRange() : null;
    const trackerSheet = tracker ? context.workbook.tables.getItem(TRACKER_TABLE).worksheet : null;
    trackerRange?.load("values, rowIndex, columnIndex, columnCount");
    trackerSheet?.load("name");
    const holidayRange = holidaysTable ? context.workbook.tables.getItem(HOLIDAYS_TABLE).getRange() : null;
    holidayRange?.load("values");
    const lastAudit = tracker && auditLog ? queueLastAuditRow(context) : null;
    if (trackerRange || holidayRange) await context.sync();
    const values = (trackerRange?.values ?? []) as CellValue[][];
    const places = columnPlaces(values[0] ?? []);
    const { holidays, problems } = holidaysOf(holidayRange ? (holidayRange.values as CellValue[][]) : null);
    const logDef = actionLogDefinition(settings.settings);
    return {
      look: settings.settings.paper,
      tracker,
      holidaysTable,
      sheet: trackerSheet?.name ?? TRACKER_SHEET,
      top: trackerRange?.rowIndex ?? 0,
      left: trackerRange?.columnIndex ?? 0,
      width: trackerRange?.columnCount ?? TRACKER_COLUMNS.length,
      places,
      rows: values.slice(1).map((r, i) => trackerRowOf(i, cellsOf(r, places), holidayDaysOf(holidays))),
      holidays,
      holidayProblems: problems,
      sheetNames,
      auditLog,
      lastAudit: lastAudit ? lastAudit() : null,
      actionLog: null as ReportTrackerState["actionLog"],
      actionLogProblem: null as string | null,
      syncs: trackerRange || holidayRange ? 2 : 1,
      logDef: logDef && tableNames.has(logDef.table.toLowerCase()) ? logDef : null,
    };
  });
  const { logDef, ...read } = state;
  if (!withActionLog || !logDef || !read.tracker) return read;
  let log: RegisterSnapshot | undefined;
  try {
    [log] = await readRegisters(host, [logDef]);
  } catch (e) {
    // The tracker still works without the check: the problem is said, not thrown.
    return {
      ...read,
      syncs: read.syncs + 1,
      actionLogProblem: `The Actions column was not checked: ${logDef.name} could not be read (${(e as Error).message}).`,
    };
  }
  const numbers = new Set(
    (log ? recordsOf(log) : []).map((r) => asText(r.cells.number).trim().toUpperCase()).filter(Boolean),
  );
  // One sync for a log of up to 1,100 rows (readRegisters' first window); a longer one reads on.
  return { ...read, actionLog: { name: logDef.name, numbers }, syncs: read.syncs + 1 };
}

/**
 * The tracker's action numbers that the action log does not have ("CSR Variance Report – August 2018:
 * action SECP47/09 is not in the Panel action log."), when the log was read.
 */
export function unknownActions(state: ReportTrackerState): string[] {
  const log = state.actionLog;
  if (!log) return state.actionLogProblem ? [state.actionLogProblem] : [];
  return state.rows.flatMap((r) =>
    (r.row?.actions ?? [])
      .filter((a) => !log.numbers.has(a.toUpperCase()))
      .map((a) => `${rowName(r)}: action ${a} is not in the action log (${log.name}).`),
  );
}

/** "CSR Variance Report – August 2018": a read row as a person names it. */
function rowName(r: ReadTrackerRow): string {
  const row = r.row!;
  const name = shortReportName(row.obligation.report);
  return row.period.frequency === "monthly"
    ? `${name} – ${monthName(row.period)}`
    : `${name} for the quarter to ${monthName(row.period)}`;
}

// ---- Writing rows -------------------------------------------------------------------------------------

/** What a new row of the tracker holds: its obligation's words, its month, and what it has recorded. */
export interface NewTrackerRow {
  report: string;
  /** The period's month (a quarterly report: the quarter's last month, or a month in it). */
  month: Month;
  frequency: Frequency;
  delivery: string;
  /** The month of the paper that reviews it; absent: the month after the period. */
  reviewedIn?: Month;
  /** What the table prints after the report's name instead of its month. */
  printedPeriod?: string;
  received?: Day | null;
  deliveryNote?: string;
  contentReference?: string;
  content?: string;
  observations?: string;
  actions?: readonly string[];
}

/** The Due and Status a row gets, computed from its rule and the holidays. */
function computed(row: TrackerRow | null, problem: string | null, today: Day, holidays: readonly Day[]) {
  if (!row) return { due: null, status: problem ? `Not computed: ${problem}` : "" };
  const due = row.dueThisMonth ? dueOf(row.period, row.obligation.rule, holidays) : null;
  return {
    due: due ? daySerial(due) : null,
    status: statusText(statusOf(row, today, holidays), row.obligation.frequency),
  };
}

function newRowCells(r: NewTrackerRow): TrackerCells {
  const period = r.frequency === "quarterly" ? quarterOf(r.month) : r.month;
  return {
    report: r.report,
    period: monthSerial(period.year, period.month),
    // Blank when not given: the row as read gives the default (defaultReviewedIn), which Create writes.
    reviewedIn: r.reviewedIn ? monthSerial(r.reviewedIn.year, r.reviewedIn.month) : null,
    printedPeriod: r.printedPeriod ?? null,
    frequency: FREQUENCY_WORDS[r.frequency],
    delivery: r.delivery,
    due: null,
    received: r.received ? daySerial(r.received) : null,
    status: null,
    deliveryNote: r.deliveryNote ?? null,
    contentReference: r.contentReference ?? null,
    content: r.content ?? null,
    observations: r.observations ?? null,
    actions: r.actions?.length ? r.actions.join(", ") : null,
  };
}

/** A row's values and formats in the table's column order (unknown columns left blank, General). */
function rowGrid(cells: TrackerCells, state: Pick<ReportTrackerState, "places" | "width">) {
  const values: CellValue[] = Array.from({ length: state.width }, () => null);
  const formats: string[] = Array.from({ length: state.width }, () => "General");
  for (const c of TRACKER_COLUMNS) {
    const i = state.places[c.key];
    if (i === undefined) continue;
    const v = cells[c.key];
    values[i] = isBlank(v) ? null : v;
    formats[i] = columnFormat(c);
  }
  return { values, formats };
}

const holidayDaysOf = (holidays: readonly Holiday[]) => holidays.map((h) => h.day);
const holidayDays = (state: ReportTrackerState) => holidayDaysOf(state.holidays);

/** The writes of new rows at the table's end: trailing blank rows filled first, the table grown by the rest. */
function appendWrites(state: ReportTrackerState, cells: readonly TrackerCells[]): PlannedWrite[] {
  if (!cells.length) return [];
  const blank = trailingBlankRows(state);
  const start = state.rows.length - blank;
  const grids = cells.map((c) => rowGrid(c, state));
  const writes: PlannedWrite[] = [];
  const block = (first: number, part: typeof grids, add: boolean) => {
    if (!part.length) return;
    const top = state.top + 1 + first;
    const address = rangeAddress({
      top,
      bottom: top + part.length - 1,
      left: state.left,
      right: state.left + state.width - 1,
    });
    const values = part.map((g) => g.values);
    const formats = part.map((g) => g.formats);
    writes.push(
      queuedWrite(estimateBytes(values) + estimateBytes(formats) + 400, (context) => {
        if (add)
          context.workbook.tables.getItem(TRACKER_TABLE).rows.add(
            undefined,
            part.map(() => Array.from({ length: state.width }, () => "")),
          );
        const ws = context.workbook.worksheets.getItem(state.sheet);
        const range = ws.getRange(address);
        // Formats first, so a Content of "1/2" or an action "47/02" stays the text it is.
        range.numberFormat = formats;
        range.values = values as Excel.Range["values"];
      }),
    );
  };
  const fill = Math.min(blank, cells.length);
  block(start, grids.slice(0, fill), false);
  block(state.rows.length, grids.slice(fill), true);
  return writes;
}

function queueFrequencyList(ws: Excel.Worksheet, top: number, bottom: number, col: number) {
  const dv = ws.getRange(rangeAddress({ top, bottom, left: col, right: col })).dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: "Monthly,Quarterly" } };
  dv.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Monthly or Quarterly",
    message: "A DCC report is owed monthly or quarterly.",
  };
}

/**
 * The Due and Status columns of every row, computed afresh (the holidays may have been edited, and
 * the status moves with the day): two column writes, whatever the tracker's size. `extra` are rows
 * being added (after the read rows), with their cells.
 */
function computedColumnWrites(
  state: ReportTrackerState,
  today: Day,
  rows: readonly ReadTrackerRow[],
): PlannedWrite[] {
  const holidays = holidayDays(state);
  const writes: PlannedWrite[] = [];
  if (!rows.length) return writes;
  const results = rows.map((r) =>
    isBlankRow(Object.values(r.cells))
      ? { due: null, status: "" }
      : computed(r.row, r.problem, today, holidays),
  );
  const column = (key: "due" | "status", format: string, values: CellValue[][]) => {
    const i = state.places[key];
    if (i === undefined) return;
    const address = rangeAddress({
      top: state.top + 1,
      bottom: state.top + rows.length,
      left: state.left + i,
      right: state.left + i,
    });
    writes.push(
      queuedWrite(estimateBytes(values) + rows.length * 8 + 200, (context) => {
        const range = context.workbook.worksheets.getItem(state.sheet).getRange(address);
        range.numberFormat = values.map(() => [format]);
        range.values = values.map((v) => [v[0] ?? ""]) as Excel.Range["values"];
      }),
    );
  };
  column(
    "due",
    DATE_FORMAT,
    results.map((r) => [r.due]),
  );
  column(
    "status",
    "@",
    results.map((r) => [r.status]),
  );
  return writes;
}

// ---- Create ---------------------------------------------------------------------------------------

export type TrackerResult<T> =
  ({ status: "done"; syncs: number } & T) | { status: "failed"; message: string };

/** Create's answer: made (what was missing), already there, or refused. */
export type CreateTrackerResult =
  TrackerResult<{ rows: number; holidays: number }> | { status: "exists"; message: string };

/**
 * Two syncs: the workbook's tables and sheets are read, then both sheets and tables are made in one
 * batch, with the rows given (a first month's obligations), their Due and Status computed. When both
 * tables are there already, nothing is written ("exists"); a sheet of that name holding anything but
 * what a Create cut short leaves (its header row and rows, no table) refuses it. After a Create cut
 * short, one sync more reads those sheets, and what is missing is made again.
 */
export async function createReportTracker(
  host: ExcelHost,
  first: readonly NewTrackerRow[] = [],
  now = new Date(),
): Promise<CreateTrackerResult> {
  const today = localDateOf(now);
  try {
    return await host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
      const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const has = {
        tracker: tableNames.has(TRACKER_TABLE.toLowerCase()),
        holidays: tableNames.has(HOLIDAYS_TABLE.toLowerCase()),
      };
      if (has.tracker && has.holidays)
        return {
          status: "exists" as const,
          message: `The DCC reporting tracker is in this workbook already (tables ${TRACKER_TABLE} and ${HOLIDAYS_TABLE}). Nothing was written.`,
        };
      // A sheet of ours without its table: a Create cut short (empty, or our header row only) is made
      // again; anything else is a user's sheet in the way.
      const parts = [
        {
          sheet: TRACKER_SHEET,
          table: has.tracker,
          headers: TRACKER_HEADERS,
          rows: Math.max(1, first.length),
        },
        {
          sheet: HOLIDAYS_SHEET,
          table: has.holidays,
          headers: HOLIDAY_HEADERS,
          rows: DEFAULT_HOLIDAYS.length,
        },
      ].map((p) => {
        if (p.table || !sheetNames.has(p.sheet.toLowerCase())) return { ...p, read: null };
        const used = context.workbook.worksheets.getItem(p.sheet).getUsedRangeOrNullObject(true);
        used.load("values, rowIndex, columnIndex, rowCount");
        return { ...p, read: used };
      });
      if (parts.some((p) => p.read)) await context.sync();
      const cutShort = (p: (typeof parts)[number]) =>
        !p.read ||
        p.read.isNullObject ||
        (p.read.rowIndex === 0 &&
          p.read.columnIndex === 0 &&
          p.read.rowCount <= 1 + p.rows &&
          p.headers.every((h, k) => (p.read!.values[0] ?? [])[k] === h));
      const inTheWay = parts.find((p) => p.read && !cutShort(p));
      if (inTheWay)
        return {
          status: "failed" as const,
          message: `Sheet "${inTheWay.sheet}" already holds data: rename it (or move its data) and create the tracker again. Nothing was written.`,
        };
      const remake = (sheet: string) => parts.some((p) => p.sheet === sheet && p.read);
      const readSyncs = parts.some((p) => p.read) ? 2 : 1;
      const width = TRACKER_COLUMNS.length;
      const places = Object.fromEntries(TRACKER_COLUMNS.map((c, i) => [c.key, i]));
      const holidays = DEFAULT_HOLIDAYS.map((h) => h.day);
      const rows = first.map((r, i) => {
        const cells = newRowCells(r);
        const read = trackerRowOf(i, cells, holidays);
        const c = computed(read.row, read.problem, today, holidays);
        const reviewedIn = read.row?.reviewedIn;
        return {
          ...cells,
          due: c.due,
          status: c.status,
          reviewedIn:
            cells.reviewedIn ?? (reviewedIn ? monthSerial(reviewedIn.year, reviewedIn.month) : null),
        };
      });
      // An empty tracker is a table with one blank row (Excel's tables have at least one).
      const body: TrackerCells[] = rows.length ? rows : [blankCells()];
      const writes: PlannedWrite[] = [];
      if (!has.tracker)
        writes.push(
          queuedWrite(estimateBytes(rows) + body.length * width * 12 + 2000, (c) => {
            if (remake(TRACKER_SHEET)) c.workbook.worksheets.getItem(TRACKER_SHEET).delete();
            const ws = c.workbook.worksheets.add(TRACKER_SHEET);
            const bottom = body.length;
            ws.getRange(rangeAddress({ top: 0, bottom: 0, left: 0, right: width - 1 })).values = [
              [...TRACKER_HEADERS],
            ];
            const grid = body.map((cells) => rowGrid(cells, { places, width }));
            const range = ws.getRange(rangeAddress({ top: 1, bottom, left: 0, right: width - 1 }));
            range.numberFormat = grid.map((g) => g.formats);
            range.values = grid.map((g) => g.values.map((v) => v ?? "")) as Excel.Range["values"];
            queueFrequencyList(
              ws,
              1,
              bottom,
              TRACKER_COLUMNS.findIndex((col) => col.key === "frequency"),
            );
            const header = ws.getRange(rangeAddress({ top: 0, bottom: 0, left: 0, right: width - 1 }));
            header.format.font.bold = true;
            header.format.wrapText = true;
            ws.getRange(rangeAddress({ top: 1, bottom, left: 0, right: width - 1 })).format.wrapText = true;
            ws.getRange(
              rangeAddress({ top: 1, bottom, left: 0, right: width - 1 }),
            ).format.verticalAlignment = "Top";
            TRACKER_COLUMNS.forEach(
              (col, i) =>
                (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth =
                  col.width),
            );
            ws.freezePanes.freezeRows(1);
            const table = ws.tables.add(rangeAddress({ top: 0, bottom, left: 0, right: width - 1 }), true);
            table.name = TRACKER_TABLE;
            table.style = "TableStyleLight9";
          }),
        );
      const hol = DEFAULT_HOLIDAYS.map((h) => [daySerial(h.day), h.name]);
      if (!has.holidays)
        writes.push(
          queuedWrite(estimateBytes(hol) + 1000, (c) => {
            if (remake(HOLIDAYS_SHEET)) c.workbook.worksheets.getItem(HOLIDAYS_SHEET).delete();
            const ws = c.workbook.worksheets.add(HOLIDAYS_SHEET);
            const bottom = hol.length;
            ws.getRange("A1:B1").values = [[...HOLIDAY_HEADERS]];
            const range = ws.getRange(rangeAddress({ top: 1, bottom, left: 0, right: 1 }));
            range.numberFormat = hol.map(() => [DATE_FORMAT, "@"]);
            range.values = hol;
            ws.getRange("A1:B1").format.font.bold = true;
            ws.getRange("A1").format.columnWidth = 90;
            ws.getRange("B1").format.columnWidth = 200;
            const table = ws.tables.add(rangeAddress({ top: 0, bottom, left: 0, right: 1 }), true);
            table.name = HOLIDAYS_TABLE;
            table.style = "TableStyleLight9";
            c.workbook.worksheets.getItem(TRACKER_SHEET).activate();
          }),
        );
      const syncs = await applyWrites(context, writes);
      return {
        status: "done" as const,
        syncs: syncs + readSyncs,
        rows: has.tracker ? 0 : rows.length,
        holidays: has.holidays ? 0 : hol.length,
      };
    });
  } catch (e) {
    return {
      status: "failed",
      message: `Creating the DCC reporting tracker stopped (${(e as Error).message}). Run it again: it makes what is missing.`,
    };
  }
}

const blankCells = (): TrackerCells =>
  Object.fromEntries(TRACKER_COLUMNS.map((c) => [c.key, null])) as TrackerCells;

/** The name the audit log gives the tracker's commands. */
const TRACKER_AUDIT_NAME = "DCC reporting tracker";

/**
 * A tracker command's audit row, first in its batch: none without an audit log, or when the log's last
 * row records this action already (an attempt cut short wrote it; its retry does not write it twice).
 */
function auditWrites(state: ReportTrackerState, entry: AuditEntry, now: Date): PlannedWrite[] {
  if (!state.auditLog) return [];
  if (state.lastAudit && recordsAction(state.lastAudit, entry, now)) return [];
  return [queuedWrite(2000, (context) => queueAudit(context, entry, now))];
}

/** How many rows at the table's end are blank in every column (a new table's first row). */
function trailingBlankRows(state: ReportTrackerState): number {
  let blank = 0;
  for (let r = state.rows.length - 1; r >= 0 && isBlankRow(Object.values(state.rows[r]!.cells)); r--) blank++;
  return blank;
}

const noTracker = "The workbook has no DCC reporting tracker yet: Create the tracker first.";

/** The tracker read for a command, or why the command cannot run (nothing was written). */
async function readForCommand(
  host: ExcelHost,
  withActionLog = false,
): Promise<{ state: ReportTrackerState } | { failed: { status: "failed"; message: string } }> {
  let state: ReportTrackerState;
  try {
    state = await readReportTracker(host, withActionLog);
  } catch (e) {
    return {
      failed: {
        status: "failed",
        message: `Could not read the tracker (${(e as Error).message}). Nothing was written.`,
      },
    };
  }
  if (!state.tracker) return { failed: { status: "failed", message: noTracker } };
  return { state };
}

// ---- A new month ------------------------------------------------------------------------------------

/** The rows the tracker can work with (a report, a Period, a due rule it understands). */
const validRows = (state: ReportTrackerState): TrackerRow[] =>
  state.rows.flatMap((r) => (r.row ? [r.row] : []));

/** The tracker's latest paper month: the latest Reviewed In of its rows (newMonth.ts), or null. */
export function latestPaperMonth(state: ReportTrackerState): Month | null {
  return paperMonthOf(validRows(state));
}

export interface NextMonthPlan {
  /** The paper months rows are added for, in order (none when the tracker is up to date). */
  paperMonths: Month[];
  rows: NewTrackerRow[];
  /** The tracker's latest paper month before the plan, or null when it has no rows to take it from. */
  latest: Month | null;
}

/**
 * The new paper months' rows (src/domain/reporting/newMonth.ts), up to this month: for each month after
 * the latest a row is reviewed in, each report's period in that paper (a monthly report the month its
 * lag before, a quarterly report the last quarter ended by then), its obligation's words carried from
 * its latest row, nothing recorded yet. A report and period the tracker has is never added again (a
 * quarterly report's row is made in the month it is reviewed), and no month is added before it begins,
 * so a second click, or a retry after a write cut short, adds nothing.
 */
export function planNextMonth(state: ReportTrackerState, today: Day): NextMonthPlan {
  let rows = validRows(state);
  const latest = paperMonthOf(rows);
  const plan: NextMonthPlan = { paperMonths: [], rows: [], latest };
  if (!latest) return plan;
  const current = monthIndex(monthOfDay(today));
  for (let paper = addMonths(latest, 1); monthIndex(paper) <= current; paper = addMonths(paper, 1)) {
    const added = catchUpRows(rows, paper);
    if (!added.length) continue;
    rows = [...rows, ...added];
    plan.paperMonths.push(paper);
    plan.rows.push(
      ...added.map((row): NewTrackerRow => ({
        report: row.obligation.report,
        month: { year: row.period.year, month: row.period.month },
        frequency: row.obligation.frequency,
        delivery: row.obligation.deliveryText,
        contentReference: row.obligation.contentReference,
        reviewedIn: reviewedInOf(row),
      })),
    );
  }
  return plan;
}

/** "January 2019", "January and February 2019", "November 2018 to February 2019". */
function monthsText(months: readonly Month[]): string {
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (months.length === 1) return monthName(first);
  if (months.length === 2 && first.year === last.year)
    return `${MONTH_NAMES[first.month - 1]} and ${monthName(last)}`;
  return months.length === 2
    ? `${monthName(first)} and ${monthName(last)}`
    : `${monthName(first)} to ${monthName(last)}`;
}

/** A row to add, as people name it: "Performance Measurement Report – October 2018". */
const plannedName = (r: NewTrackerRow) =>
  r.frequency === "monthly"
    ? `${r.report} – ${monthName(r.month)}`
    : `${r.report} for the quarter to ${monthName(quarterOf(r.month))}`;

/**
 * "A new month in one click": three syncs whatever the tracker's size (read 2, write 1). The tracker is
 * read afresh, the rows of each paper month since its latest planned from its rows (one month, when it
 * is kept monthly), and written with every row's Due and Status and an audit row in one batch.
 */
export async function addNextMonth(
  host: ExcelHost,
  now = new Date(),
): Promise<
  TrackerResult<{
    /** Each row added, as people name it: "Performance Measurement Report – July 2018". */
    added: string[];
    paperMonths: Month[];
    /** "September 2018", "January and February 2019"; "" when nothing was added. */
    paperMonthsLabel: string;
    message: string;
  }>
> {
  const today = localDateOf(now);
  const read = await readForCommand(host);
  if ("failed" in read) return read.failed;
  const { state } = read;
  const plan = planNextMonth(state, today);
  if (!plan.latest)
    return {
      status: "done",
      syncs: state.syncs,
      added: [],
      paperMonths: [],
      paperMonthsLabel: "",
      message: "The tracker has no report with a Period yet: add the first month's rows.",
    };
  const cells = plan.rows.map(newRowCells);
  // The new rows as the status columns see them, after the read rows (filling blank ones first).
  const kept = state.rows.slice(0, state.rows.length - trailingBlankRows(state));
  const after = [
    ...kept,
    ...cells.map((c, i) => trackerRowOf(kept.length + i, c, holidayDays(state))),
    ...state.rows.slice(kept.length + cells.length),
  ];
  const added = plan.rows.map(plannedName);
  const entry: AuditEntry = {
    action: "Add DCC reporting month",
    register: TRACKER_AUDIT_NAME,
    // The month the tracker is brought up to: the same for a retry of this click.
    target: `Up to the ${monthName(monthOfDay(today))} paper`,
    summary: `Added ${added.join("; ")}.`,
  };
  const writes = [
    ...(plan.rows.length ? auditWrites(state, entry, now) : []),
    ...appendWrites(state, cells),
    ...computedColumnWrites(state, today, after),
  ];
  try {
    const syncs = await host.run((context) => applyWrites(context, writes));
    // With nothing to add, the Due and Status columns are still brought up to date (so a retry after
    // a write cut short finishes what it began).
    if (!plan.rows.length) {
      const next = addMonths(plan.latest, 1);
      return {
        status: "done",
        syncs: syncs + state.syncs,
        added: [],
        paperMonths: [],
        paperMonthsLabel: "",
        message:
          monthIndex(next) > monthIndex(monthOfDay(today))
            ? `The tracker has the ${monthName(plan.latest)} paper's reports; ${monthName(next)}'s can be added from 1 ${monthName(next)}.`
            : `No report is owed for a paper from ${monthName(next)} to ${monthName(monthOfDay(today))}: a quarterly report's row is added in the month it is reviewed.`,
      };
    }
    return {
      status: "done",
      syncs: syncs + state.syncs,
      added,
      paperMonths: plan.paperMonths,
      paperMonthsLabel: monthsText(plan.paperMonths),
      message: `Added the ${monthsText(plan.paperMonths)} paper${plan.paperMonths.length > 1 ? "s'" : "'s"} ${plan.rows.length} report(s).`,
    };
  } catch (e) {
    return {
      status: "failed",
      message: `Adding the new month stopped part way (${(e as Error).message}). Check the tracker's last rows before trying again.`,
    };
  }
}

// ---- Recording a report received -----------------------------------------------------------------

/**
 * Three syncs: the tracker read, then the report's Received date written with every row's Due and
 * Status recomputed and an audit row, in one batch. The report is found by its name (case aside) and
 * period (for a quarterly report, any month of its quarter).
 */
export async function recordReceived(
  host: ExcelHost,
  report: string,
  month: Month,
  day: Day,
  now = new Date(),
): Promise<TrackerResult<{ statusText: string }>> {
  const today = localDateOf(now);
  const read = await readForCommand(host);
  if ("failed" in read) return read.failed;
  const { state } = read;
  // A row by its report and period (a quarterly report's quarter: any month in it finds it).
  const periodOf = (r: ReadTrackerRow) => r.row?.period ?? r.month;
  const wanted = (r: ReadTrackerRow) => (r.row?.period.frequency === "quarterly" ? quarterOf(month) : month);
  const target = state.rows.find((r) => {
    const period = periodOf(r);
    return (
      period &&
      sameMonth(period, wanted(r)) &&
      asText(r.cells.report).trim().toLowerCase() === report.trim().toLowerCase()
    );
  });
  if (!target) return { status: "failed", message: `The tracker has no ${report} for ${monthName(month)}.` };
  const col = state.places.received;
  if (col === undefined) return { status: "failed", message: `The tracker has no Received column.` };
  const cells = { ...target.cells, received: daySerial(day) };
  const updated = trackerRowOf(target.index, cells, holidayDays(state));
  const rows = state.rows.map((r) => (r.index === target.index ? updated : r));
  const sheetRow = state.top + 1 + target.index;
  const text = updated.row
    ? statusText(statusOf(updated.row, today, holidayDays(state)), updated.row.obligation.frequency)
    : `Not computed: ${updated.problem}`;
  const entry: AuditEntry = {
    action: "Record DCC report received",
    register: TRACKER_AUDIT_NAME,
    source: `Received ${dayText(day)}`,
    target: updated.row ? rowName(updated) : `${report} ${monthName(month)}`,
    summary: `Received ${dayText(day)}: ${text}.`,
  };
  const writes: PlannedWrite[] = [
    ...auditWrites(state, entry, now),
    queuedWrite(200, (context) => {
      const range = context.workbook.worksheets
        .getItem(state.sheet)
        .getRange(
          rangeAddress({ top: sheetRow, bottom: sheetRow, left: state.left + col, right: state.left + col }),
        );
      range.numberFormat = [[DATE_FORMAT]];
      range.values = [[daySerial(day)]];
    }),
    ...computedColumnWrites(state, today, rows),
  ];
  try {
    const syncs = await host.run((context) => applyWrites(context, writes));
    return { status: "done", syncs: syncs + state.syncs, statusText: text };
  } catch (e) {
    return {
      status: "failed",
      message: `Recording the date stopped (${(e as Error).message}). Retrying is safe.`,
    };
  }
}

// ---- The report's table -----------------------------------------------------------------------------

export const REPORT_TABLE_HEADERS = ["Report", "Delivery per SEC", "Content", "Observations"] as const;
/** The paper's column widths, in points: as Appendix A's, the observations widest. */
export const REPORT_TABLE_WIDTHS = [110, 150, 80, 330];
export const REPORT_TABLE_TITLE = "2.1 DCC reporting";
const TABLE_TOP = 2;

export interface ReportTableResult {
  /** The latest month the table shows. */
  month: Month;
  rows: ReportTableRow[];
  /** What is late or overdue this month, for the highlights. */
  lateOrOverdue: string[];
}

/**
 * The rows of an earlier paper still not received and overdue today (004: "October and November
 * reports yet to be published"): listed with the paper's for the highlights, not printed in its table.
 */
function stillOverdue(state: ReportTrackerState, printed: readonly TrackerRow[], today: Day): TrackerRow[] {
  const holidays = holidayDays(state);
  const key = (row: TrackerRow) =>
    `${row.obligation.report.toLowerCase()}|${row.period.year}-${row.period.month}`;
  const shown = new Set(printed.map(key));
  return validRows(state).filter(
    (row) => !shown.has(key(row)) && statusOf(row, today, holidays).kind === "overdue",
  );
}

/**
 * The report's table for a paper month (the tracker's latest when none is given): the rows reviewed in
 * that month, and each quarterly report's latest row with nothing to review (newMonth.ts paperRows), as
 * the paper mixes July's performance report with August's variance reports.
 */
export function reportTableOf(
  state: ReportTrackerState,
  today: Day,
  month: Month | null = null,
): ReportTableResult | { reason: string } {
  const paperMonth = month ?? latestPaperMonth(state);
  const rows = paperMonth ? paperRows(validRows(state), paperMonth) : [];
  if (!paperMonth || !rows.length)
    return {
      reason: paperMonth
        ? `The tracker has no reports reviewed in ${monthName(paperMonth)}.`
        : "The tracker has no reports yet.",
    };
  const holidays = holidayDays(state);
  return {
    month: paperMonth,
    rows: tableRows(rows, today, holidays),
    lateOrOverdue: lateOrOverdue([...rows, ...stillOverdue(state, rows, today)], today, holidays),
  };
}

/**
 * "Build the report's table": three syncs whatever the tracker's size (read 2, write 1). The "DCC
 * Reporting Table" sheet is made afresh (the old one deleted in the same batch), print-ready like the
 * appendices: landscape A4, one page wide, the header row on every page, the paper's typeface, thin
 * borders, wrapped text and measured row heights; under it, what is late or overdue for the highlights.
 * The tracker's Due and Status columns are brought up to date in the same batch.
 */
export async function buildReportTable(
  host: ExcelHost,
  now = new Date(),
  month: Month | null = null,
): Promise<TrackerResult<ReportTableResult & { unknownActions: string[] }>> {
  const today = localDateOf(now);
  const read = await readForCommand(host, true);
  if ("failed" in read) return read.failed;
  const { state } = read;
  const table = reportTableOf(state, today, month);
  if ("reason" in table) return { status: "failed", message: table.reason };
  const entry: AuditEntry = {
    action: "Build DCC reporting table",
    register: TRACKER_AUDIT_NAME,
    target: `${monthName(table.month)} paper`,
    summary: `${table.rows.length} report(s); ${table.lateOrOverdue.length ? table.lateOrOverdue.join(" ") : "nothing late or overdue."}`,
  };
  const look = state.look;
  const size = look.fontSize;
  const headers = [...REPORT_TABLE_HEADERS];
  const widths = printWidths(headers, REPORT_TABLE_WIDTHS, size);
  const values = table.rows.map((r) => [r.report, r.delivery, r.content, r.observations]);
  const bottom = TABLE_TOP + values.length;
  const right = headers.length - 1;
  const highlights = table.lateOrOverdue.length
    ? [`Late or overdue in ${monthName(table.month)}:`, ...table.lateOrOverdue]
    : [`Nothing late or overdue in ${monthName(table.month)}.`];
  const printSetup = host.isSetSupported("ExcelApi", "1.9");
  const sheetExists = state.sheetNames.has(REPORT_TABLE_SHEET.toLowerCase());
  const writes: PlannedWrite[] = [
    ...auditWrites(state, entry, now),
    queuedWrite(estimateBytes(values) + estimateBytes(highlights) + values.length * 100 + 3000, (c) => {
      if (sheetExists) c.workbook.worksheets.getItem(REPORT_TABLE_SHEET).delete();
      const ws = c.workbook.worksheets.add(REPORT_TABLE_SHEET);
      ws.getRange("A1").values = [[REPORT_TABLE_TITLE]];
      ws.getRange("A1").format.font.bold = true;
      queueHeaderRow(ws, TABLE_TOP, headers, widths, size);
      widths.forEach(
        (w, i) =>
          (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth = w),
      );
      const body = ws.getRange(rangeAddress({ top: TABLE_TOP + 1, bottom, left: 0, right }));
      // Text first: a report's words never become a number, a date or a formula.
      body.numberFormat = values.map((r) => r.map(() => "@"));
      body.values = values;
      body.format.wrapText = true;
      body.format.verticalAlignment = "Top";
      queueRowHeights(ws, TABLE_TOP + 1, bodyHeights(values, widths, size), printSetup);
      queueGrid(ws, { top: TABLE_TOP, bottom, left: 0, right });
      const notes = ws.getRange(
        rangeAddress({ top: bottom + 2, bottom: bottom + 1 + highlights.length, left: 0, right: 0 }),
      );
      notes.numberFormat = highlights.map(() => ["@"]);
      notes.values = highlights.map((h) => [h]);
      // Each note across the table's width, wrapped, its height measured as the body's are.
      const across = ws.getRange(
        rangeAddress({ top: bottom + 2, bottom: bottom + 1 + highlights.length, left: 0, right }),
      );
      across.merge(true);
      across.format.wrapText = true;
      across.format.verticalAlignment = "Top";
      const tableWidth = [widths.reduce((a, b) => a + b, 0)];
      queueRowHeights(
        ws,
        bottom + 2,
        bodyHeights(
          highlights.map((h) => [h]),
          tableWidth,
          size,
          new Set([0]),
        ),
        printSetup,
      );
      ws.getRange(rangeAddress({ top: bottom + 2, bottom: bottom + 2, left: 0, right: 0 })).format.font.bold =
        true;
      queueTypeface(ws, { top: 0, bottom: bottom + 1 + highlights.length, left: 0, right }, look);
      queueTypeface(ws, { top: 0, bottom: 0, left: 0, right: 0 }, look, size + 3);
      ws.showGridlines = false;
      if (printSetup) queuePrintSetup(ws, `$${TABLE_TOP + 1}:$${TABLE_TOP + 1}`, look);
      ws.activate();
    }),
    ...computedColumnWrites(state, today, state.rows),
  ];
  try {
    const syncs = await host.run((context) => applyWrites(context, writes));
    return { status: "done", syncs: syncs + state.syncs, ...table, unknownActions: unknownActions(state) };
  } catch (e) {
    return {
      status: "failed",
      message: `Building the table stopped (${(e as Error).message}). Build it again: the sheet is made afresh.`,
    };
  }
}

// ---- The tracker as the pane lists it ----------------------------------------------------------------

export interface TrackerListItem {
  report: string;
  /** The period's month (a quarterly report: its quarter's last month). */
  month: Month;
  /** "August 2018"; a quarterly report "Quarter to June 2018". */
  monthLabel: string;
  /** "14 September 2018", or "" when the SEC gives no timing or nothing is due this month. */
  due: string;
  /** Whether the report is owed this month (a quarterly report's other months: false). */
  dueThisMonth: boolean;
  received: string;
  /** The computed status words (or the Delivery Note typed over them). */
  status: string;
  lateOrOverdue: boolean;
}

export interface TrackerList {
  exists: boolean;
  /** "December 2018": the latest paper month (the month its Ops Group paper reviews), or null. */
  paperMonthLabel?: string | null;
  /** The latest paper month's reports, then any earlier report still overdue. */
  latest: TrackerListItem[];
  /** Rows the tracker cannot work with (no Period, a due rule not understood), and bank holidays not dates. */
  problems: string[];
  rows: number;
}

const dayText = (d: Day | null) => (d ? `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}` : "");

/**
 * Two syncs (three with an action log): the latest paper month's reports with their status today, then
 * any earlier report still overdue, for the Reporting view; and what the tracker cannot work with.
 */
export async function listReportTracker(host: ExcelHost, now = new Date()): Promise<TrackerList> {
  const today = localDateOf(now);
  const state = await readReportTracker(host, true);
  const holidays = holidayDays(state);
  const paperMonth = latestPaperMonth(state);
  const printed = paperMonth ? paperRows(validRows(state), paperMonth) : [];
  const shown = [...printed, ...stillOverdue(state, printed, today)];
  const latest = shown.map((row): TrackerListItem => {
    const status = statusOf(row, today, holidays);
    const due = row.dueThisMonth ? dueOf(row.period, row.obligation.rule, holidays) : null;
    const month = { year: row.period.year, month: row.period.month };
    return {
      report: row.obligation.report,
      month,
      monthLabel: row.period.frequency === "monthly" ? monthName(month) : `Quarter to ${monthName(month)}`,
      due: dayText(due),
      dueThisMonth: row.dueThisMonth,
      received: dayText(row.received),
      status: row.deliveryNote?.trim() || statusText(status, row.obligation.frequency),
      lateOrOverdue: status.kind === "late" || status.kind === "overdue",
    };
  });
  // A year the Bank Holidays sheet lists nothing in would count Christmas as a working day.
  const years = shown.flatMap((row) => [row.period.year, addMonths(row.period, 1).year]);
  const uncovered = yearsWithoutHolidays(holidays, years);
  return {
    exists: state.tracker,
    paperMonthLabel: paperMonth ? monthName(paperMonth) : null,
    latest,
    problems: [
      ...state.rows.filter((r) => r.problem && !isBlankRow(Object.values(r.cells))).map((r) => r.problem!),
      ...state.holidayProblems,
      ...uncovered.map(
        (y) =>
          `The Bank Holidays sheet lists no holiday in ${y}: add that year's England and Wales bank holidays (GOV.UK), or its due dates count them as working days.`,
      ),
      ...unknownActions(state),
    ],
    rows: state.rows.filter((r) => r.row).length,
  };
}
