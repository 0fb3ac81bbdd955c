// Where a pasted register ends: a totals or "count" row and notes below the last risk are not risks.
// They stay as they are, below the table (issue 11 item 4); blank rows between the risks stay in it.
import type { CellValue } from "./register";

const TOTALS =
  /^\s*(?:grand\s+)?(?:totals?|sub-?totals?|count|sum|number of (?:risks|issues)|no\.? of (?:risks|issues)|(?:risks|issues) (?:total|count))\b/i;
const NOTE = /^\s*(?:notes?|source|key|n\.?b\.?|prepared by|last updated|updated)\b/i;

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

function filled(row: readonly CellValue[] | undefined, width: number): CellValue[] {
  return (row ?? []).slice(0, width).filter((v) => !blank(v));
}

/** Where a risk's number and description are (header indexes), so that "Total loss of power" stays a risk. */
export interface KeyColumns {
  number?: number;
  description?: number;
}

const isLabel = (v: CellValue | undefined) => typeof v === "string" && TOTALS.test(v);

/** A totals or count row: a cell reading "Total", "Count: 12", "Number of risks"…, and not a risk. */
export function isTotalsRow(
  row: readonly CellValue[] | undefined,
  width: number,
  keys: KeyColumns = {},
): boolean {
  if (!filled(row, width).some(isLabel)) return false;
  const at = (i: number | undefined) => (i === undefined ? undefined : row?.[i]);
  // A numbered, described row is a risk ("2 | Total loss of power"); without a number column, a
  // description that is not itself the label.
  const described = !blank(at(keys.description));
  if (keys.number !== undefined) return !(described && !blank(at(keys.number)) && !isLabel(at(keys.number)));
  return !(described && !isLabel(at(keys.description)));
}

/** A note below the register: one cell of text, "Note: …", "Source: …", "Key: …". */
export function isNoteRow(row: readonly CellValue[] | undefined, width: number): boolean {
  const cells = filled(row, width);
  return cells.length === 1 && typeof cells[0] === "string" && NOTE.test(cells[0]);
}

export interface RegisterExtent {
  /** Grid index of the register's last row (the header's when it has none). */
  lastIdx: number;
  /** Grid indexes of the rows below it kept as they are (totals, notes), with their text. */
  below: Array<{ idx: number; text: string }>;
  /** Grid indexes of blank rows among the risks, kept in the table as blank rows. */
  blankRows: number[];
}

/**
 * From the bottom up, blank, totals and note rows are below the register; the first other row is its
 * last. A reader keeps a blank row between risks where it is: the table holds it as a blank row.
 */
export function registerExtent(
  values: readonly CellValue[][],
  headerIdx: number,
  width: number,
  keys: KeyColumns = {},
): RegisterExtent {
  let last = headerIdx;
  for (let r = values.length - 1; r > headerIdx; r--)
    if (filled(values[r], width).length) {
      last = r;
      break;
    }
  let end = last;
  const below: RegisterExtent["below"] = [];
  for (let r = last; r > headerIdx; r--) {
    const row = values[r];
    if (!filled(row, width).length) continue;
    if (!isTotalsRow(row, width, keys) && !isNoteRow(row, width)) break;
    below.unshift({ idx: r, text: filled(row, width).map(String).join(" ") });
    end = r - 1;
  }
  let lastIdx = headerIdx;
  for (let r = end; r > headerIdx; r--)
    if (filled(values[r], width).length) {
      lastIdx = r;
      break;
    }
  if (!below.length) lastIdx = last;
  const blankRows: number[] = [];
  for (let r = headerIdx + 1; r < lastIdx; r++) if (!filled(values[r], width).length) blankRows.push(r);
  return { lastIdx, below, blankRows };
}
