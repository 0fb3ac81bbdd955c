// Build's read-back of the mitigation runs it wrote. Some Excel builds report ExcelApi 1.18 yet leave
// rich-text cells empty, or keep the text and drop each run's colour and italics; the paper must then
// fall back to one bullet per row. The cells are read in windows planned from the runs written, so
// the response never nears Excel on the web's 5 MB limit, however long the register.
import { RED_TEXT, type AppendixRow } from "../domain/paper";
import { isTooLarge, RESPONSE_BUDGET_BYTES, utf8Bytes } from "./payload";

export type ReadBack = "kept" | "empty" | "formatting dropped";

/** The text and font of each bullet as it was written (one run a bullet; "\n" ends all but the last). */
export function bulletRuns(row: AppendixRow): Excel.RangeTextRun[] {
  return row.bullets.map((b, i) => ({
    text: b.text + (i < row.bullets.length - 1 ? "\n" : ""),
    font: { color: b.isNew ? RED_TEXT : "#000000", italic: b.planned },
  }));
}

/** What a run's font says, character by character: red or not, italic or not. */
const look = (font: Excel.CellPropertiesFont | undefined) =>
  `${(font?.color ?? "").toUpperCase() === RED_TEXT ? "red" : "plain"}${font?.italic ? " italic" : ""}`;

/** Compares a cell's runs with the ones written: the text, and each character's colour and italics. */
export function compareRuns(
  written: readonly Excel.RangeTextRun[],
  read: readonly Excel.RangeTextRun[] | undefined,
): ReadBack {
  const text = (runs: readonly Excel.RangeTextRun[]) => runs.map((r) => r.text).join("");
  if (!read || text(read) === "") return written.length ? "empty" : "kept";
  if (text(read) !== text(written)) return "empty";
  // Character by character: a host may split or join runs that look alike.
  const chars = (runs: readonly Excel.RangeTextRun[]) =>
    runs.flatMap((r) => [...r.text].map(() => look(r.font)));
  return chars(read).join("|") === chars(written).join("|") ? "kept" : "formatting dropped";
}

/**
 * A response's bytes for one cell's runs: the text in UTF-8 and, per run, a generous allowance for the
 * font Excel sends back (name, size, colour, bold, italic, underline and the rest).
 */
const cellBytes = (runs: readonly Excel.RangeTextRun[]) =>
  runs.reduce((s, r) => s + utf8Bytes(JSON.stringify(r.text)) + 200, 64);

/** The mitigation cells of one generated sheet: rows `top`…, one entry a row, in `column`. */
export interface ReadBackSheet {
  sheet: string;
  rows: readonly AppendixRow[];
  top: number;
  column: number;
}

/** A window: for each sheet it touches, the rows [from, to]. */
type Window = Array<{ s: number; from: number; to: number }>;

/** Windows over every sheet's rows, in order, each one's read-back under the response budget. */
export function readBackWindows(sheets: readonly ReadBackSheet[], budget = RESPONSE_BUDGET_BYTES): Window[] {
  const windows: Window[] = [];
  let current: Window = [];
  let bytes = 0;
  sheets.forEach((sh, s) =>
    sh.rows.forEach((row, i) => {
      const b = cellBytes(bulletRuns(row));
      if (current.length && bytes + b > budget) {
        windows.push(current);
        current = [];
        bytes = 0;
      }
      const last = current[current.length - 1];
      if (last && last.s === s) last.to = i;
      else current.push({ s, from: i, to: i });
      bytes += b;
    }),
  );
  if (current.length) windows.push(current);
  return windows;
}

const windowBytes = (sheets: readonly ReadBackSheet[], w: Window) =>
  w.reduce(
    (n, p) => n + sheets[p.s]!.rows.slice(p.from, p.to + 1).reduce((m, r) => m + cellBytes(bulletRuns(r)), 0),
    0,
  );

/** A window in two (by its rows), or null when it is a single cell. */
function halve(w: Window): [Window, Window] | null {
  const rows = w.reduce((n, p) => n + p.to - p.from + 1, 0);
  if (rows < 2) return null;
  let left = Math.floor(rows / 2);
  const a: Window = [];
  const b: Window = [];
  for (const p of w) {
    const n = p.to - p.from + 1;
    if (left >= n) a.push(p);
    else if (left <= 0) b.push(p);
    else {
      a.push({ s: p.s, from: p.from, to: p.from + left - 1 });
      b.push({ s: p.s, from: p.from + left, to: p.to });
    }
    left -= n;
  }
  return [a, b];
}

/**
 * Reads back the mitigation cells of every sheet, a window per sync (one sync for a paper of usual
 * size), and says, for each sheet, the worst it found. Returns the verdicts and the syncs made.
 */
export async function readBackRuns(
  context: Excel.RequestContext,
  sheets: readonly ReadBackSheet[],
): Promise<{ verdicts: ReadBack[]; syncs: number }> {
  let syncs = 0;
  const verdicts: ReadBack[] = sheets.map(() => "kept");
  const pending = readBackWindows(sheets);
  while (pending.length) {
    const w = pending.shift()!;
    const reads = w.map((p) => ({
      p,
      props: context.workbook.worksheets
        .getItem(sheets[p.s]!.sheet)
        .getRangeByIndexes(sheets[p.s]!.top + p.from, sheets[p.s]!.column, p.to - p.from + 1, 1)
        .getCellProperties({ textRuns: true }),
    }));
    syncs++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a window per sync, planned under 5 MB
      await context.sync();
    } catch (e) {
      // Refused all the same (a host sending far more per run than allowed for): halve and read again.
      const halves = isTooLarge(e, windowBytes(sheets, w)) ? halve(w) : null;
      if (!halves) throw e;
      pending.unshift(...halves);
      continue;
    }
    for (const { p, props } of reads)
      for (let i = p.from; i <= p.to; i++) {
        const got = compareRuns(bulletRuns(sheets[p.s]!.rows[i]!), props.value[i - p.from]?.[0]?.textRuns);
        if (got === "empty") verdicts[p.s] = "empty";
        else if (got === "formatting dropped" && verdicts[p.s] === "kept") verdicts[p.s] = got;
      }
  }
  return { verdicts, syncs };
}
