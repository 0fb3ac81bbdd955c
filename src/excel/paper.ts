// "Build the appendices": read the registers and a baseline (2 syncs), write the generated sheets in one
// batch, read the rich-text cells back (1 sync), and fall back visibly where rich text came out empty.
import { cellAddress, rangeAddress } from "../domain/address";
import { asText } from "../domain/cellText";
import { textColourOn } from "../domain/colours";
import { markLookup, marksInForce, type BulletMark } from "../domain/bulletMarks";
import { detectChanges, type EntryChange } from "../domain/changes";
import { coverNote, coverNoteLines, type CoverNote } from "../domain/coverNote";
import { recordsOf } from "../domain/records";
import { actionsOutstandingTable, ACTIONS_SHEET } from "../domain/actionsOutstanding";
import { overdueReviewsOf } from "../domain/reviews";
import { becameRed } from "../domain/trend";
import type { Finding } from "../domain/findings";
import { checkRegisters } from "../domain/validation";
import {
  appendixA,
  outsideAppetiteTable,
  appendixB,
  appendixC,
  markableEntries,
  riskMatrix,
  RED_TEXT,
  type AppendixTable,
  type MarkableEntry,
} from "../domain/paper";
import type { Baseline } from "../domain/baseline";
import { localDateOf, type CalendarDate, type DateOrder } from "../domain/dates";
import type { CellValue, RegisterSnapshot } from "../domain/register";
import { RAG_COLORS, type Settings } from "../domain/settings";
import { queueAuditOrCreate } from "./audit";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import { queueCellLooks } from "./cellLooks";
import {
  queueBaselineExtent,
  queueBaselineIndex,
  readBaselineChunks,
  type BaselineInfo,
} from "./baselineStore";
import type { ExcelHost } from "./host";
import { queueDateOrderRead } from "./locale";
import { isTooLarge } from "./payload";
import { queueMarksRead } from "./bulletMarks";
import { queueCoverNoteSheet } from "./coverNoteSheet";
import { queueGrid, queueHeaderRow, queuePageTexts, queueRowHeights, queueTypeface } from "./printLook";
import type { PaperLook } from "../domain/paperLook";
import { matrixLabel, matrixLegend } from "../domain/paperDocument";
import { bodyHeights, centredColumns, paragraphHeight, printWidths } from "../domain/paperPrint";
import { bulletRuns, readBackRuns } from "./richTextReadBack";
import { AUDIT_SHEET, AUDIT_TABLE } from "./layout";
import { queueDirectoryRead, readRegisters } from "./readRegisters";

export const GENERATED_SHEETS = [
  "Appendix A",
  "Outside Appetite",
  "Appendix B",
  "Appendix C",
  "Risk Matrix",
  "Cover Note",
  ACTIONS_SHEET,
] as const;

/** The order the paper is read in: the cover note (with Figure 1), then the appendices. */
export const PAPER_ORDER = [
  "Cover Note",
  "Risk Matrix",
  "Appendix A",
  "Outside Appetite",
  "Appendix B",
  "Appendix C",
  // Issue 14: the action log's outstanding actions, after the appendices (when there is an action log).
  ACTIONS_SHEET,
] as const;

/** Where the first header row of an appendix table is: title, intro and a blank row come first. */
const TABLE_TOP = 3;

export interface PaperInputs {
  settings: Settings;
  registers: RegisterSnapshot[];
  baseline: Baseline | null;
  baselines: BaselineInfo[];
  sheetNames: Set<string>;
  auditExists: boolean;
  auditSheetExists: boolean;
  /** The audit log's last row (time, action, register, source, target, summary), if it has one. */
  lastAudit: string[] | null;
  /** The host's day/month order, for a register date held as text such as 03/07/2017. */
  dateOrder?: DateOrder;
  /** Bullets marked new (or not) by hand this month, still in force. */
  marks: BulletMark[];
  error?: string;
}

/** New sheets are written under these names and take the real ones only once complete. */
export const TEMPORARY_PREFIX = "RS building ";
export const temporaryName = (sheet: string) => `${TEMPORARY_PREFIX}${sheet}`;
/** Old sheets step aside under these names for the moment the new ones take theirs. */
export const RETIRED_PREFIX = "RS old ";
const retiredName = (sheet: string) => `${RETIRED_PREFIX}${sheet}`;

