// The printed layout of the paper's sheets, measured from their text: column widths that keep every
// header word whole, row heights that show every line and no more, and the page header and footer.
import type { AppendixTable } from "./paper";
import type { PaperLook } from "./paperLook";
import { rowHeightFor, widthForWords, wrapLines } from "./textMeasure";

/** Each column at least as wide as its widest header word (bold), so "Impact (1-5)" never breaks inside "(1-5)". */
export function printWidths(headers: readonly string[], widths: readonly number[], sizePt: number): number[] {
  return widths.map((w, i) => Math.max(w, widthForWords(headers[i] ?? "", sizePt, true)));
}

/** The height of the header row: its tallest header, bold. */
export function headerHeight(headers: readonly string[], widths: readonly number[], sizePt: number): number {
  return rowHeightFor(
    headers.map((h, i) => ({ text: h, widthPt: widths[i] ?? 48, bold: true })),
    sizePt,
  );
}

/** The height of each printed row of a table, from the text of its cells. */
export function bodyHeights(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
  widths: readonly number[],
  sizePt: number,
  boldColumns: ReadonlySet<number> = new Set(),
): number[] {
  return rows.map((r) =>
    rowHeightFor(
      r.map((v, i) => ({
        text: v === null ? "" : String(v),
        widthPt: widths[i] ?? 48,
        bold: boldColumns.has(i),
      })),
      sizePt,
    ),
  );
}

/** A paragraph printed across merged columns: its height in that width. */
export function paragraphHeight(text: string, widthPt: number, sizePt: number): number {
  return rowHeightFor([{ text, widthPt }], sizePt);
}

/** Columns whose cells are numbers or short codes, printed centred (the seed paper's #, scores and RAG; the movement marks). */
export function centredColumns(t: AppendixTable): Set<number> {
  const centred = new Set<number>([t.ragCol]);
  if (t.trendCol !== undefined) centred.add(t.trendCol);
  t.headers.forEach((_, i) => {
    if (i === t.mitigationCol) return;
    const values = t.rows.map((r) => r.values[i]);
    if (values.length && values.every((v) => typeof v === "number" || v === "")) centred.add(i);
  });
  return centred;
}

export interface PageTexts {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** The classification's line length in the footer, in points (a portrait A4 page prints about 520). */
const FOOTER_LINE_PT = 360;

/** Office keeps a page's header, or its footer, as one string of at most 255 characters, codes included. */
export const MAX_HEADER_FOOTER = 255;

const joinedLength = (parts: readonly string[]) =>
  parts.filter(Boolean).reduce((n, p) => n + 2 + p.length, 0);

/**
 * The page header (the paper reference, right) and footer (the classification line, left; "Page x of
 * y", right) with Excel's codes: &"font" and &size for the paper's typeface, &P and &N for the pages,
 * && for an ampersand in the text. The typeface code is left out where it would pass the 255 limit.
 */
export function pageTexts(look: PaperLook): PageTexts {
  const esc = (s: string) => s.replace(/&/g, "&&");
  const size = Math.max(6, look.fontSize - 1);
  const build = (withFont: boolean): PageTexts => {
    const font = withFont ? `&"${look.typeface.replace(/"/g, "")},Regular"` : "";
    const style = `${font}&${size}`;
    return {
      leftHeader: "",
      centerHeader: "",
      rightHeader: look.reference ? `${style}Paper Reference: ${esc(look.reference)}` : "",
      // Excel does not wrap a header or footer: the line is broken here, narrow enough to clear the
      // page numbers on the right even on a portrait page.
      leftFooter: look.classification
        ? `${style}${esc(wrapLines(look.classification, FOOTER_LINE_PT, size).join("\n"))}`
        : "",
      centerFooter: "",
      rightFooter: `${style}Page &P of &N`,
    };
  };
  const full = build(true);
  const fits = (p: PageTexts) =>
    joinedLength([p.leftHeader, p.centerHeader, p.rightHeader]) <= MAX_HEADER_FOOTER &&
    joinedLength([p.leftFooter, p.centerFooter, p.rightFooter]) <= MAX_HEADER_FOOTER;
  return fits(full) ? full : build(false);
}
