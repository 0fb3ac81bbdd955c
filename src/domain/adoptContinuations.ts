// A risk spread over several rows, as Excel pastes a Word or PDF table: each paragraph of a cell on a
// row of its own, the risk's other cells merged down over them (or left blank). A reader sees one risk,
// so adoption joins the continuation rows' text into the risk's first row, line after line (bullets
// collected in order), and leaves those rows blank in the table. Every value is kept; the preview
// lists each join (issue 11 item 4).
import type { ColumnKey } from "./columns";
import type { CellValue } from "./register";

/** Columns whose cells a continuation row may not hold: a value there makes the row a risk of its own. */
const OWN_ROW: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "number",
  "impact",
  "likelihood",
  "severity",
  "band",
  "computedRag",
  "ragOverride",
  "rag",
  "dateRaised",
  "lastReviewed",
]);

export interface Continuation {
  /** Grid index of the risk's first row. */
  first: number;
  /** Grid indexes of the rows joined into it. */
  rows: number[];
  /** Header indexes of the columns whose text was joined. */
  columns: number[];
}

export interface ContinuationInput {
  values: readonly CellValue[][];
  headerIdx: number;
  lastIdx: number;
  width: number;
  /** Column key → header index. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Whether grid cell (idx, col) is covered by a merged area that starts on a row above it. */
  mergedFromAbove: (idx: number, col: number) => boolean;
  isFormula: (idx: number, col: number) => boolean;
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

export function findContinuations(input: ContinuationInput): Continuation[] {
  const { values, headerIdx, lastIdx, width, columns } = input;
  const keyCol = columns.number ?? columns.description;
  if (keyCol === undefined) return [];
  const barred = new Set<number>();
  for (const [key, i] of Object.entries(columns) as Array<[ColumnKey, number]>)
    if (OWN_ROW.has(key)) barred.add(i);
  const out: Continuation[] = [];
  let current: Continuation | null = null;
  for (let r = headerIdx + 1; r <= lastIdx; r++) {
    const row = values[r] ?? [];
    const merged = input.mergedFromAbove(r, keyCol);
    const keysBlank =
      blank(row[keyCol]) && (columns.description === undefined || blank(row[columns.description]));
    // Most rows are risks of their own: decided before looking at their other cells.
    if (!merged && !keysBlank) {
      current = null;
      continue;
    }
    const content: number[] = [];
    for (let i = 0; i < width; i++) if (!blank(row[i])) content.push(i);
    if (!content.length) {
      current = null; // a blank row ends a risk
      continue;
    }
    const open = current as Continuation | null;
    const first: number | null = open ? open.first : r > headerIdx + 1 ? r - 1 : null;
    const firstRow = first === null ? null : values[first];
    // The row it would join is a risk: the one above, with a number or a description.
    const isRisk =
      current !== null ||
      !blank(firstRow?.[keyCol]) ||
      (columns.description !== undefined && !blank(firstRow?.[columns.description]));
    const joinable =
      first !== null &&
      isRisk &&
      (merged || keysBlank) &&
      content.every(
        (i) =>
          !barred.has(i) &&
          typeof row[i] === "string" &&
          !input.isFormula(r, i) &&
          (blank(firstRow?.[i]) || typeof firstRow?.[i] === "string"),
      );
    if (!joinable || first === null) {
      current = null;
      continue;
    }
    if (!current) {
      current = { first, rows: [], columns: [] };
      out.push(current);
    }
    current.rows.push(r);
    for (const i of content) if (!current.columns.includes(i)) current.columns.push(i);
  }
  for (const c of out) c.columns.sort((a, b) => a - b);
  return out;
}

/** The grid as adoption leaves it: each risk's text joined into its first row, continuation rows blank. */
export function joinContinuations(
  values: readonly CellValue[][],
  continuations: readonly Continuation[],
): { values: CellValue[][]; writes: Array<{ idx: number; col: number; value: CellValue }> } {
  const out = values.slice();
  const writes: Array<{ idx: number; col: number; value: CellValue }> = [];
  for (const c of continuations) {
    const first = [...(values[c.first] ?? [])];
    for (const col of c.columns) {
      const parts = [c.first, ...c.rows].map((r) => values[r]?.[col]).filter((v) => !blank(v));
      first[col] = parts.map(String).join("\n");
      writes.push({ idx: c.first, col, value: first[col] });
    }
    out[c.first] = first;
    for (const r of c.rows) {
      const row = [...(values[r] ?? [])];
      for (const col of c.columns)
        if (!blank(row[col])) {
          row[col] = "";
          writes.push({ idx: r, col, value: "" });
        }
      out[r] = row;
    }
  }
  return { values: out, writes };
}