const FALLBACK_NOTES = {
  "fallback: no ExcelApi 1.18":
    "Rich text is not available in this Excel: each mitigation is on its own row, new ones in red and planned ones in italics.",
  "fallback: rich text came back empty":
    "Rich text is not available in this Excel (the cells came back empty): each mitigation is on its own row, new ones in red and planned ones in italics.",
  "fallback: rich text lost its colours or italics":
    "Rich text is not available in this Excel (it kept the text but not the colours and italics): each mitigation is on its own row, new ones in red and planned ones in italics.",
} as const;

/** A short, stable digest of what a build writes (FNV-1a over its tables and cover note). */
function fingerprint(tables: readonly AppendixTable[], note: readonly string[]): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify([tables.map((t) => [t.sheet, t.headers, t.rows]), note]);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** The host, counting the syncs made through it (for the result's sync count). */
function countingHost(host: ExcelHost): ExcelHost & { syncs(): number } {
  let n = 0;
  const wrap = (context: Excel.RequestContext) =>
    new Proxy(context, {
      get: (target, prop) =>
        prop === "sync"
          ? () => {
              n++;
              return target.sync();
            }
          : (Reflect.get(target, prop, target) as unknown),
    });
  return {
    ...host,
    run: (batch, ...rest) => host.run((context) => batch(wrap(context)), ...rest),
    syncs: () => n,
  };
}

/**
 * Four syncs: settings, tables, sheets and the baselines' extent; the baselines' index; every register
 * (windows only past 5 MB); the chosen baseline.
 */
export async function readPaperInputs(host: ExcelHost, baselineId: string | null): Promise<PaperInputs> {
  const first = await host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    const extent = queueBaselineExtent(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const dateOrder = queueDateOrderRead(context, host);
    const marks = queueMarksRead(context);
    await context.sync();
    const index = queueBaselineIndex(context, extent());
    const dir = directory();
    // The audit log's last row, in the same sync: a retried build that is already logged is not again.
    const last = dir.tableNames.has(AUDIT_TABLE.toLowerCase())
      ? context.workbook.tables.getItem(AUDIT_TABLE).getDataBodyRange().getLastRow().load("values")
      : null;
    await context.sync();
    return {
      ...dir,
      baselines: index(),
      sheetNames: new Set(sheets.items.map((s) => s.name)),
      lastAudit: last ? ((last.values as CellValue[][])[0] ?? []).map((v) => String(v ?? "")) : null,
      dateOrder: dateOrder(),
      marks: marks(),
    };
  });
  const { settings, tableNames, baselines, sheetNames, lastAudit, dateOrder } = first;
  const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
  const registers = await readRegisters(host, present);
  const info = baselineId ? baselines.find((b) => b.id === baselineId) : baselines[0];
  const decoded = info ? await host.run((context) => readBaselineChunks(context, info)) : null;
  return {
    settings: settings.settings,
    registers,
    baseline: decoded && decoded.ok ? decoded.baseline : null,
    baselines,
    sheetNames,
    auditExists: tableNames.has(AUDIT_TABLE.toLowerCase()),
    auditSheetExists: sheetNames.has(AUDIT_SHEET),
    lastAudit,
    dateOrder,
    // A publish ends the month's marks: only those made since the newest baseline count.
    marks: marksInForce(first.marks, baselines[0]?.id ?? null),
    error:
      decoded && !decoded.ok
        ? decoded.error
        : baselineId && !info
          ? `There is no baseline ${baselineId}.`
          : undefined,
  };
}

/** What changed since the baseline, with the bullets marked by hand; without a baseline, only those. */
export function changesSince(inputs: PaperInputs): EntryChange[] {
  return detectChanges(inputs.baseline, inputs.registers, markLookup(inputs.marks));
}

/**
 * The cover note from the changes, each Panel risk and issue's description at hand for its footnote;
 * with the paper's day, the Panel risks overdue for review on it, and the Panel risks that became RED
 * since the baseline compared with (the last paper).
 */
export function coverNoteOf(
  inputs: PaperInputs,
  changes: readonly EntryChange[],
  today?: CalendarDate,
): CoverNote {
  const descriptions = new Map<string, string>();
  for (const r of inputs.registers)
    if (r.def.role === "panel")
      for (const rec of recordsOf(r))
        descriptions.set(`${r.def.kind}:${asText(rec.id)}`, asText(rec.cells.description));
  const panelRisks = inputs.registers.filter((r) => r.def.role === "panel" && r.def.kind === "risk");
  return coverNote({
    changes,
    descriptions,
    overdueReviews: today ? overdueReviewsOf(panelRisks, inputs.settings, today, inputs.dateOrder) : [],
    becameRed: becameRed(inputs.baseline, panelRisks, inputs.settings),
  });
}

