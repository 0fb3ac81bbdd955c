// What a pasted register's text carries that a reader does not see: zero-width characters and
// non-breaking spaces (from Word or a PDF), and dates written as text. Adoption keeps both as they are
// (matching ignores the spaces; dates are read as dates wherever the add-in reads them) and says so.
import { parseRegisterDate, type DateOrder } from "./dates";
import type { CellValue } from "./register";

const ODD_SPACE = /[\u200B-\u200D\u2060\uFEFF\u00A0\u202F]/;
const ODD_SPACES = new RegExp(ODD_SPACE.source, "g");

/** Cells (in rows from..to, columns 0..width-1) holding a zero-width character or a non-breaking space. */
export function oddSpaceCells(
  values: readonly CellValue[][],
  from: number,
  to: number,
  width: number,
): number {
  let n = 0;
  for (let r = from; r <= to; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (typeof v === "string" && ODD_SPACE.test(v)) n++;
    }
  }
  return n;
}

/** A date column's text dates: how many, and how many read as no date at all. */
export function textDates(
  values: readonly CellValue[][],
  from: number,
  to: number,
  col: number,
  order: DateOrder = "dmy",
): { count: number; unread: number } {
  let count = 0;
  let unread = 0;
  for (let r = from; r <= to; r++) {
    const v = values[r]?.[col];
    if (typeof v !== "string" || v.trim() === "") continue;
    count++;
    if (!parseRegisterDate(v.replace(ODD_SPACES, " ").trim(), order)) unread++;
  }
  return { count, unread };
}
