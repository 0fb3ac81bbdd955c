// How the paper's sheets print: one typeface, thin borders on every table cell, row heights measured
// from the text, and the page header and footer. Queued only: the sheet writers call these inside
// their own batches, so printing adds no round trip.
import { rangeAddress, type RangeRef } from "../domain/address";
import type { PaperLook } from "../domain/paperLook";
import { headerHeight, pageTexts } from "../domain/paperPrint";
import { HEADER_FILL, HEADER_FONT } from "./layout";

/** The paper's typeface and size over an area of a sheet. */
export function queueTypeface(ws: Excel.Worksheet, area: RangeRef, look: PaperLook, size = look.fontSize) {
  const range = ws.getRange(rangeAddress(area));
  range.format.font.name = look.typeface;
  range.format.font.size = size;
}

/**
 * A printed table's header row at `row` (0-based) from column A: the headers in the register's header
 * colours, bold, wrapped, its height measured from the words at the columns' widths; centred unless
 * `centred` is false.
 */
export function queueHeaderRow(
  ws: Excel.Worksheet,
  row: number,
  headers: readonly string[],
  widths: readonly number[],
  size: number,
  centred = true,
): Excel.Range {
  const header = ws.getRange(rangeAddress({ top: row, bottom: row, left: 0, right: headers.length - 1 }));
  header.values = [[...headers]];
  header.format.fill.color = HEADER_FILL;
  header.format.font.color = HEADER_FONT;
  header.format.font.bold = true;
  header.format.wrapText = true;
  if (centred) {
    header.format.verticalAlignment = "Center";
    header.format.horizontalAlignment = "Center";
  }
  header.format.rowHeight = headerHeight([...headers], [...widths], size);
  return header;
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** A thin black line round every cell of the area (ExcelApi 1.1's RangeBorder). */
export function queueGrid(ws: Excel.Worksheet, area: RangeRef) {
  const borders = ws.getRange(rangeAddress(area)).format.borders;
  for (const edge of EDGES) {
    // A one-row or one-column area has no inside lines; Excel ignores them there, the simulator too.
    if (edge === "InsideHorizontal" && area.top === area.bottom) continue;
    if (edge === "InsideVertical" && area.left === area.right) continue;
    const b = borders.getItem(edge);
    b.style = "Continuous";
    b.weight = "Thin";
    b.color = "#000000";
  }
}

/**
 * Row heights from `top` down, one per row. With ExcelApi 1.9 one setRowProperties for them all;
 * below it, one rowHeight per run of equal heights (still queued, still one sync).
 */
export function queueRowHeights(
  ws: Excel.Worksheet,
  top: number,
  heights: readonly number[],
  rowProps: boolean,
) {
  if (!heights.length) return;
  if (rowProps) {
    // api-set-guard: ExcelApi 1.9 rowProps is Build's printSetup (host.isSetSupported("ExcelApi", "1.9")), passed on by every caller
    ws.getRange(rangeAddress({ top, bottom: top + heights.length - 1, left: 0, right: 0 })).setRowProperties(
      heights.map((h) => ({ format: { rowHeight: h } })),
    );
    return;
  }
  let start = 0;
  for (let i = 1; i <= heights.length; i++) {
    if (i < heights.length && heights[i] === heights[start]) continue;
    ws.getRange(rangeAddress({ top: top + start, bottom: top + i - 1, left: 0, right: 0 })).format.rowHeight =
      heights[start]!;
    start = i;
  }
}

/** The page header (paper reference) and footer (classification, Page x of y), ExcelApi 1.9. */
export function queuePageTexts(ws: Excel.Worksheet, look: PaperLook) {
  const texts = pageTexts(look);
  const page = ws.pageLayout.headersFooters.defaultForAllPages;
  page.leftHeader = texts.leftHeader;
  page.centerHeader = texts.centerHeader;
  page.rightHeader = texts.rightHeader;
  page.leftFooter = texts.leftFooter;
  page.centerFooter = texts.centerFooter;
  page.rightFooter = texts.rightFooter;
}