/** Check's findings of things overdue on the day: the paper reports them (cover note, Actions outstanding), so they never stop it. */
const REPORTED_BY_THE_PAPER = new Set<Finding["rule"]>(["review-overdue", "action-overdue"]);

/** What Check says stops a build: every error, and the warnings when the user has not yet seen them. */
export interface CheckStop {
  error: string;
  check: { errors: Finding[]; warnings: Finding[] };
}

/**
 * Check on the registers Build (or the Word paper) has already read, no sync more: errors always stop
 * it, warnings when `warnings` is "stop".
 */
export function checkGate(
  inputs: PaperInputs,
  warnings: "stop" | "build",
  /** What the user does once it is put right: "build", "download". */
  then = "build",
  /** The paper's day, for the overdue rules (reviews and actions); without it they are quiet. */
  today?: CalendarDate,
): { stop: CheckStop | null; warnings: Finding[] } {
  const findings = checkRegisters(inputs.registers, inputs.settings, today);
  const errors = findings.filter((f) => f.severity === "error");
  const warned = findings.filter((f) => f.severity === "warning");
  // Overdue reviews and actions are listed with the warnings but do not stop the paper: it reports them.
  const stopping = warned.filter((f) => !REPORTED_BY_THE_PAPER.has(f.rule));
  const stops = errors.length > 0 || (stopping.length > 0 && warnings === "stop");
  return { stop: stops ? checkStop(errors, stopping, then) : null, warnings: warned };
}

export interface LaidOutPaper {
  changes: EntryChange[];
  cover: CoverNote;
  tables: AppendixTable[];
  matrix: ReturnType<typeof riskMatrix>;
  /** The lines under Figure 1. */
  legend: string[];
  /** The action log's outstanding actions (issue 14), printed after the appendices; null without a log. */
  actions: AppendixTable | null;
}

/**
 * The paper laid out from what was read: the appendices, the matrix, the cover note and the actions
 * outstanding. `today`, the paper's day, is what "overdue" is measured on (reviews in the cover note, the
 * actions' status); without it nothing is overdue.
 */
export function layOutPaper(inputs: PaperInputs, today?: CalendarDate): LaidOutPaper | { error: string } {
  const panel = (kind: "risk" | "issue") => {
    const def = inputs.settings.registers.find((r) => r.role === "panel" && r.kind === kind);
    return inputs.registers.find((r) => r.def.id === def?.id);
  };
  const risks = panel("risk");
  const issues = panel("issue");
  const actionDef = inputs.settings.registers.find((r) => r.role === "panel" && r.kind === "action");
  const actionLog = inputs.registers.find((r) => r.def.id === actionDef?.id);
  if (!risks) return { error: "There is no Panel risk register in this workbook: create or adopt it first." };
  const changes = changesSince(inputs);
  const marks = markLookup(inputs.marks);
  const matrix = riskMatrix(risks, inputs.baseline, inputs.settings);
  return {
    changes,
    cover: coverNoteOf(inputs, changes, today),
    tables: [
      appendixA(
        risks,
        inputs.baseline,
        marks,
        risks.def.printedScores,
        // Issue 14: each risk's movement since the baseline compared with, when the paper asks.
        inputs.settings.paper.movementArrows ? inputs.settings : null,
      ),
      // Issue 14: the risks outside appetite, on their own sheet after Appendix A, when the paper asks.
      ...((t) => (t ? [t] : []))(
        inputs.settings.paper.outsideAppetite ? outsideAppetiteTable(risks, inputs.settings) : null,
      ),
      ...(issues ? [appendixB(issues, inputs.baseline, inputs.dateOrder, marks)] : []),
    ],
    matrix,
    legend: matrixLegend(inputs.baseline, matrix.movements),
    actions: actionLog ? actionsOutstandingTable(actionLog, today ?? null, inputs.dateOrder) : null,
  };
}

function checkStop(errors: Finding[], warnings: Finding[], then: string): CheckStop {
  const cells = (list: Finding[]) =>
    list
      .slice(0, 5)
      .map((f) => `${f.sheet}!${f.address}`)
      .join(", ") + (list.length > 5 ? ` and ${list.length - 5} more` : "");
  const error = errors.length
    ? `Check found ${errors.length === 1 ? "an error" : `${errors.length} errors`} that the paper would print (${cells(errors)}). Put ${errors.length === 1 ? "it" : "them"} right (Check register lists ${errors.length === 1 ? "it" : "them"}), then ${then}.`
    : `Check found ${warnings.length === 1 ? "a warning" : `${warnings.length} warnings`} (${cells(warnings)}). Build anyway, or put ${warnings.length === 1 ? "it" : "them"} right first.`;
  return { error, check: { errors, warnings } };
}

/** The layout of each generated sheet, planned as writes (values, formats, rich text, print setup). */
function planTableSheet(
  t: AppendixTable,
  richText: boolean,
  into: string,
  exists: boolean,
  printSetup: boolean,
  look: PaperLook,
  fallbackNote: string = FALLBACK_NOTES["fallback: no ExcelApi 1.18"],
): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  const width = t.headers.length;
  const right = width - 1;
  const size = look.fontSize;
  // Measured from the text: no header word broken, every line shown (src/domain/paperPrint.ts).
  const widths = printWidths(t.headers, t.widths, size);
  const centred = centredColumns(t);
  // One row per entry with rich text; without it, one row per bullet, the entry's other cells merged.
  const spans = t.rows.map((r) => (richText ? 1 : Math.max(1, r.bullets.length)));
  const bodyRows = spans.reduce((a, b) => a + b, 0);
  const bottom = TABLE_TOP + bodyRows;
  const values: CellValue[][] = [];
  const texts: Array<{ color?: string; italic?: boolean }> = [];
  const ragFills: string[] = [];
  t.rows.forEach((r, i) => {
    for (let k = 0; k < spans[i]!; k++) {
      const row = r.values.map((v, c) =>
        k > 0 && c !== t.mitigationCol
          ? ""
          : c === t.mitigationCol && !richText
            ? (r.bullets[k]?.text ?? "")
            : v,
      );
      values.push(row as CellValue[]);
      const b = r.bullets[k];
      texts.push(!richText && b ? { color: b.isNew ? RED_TEXT : undefined, italic: b.planned } : {});
      ragFills.push(r.rag ? RAG_COLORS[r.rag].fill : "#FFFFFF");
    }
  });
  writes.push(
    queuedWrite(256, (c) => {
      if (exists) c.workbook.worksheets.getItem(into).delete();
      const ws = c.workbook.worksheets.add(into);
      ws.getRange("A1:A3").values = [[t.title], [t.intro], [richText ? "" : fallbackNote]];
      ws.getRange("A1").format.font.bold = true;
      ws.getRange(rangeAddress({ top: 1, bottom: 1, left: 0, right })).merge(false);
      ws.getRange("A2").format.wrapText = true;
      ws.getRange("A2").format.verticalAlignment = "Top";
      // A merged cell is not autofitted by Excel: the intro's height is measured across the table's width.
      const across = widths.reduce((a, b) => a + b, 0);
      ws.getRange("A2").format.rowHeight = paragraphHeight(t.intro, across, size);
      if (!richText) ws.getRange("A3").format.rowHeight = paragraphHeight(fallbackNote, across, size);
      queueHeaderRow(ws, TABLE_TOP, t.headers, widths, size);
      queueGrid(ws, { top: TABLE_TOP, bottom: TABLE_TOP, left: 0, right });
      widths.forEach(
        (w, i) =>
          (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth = w),
      );
    }),
  );
  // The body in slices of entries of about 1 MB each, so a long register never makes one request over
  // the 5 MB limit (applyWrites syncs between slices only when the budget is reached).
  const firstRow: number[] = [];
  spans.reduce((row, span, i) => ((firstRow[i] = row), row + span), 0);
  let i0 = 0;
  while (i0 < t.rows.length) {
    let i1 = i0;
    let bytes = 0;
    while (i1 < t.rows.length && (i1 === i0 || bytes < 1_000_000)) bytes += entryBytes(t, i1, spans[i1++]!);
    const from = firstRow[i0]!;
    const to = i1 < t.rows.length ? firstRow[i1]! : bodyRows;
    const entries = t.rows.slice(i0, i1);
    const entrySpans = spans.slice(i0, i1);
    const vals = values.slice(from, to);
    const fonts = texts.slice(from, to);
    const fills = ragFills.slice(from, to);
    const top = TABLE_TOP + 1 + from;
    const last = TABLE_TOP + to;
    writes.push(
      queuedWrite(bytes, (c) => {
        const ws = c.workbook.worksheets.getItem(into);
        const range = ws.getRange(rangeAddress({ top, bottom: last, left: 0, right }));
        // Text first: an entry's text must never become a formula.
        range.numberFormat = vals.map((row) => row.map((v) => (typeof v === "number" ? "0" : "@")));
        // With rich text the runs carry the mitigation text: it is not sent twice (null leaves a cell as it is).
        range.values = (
          richText ? vals.map((row) => row.map((v, c) => (c === t.mitigationCol ? null : v))) : vals
        ) as Excel.Range["values"];
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
        // printSetup is the host's ExcelApi 1.9, which setCellProperties needs too.
        queueCellLooks(
          ws.getRange(rangeAddress({ top, bottom: last, left: t.ragCol, right: t.ragCol })),
          fills.map((fill) => [{ fill, fontColor: textColourOn(fill), bold: true }]),
          printSetup,
        );
        const mitigation = ws.getRange(
          rangeAddress({ top, bottom: last, left: t.mitigationCol, right: t.mitigationCol }),
        );
        if (richText) {
          // Bullet by bullet: new in red, planned/ongoing in italics (ExcelApi 1.18).
          mitigation.setCellProperties(entries.map((r) => [{ textRuns: bulletRuns(r) }]));
        } else {
          queueCellLooks(
            mitigation,
            fonts.map((x) => [{ fontColor: x.color ?? "#000000", italic: !!x.italic }]),
            printSetup,
          );
          let row = top;
          for (const span of entrySpans) {
            if (span > 1)
              for (let col = 0; col <= right; col++)
                if (col !== t.mitigationCol)
                  ws.getRange(
                    rangeAddress({ top: row, bottom: row + span - 1, left: col, right: col }),
                  ).merge(false);
            row += span;
          }
        }
        // Each row as tall as its text needs, measured (Excel's autofit skips merged cells, and the
        // printed file must carry the heights for any program that prints it).
        queueRowHeights(ws, top, bodyHeights(vals, widths, size, new Set([t.ragCol])), printSetup);
        queueGrid(ws, { top, bottom: last, left: 0, right });
        for (const col of centred)
          ws.getRange(rangeAddress({ top, bottom: last, left: col, right: col })).format.horizontalAlignment =
            "Center";
        // The movement marks in bold: a thin arrow at table size is hard to read on the page.
        if (t.trendCol !== undefined)
          ws.getRange(
            rangeAddress({ top, bottom: last, left: t.trendCol, right: t.trendCol }),
          ).format.font.bold = true;
      }),
    );
    i0 = i1;
  }
  writes.push(
    queuedWrite(256, (c) => {
      const ws = c.workbook.worksheets.getItem(into);
      ws.getRange(cellAddress(bottom + 2, 0)).values = [[t.caption]];
      ws.getRange(cellAddress(bottom + 2, 0)).format.font.italic = true;
      // The legend (movement arrows), under the caption; text, so a line never becomes a formula.
      const legend = t.legend ?? [];
      if (legend.length) {
        const at = ws.getRange(
          rangeAddress({ top: bottom + 3, bottom: bottom + 2 + legend.length, left: 0, right: 0 }),
        );
        at.numberFormat = legend.map(() => ["@"]);
        at.values = legend.map((l) => [l]);
      }
      // One typeface throughout, the title a little larger.
      queueTypeface(ws, { top: 0, bottom: bottom + 2 + legend.length, left: 0, right }, look);
      queueTypeface(ws, { top: 0, bottom: 0, left: 0, right: 0 }, look, size + 3);
      ws.showGridlines = false;
      if (printSetup) queuePrintSetup(ws, `$${TABLE_TOP + 1}:$${TABLE_TOP + 1}`, look);
    }),
  );
  return writes;
}

/**
 * The request bytes of one entry's rows, over-estimated: values (the mitigation text once, as values
 * or as runs), a number format and a font or fill per cell, and, without rich text, a merge per other
 * column (each merge a range of its own in the request, about 250 bytes with its framing).
 */
function entryBytes(t: AppendixTable, i: number, span: number): number {
  const row = t.rows[i]!;
  const width = t.headers.length;
  const text = estimateBytes(row.values) + row.bullets.reduce((s, b) => s + estimateBytes(b.text), 0);
  const perRow = width * 8 + 160 + row.bullets.length * 90;
  return text + span * perRow + (span > 1 ? (width - 1) * 250 : 0);
}

/**
 * Landscape A4, one page wide, the header row on every page, centred, with the paper's page header
 * and footer when the look is given (ExcelApi 1.9).
 */
export function queuePrintSetup(
  ws: Excel.Worksheet,
  titleRows: string | null,
  look?: PaperLook,
  orientation: "Landscape" | "Portrait" = "Landscape",
) {
  ws.pageLayout.orientation = orientation;
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.printGridlines = false;
  if (titleRows) ws.pageLayout.setPrintTitleRows(titleRows);
  if (look) queuePageTexts(ws, look);
}

export interface BuildResult {
  sheets: string[];
  richText:
    | "rich text"
    | "fallback: no ExcelApi 1.18"
    | "fallback: rich text came back empty"
    | "fallback: rich text lost its colours or italics";
  printSetup: boolean;
  changes: EntryChange[];
  /** The cover note as plain lines (footnote references as superscript numbers, the footnotes last). */
  coverNote: string[];
  /** The cover note as paragraphs of runs and footnotes, for a document writer. */
  note: CoverNote;
  baseline: Baseline | null;
  /** What Check warned about; the build went ahead (errors stop it). */
  warnings: Finding[];
  syncs: number;
}

export interface BuildOptions {
  /** "stop": warnings stop the build (the pane shows them and offers Build anyway); "build": they do not. */
  warnings?: "stop" | "build";
}

/**
 * Build the appendices, if Check allows it: Check runs on the registers Build reads (no extra sync); an
 * error (a score that is not 1–5, a broken formula) stops it, and so do warnings when asked to.
 */
export async function buildPaper(
  host: ExcelHost,
  baselineId: string | null,
  now = new Date(),
  options: BuildOptions = {},
): Promise<BuildResult | CheckStop | { error: string }> {
  const counted = countingHost(host);
  const inputs = await readPaperInputs(counted, baselineId);
  if (inputs.error) return { error: inputs.error };
  // The paper's day: what overdue reviews and actions are measured on (the user's local day).
  const today = localDateOf(now);
  const { stop, warnings } = checkGate(inputs, options.warnings ?? "build", "build", today);
  if (stop) return stop;
  const laid = layOutPaper(inputs, today);
  if ("error" in laid) return laid;
  const { changes, cover, matrix: m, legend: legendLines } = laid;
  // The tables written as sheets: the appendices, then the actions outstanding where there is a log.
  const tables = laid.actions ? [...laid.tables, laid.actions] : laid.tables;
  const note = coverNoteLines(cover);
  const canRich = host.isSetSupported("ExcelApi", "1.18");
  const printSetup = host.isSetSupported("ExcelApi", "1.9");
  const others = (): PlannedWrite[] => {
    const writes: PlannedWrite[] = [];
    const c = appendixC();
    const look = inputs.settings.paper;
    const cWidths = printWidths(c.headers, c.widths, look.fontSize);
    writes.push(
      queuedWrite(estimateBytes(c.rows) + 512, (ctx) => {
        const ws = ctx.workbook.worksheets.add(temporaryName(c.sheet));
        ws.getRange("A1").values = [[c.title]];
        ws.getRange("A1").format.font.bold = true;
        queueHeaderRow(ws, 2, c.headers, cWidths, look.fontSize, false);
        const body = ws.getRange(rangeAddress({ top: 3, bottom: 2 + c.rows.length, left: 0, right: 5 }));
        body.numberFormat = c.rows.map((r) => r.map(() => "@"));
        body.values = c.rows;
        body.format.wrapText = true;
        body.format.verticalAlignment = "Top";
        ws.getRange(rangeAddress({ top: 3, bottom: 2 + c.rows.length, left: 0, right: 0 })).format.font.bold =
          true;
        cWidths.forEach(
          (w, i) =>
            (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth = w),
        );
        queueRowHeights(ws, 3, bodyHeights(c.rows, cWidths, look.fontSize, new Set([0])), printSetup);
        queueGrid(ws, { top: 2, bottom: 2 + c.rows.length, left: 0, right: 5 });
        queueTypeface(ws, { top: 0, bottom: 2 + c.rows.length, left: 0, right: 5 }, look);
        queueTypeface(ws, { top: 0, bottom: 0, left: 0, right: 0 }, look, look.fontSize + 3);
        ws.showGridlines = false;
        if (printSetup) queuePrintSetup(ws, "$3:$3", look);
      }),
    );
    const arrow = matrixLabel(m.movements);
    writes.push(
      queuedWrite(4096, (ctx) => {
        const ws = ctx.workbook.worksheets.add(temporaryName("Risk Matrix"));
        ws.getRange("A1").values = [["Figure 1: SEC Panel Risks Matrix"]];
        ws.getRange("A1").format.font.bold = true;
        const grid = ws.getRange("B3:F7");
        grid.numberFormat = m.rows.map((r) => r.map(() => "@"));
        grid.values = m.rows.map((r) => r.map((cell) => cell.risks.map(arrow).join(", ")));
        queueCellLooks(
          grid,
          m.rows.map((r) =>
            r.map((cell) => ({
              fill: cell.color,
              fontColor: textColourOn(cell.color),
              bold: true,
              horizontalAlignment: "Center",
              verticalAlignment: "Center",
              wrapText: true,
            })),
          ),
          printSetup,
        );
        ws.getRange("A3:A7").values = m.rows.map((r) => [`Impact ${r[0]!.impact}`]);
        ws.getRange("B8:F8").values = [[1, 2, 3, 4, 5].map((l) => `Likelihood ${l}`)];
        ws.getRange("A3:A7").format.font.bold = true;
        // Each Impact label beside the middle of its row of the matrix, as the seed's Figure 1.
        ws.getRange("A3:A7").format.verticalAlignment = "Center";
        ws.getRange("B8:F8").format.font.bold = true;
        ws.getRange("A:A").format.columnWidth = 70;
        ws.getRange("B:F").format.columnWidth = 90;
        ws.getRange("A3:F7").format.rowHeight = 48;
        const legend = legendLines.map((l) => [l]);
        const at = ws.getRange(rangeAddress({ top: 9, bottom: 9 + legend.length - 1, left: 0, right: 0 }));
        at.numberFormat = legend.map(() => ["@"]);
        at.values = legend;
        queueGrid(ws, { top: 2, bottom: 6, left: 0, right: 5 });
        queueTypeface(ws, { top: 0, bottom: 9 + legend.length - 1, left: 0, right: 5 }, look);
        ws.showGridlines = false;
        if (printSetup) queuePrintSetup(ws, null, look);
      }),
    );
    writes.push(
      queuedWrite(estimateBytes(note) + 2048, (ctx) =>
        queueCoverNoteSheet(
          ctx.workbook.worksheets.add(temporaryName("Cover Note")),
          cover,
          look,
          // The cover note is a portrait page, with the paper's header and footer.
          printSetup
            ? (ws: Excel.Worksheet, rows: string | null) => queuePrintSetup(ws, rows, look, "Portrait")
            : null,
        ),
      ),
    );
    return writes;
  };
  const audit = (richText: BuildResult["richText"]) => {
    const entry = {
      action: "Build appendices",
      register: tables.map((t) => t.sheet).join(", "),
      target: inputs.baseline ? `against ${inputs.baseline.label}` : "no baseline",
      summary: `${tables.map((t) => `${t.sheet} ${t.rows.length} rows`).join("; ")}; ${changes.length} change(s); ${richText}; content ${fingerprint(tables, note)}.`,
    };
    // A build whose reply was lost and is run again makes the same content: it is not logged twice.
    const logged =
      inputs.lastAudit?.[1] === entry.action &&
      inputs.lastAudit?.[4] === entry.target &&
      inputs.lastAudit?.[5] === entry.summary;
    return queuedWrite(512, (ctx) => {
      if (!logged) queueAuditOrCreate(ctx, inputs.auditExists, inputs.auditSheetExists, entry, now);
    });
  };

  let richText: BuildResult["richText"] = canRich ? "rich text" : "fallback: no ExcelApi 1.18";
  const sheets = [
    ...laid.tables.map((t) => t.sheet),
    "Appendix C",
    "Risk Matrix",
    "Cover Note",
    ...(laid.actions ? [laid.actions.sheet] : []),
  ];
  // A generated sheet an earlier build wrote that this one does not (the action log or the risks outside
  // appetite since removed): deleted as the old sheets are, once the new ones are in place.
  const stale = GENERATED_SHEETS.filter((n) => inputs.sheetNames.has(n) && !sheets.includes(n));
  // Left by a build that stopped part way: removed before anything else, so a retry starts clean.
  const leftovers = [...inputs.sheetNames].filter(
    (n) => n.startsWith(TEMPORARY_PREFIX) || n.startsWith(RETIRED_PREFIX),
  );
  let swapping = false;
  try {
    await counted.run(async (context) => {
      await applyWrites(context, [
        queuedWrite(256, (ctx) => {
          for (const n of leftovers) ctx.workbook.worksheets.getItem(n).delete();
        }),
        ...tables.flatMap((t) =>
          planTableSheet(t, canRich, temporaryName(t.sheet), false, printSetup, inputs.settings.paper),
        ),
        ...others(),
      ]);
      if (canRich) {
        // Read the rich-text cells back: some Excel builds report 1.18 yet leave them empty, or keep
        // the text and drop each bullet's colour and italics.
        const { verdicts } = await readBackRuns(
          context,
          tables.map((t) => ({
            sheet: temporaryName(t.sheet),
            rows: t.rows,
            top: TABLE_TOP + 1,
            column: t.mitigationCol,
          })),
        );
        const lost = tables.map((t, i) => ({ t, verdict: verdicts[i]! })).filter((x) => x.verdict !== "kept");
        if (lost.length) {
          const reason = lost.some((x) => x.verdict === "empty")
            ? "fallback: rich text came back empty"
            : "fallback: rich text lost its colours or italics";
          richText = reason;
          await applyWrites(
            context,
            lost.flatMap(({ t }) =>
              planTableSheet(
                t,
                false,
                temporaryName(t.sheet),
                true,
                printSetup,
                inputs.settings.paper,
                FALLBACK_NOTES[reason],
              ),
            ),
          );
        }
      }
      swapping = true;
      // Only now, with every new sheet written and checked, the old ones give way, sheet by sheet (the
      // old one renamed aside, the new one renamed in), in one small sync; the old ones are then deleted.
      await applyWrites(context, [
        queuedWrite(1024, (ctx) => {
          const ws = (name: string) => ctx.workbook.worksheets.getItem(name);
          for (const name of sheets) {
            if (inputs.sheetNames.has(name)) ws(name).name = retiredName(name);
            ws(temporaryName(name)).name = name;
          }
          for (const name of sheets) if (inputs.sheetNames.has(name)) ws(retiredName(name)).delete();
          for (const name of stale) ws(name).delete();
          // The paper's sheets first, in the paper's order, so that printing the workbook (or the
          // sheets from the first to Appendix C) prints the paper as it is read.
          PAPER_ORDER.filter((n) => sheets.includes(n)).forEach((name, i) => (ws(name).position = i));
        }),
        audit(richText),
      ]);
    });
  } catch (e) {
    const why = (e as Error).message;
    return {
      error: swapping
        ? `Building the appendices stopped while the new sheets were taking the old ones' places (${why}). The registers were not touched; building again finishes it and removes the sheets left half-way.`
        : isTooLarge(e)
          ? `Excel refused part of the appendices as too large even in small pieces (${why}). The registers and the previous appendices are as they were.`
          : `Building the appendices stopped part way (${why}). The registers and the previous appendices are as they were; building again completes it.`,
    };
  }
  return {
    sheets,
    richText,
    printSetup,
    changes,
    coverNote: note,
    note: cover,
    baseline: inputs.baseline,
    warnings,
    syncs: counted.syncs(),
  };
}

/** What changed since a baseline (the newest when none is named), and every bullet the paper prints: four syncs. */
export async function whatChanged(
  host: ExcelHost,
  baselineId: string | null,
): Promise<
  | {
      baselines: BaselineInfo[];
      baseline: Baseline | null;
      changes: EntryChange[];
      /** The open Panel entries' bullets, each red or not, for marking by hand. */
      entries: MarkableEntry[];
      marks: BulletMark[];
    }
  | { error: string }
> {
  const inputs = await readPaperInputs(host, baselineId);
  if (inputs.error) return { error: inputs.error };
  const marks = markLookup(inputs.marks);
  return {
    baselines: inputs.baselines,
    baseline: inputs.baseline,
    changes: changesSince(inputs),
    entries: inputs.registers
      .filter((r) => r.def.role === "panel")
      .flatMap((r) => markableEntries(r, inputs.baseline, marks)),
    marks: inputs.marks,
  };
}
