// The cover note sheet: one paragraph a row in one wide wrapped column, each row as tall as its text
// needs (measured here, not left to autofit, which some hosts skip and LibreOffice reads as one line), so
// nothing overlaps or is cut in print; the footnotes last, as numbered lines. What the note is compared
// with is said in the pane, not printed in the paper.
import { rangeAddress } from "../domain/address";
import { paragraphText, type CoverNote, type ParagraphStyle } from "../domain/coverNote";
import type { PaperLook } from "../domain/paperLook";
import { rowHeightFor } from "../domain/textMeasure";
import { queueRowHeights, queueTypeface } from "./printLook";

/** Column A's width in points: a portrait A4 page's text width, and inside a landscape one. */
export const COVER_WIDTH = 480;

/** Sizes relative to the paper's table text (9 pt by default: prose 11, title 14, as the seed paper). */
const SIZE_STEP: Record<ParagraphStyle | "footnote", number> = {
  title: 5,
  heading1: 3,
  heading2: 2,
  entry: 2,
  body: 2,
  bullet: 2,
  figure: 2,
  footnote: 0,
};

const BOLD = new Set<string>(["title", "heading1", "heading2", "entry"]);

/**
 * Queues the cover note into an empty sheet (one write, no sync) in the paper's typeface, each row as
 * tall as its text measured (src/domain/textMeasure.ts); `printSetup` when the host has 1.9.
 */
export function queueCoverNoteSheet(
  ws: Excel.Worksheet,
  note: CoverNote,
  look: PaperLook,
  printSetup: ((ws: Excel.Worksheet, titleRows: string | null) => void) | null,
): void {
  const rows: Array<{ text: string; style: ParagraphStyle | "footnote" | "blank" }> = [
    ...note.paragraphs.map((p) => ({ text: paragraphText(p), style: p.style })),
    ...(note.footnotes.length
      ? [
          { text: "", style: "blank" as const },
          ...note.footnotes.map((f) => ({ text: `${f.n} ${f.text}`, style: "footnote" as const })),
        ]
      : []),
  ];
  const sizeOf = (style: ParagraphStyle | "footnote" | "blank") =>
    look.fontSize + (style === "blank" ? 0 : SIZE_STEP[style]);
  ws.getRange("A:A").format.columnWidth = COVER_WIDTH;
  const area = { top: 0, bottom: rows.length - 1, left: 0, right: 0 };
  const all = ws.getRange(rangeAddress(area));
  all.numberFormat = rows.map(() => ["@"]);
  all.values = rows.map((r) => [r.text]);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  queueTypeface(ws, area, look, look.fontSize + 2);
  rows.forEach((r, i) => {
    const size = sizeOf(r.style);
    if (size === look.fontSize + 2 && !BOLD.has(r.style) && r.style !== "figure") return;
    const cell = ws.getRange(rangeAddress({ top: i, bottom: i, left: 0, right: 0 }));
    if (size !== look.fontSize + 2) cell.format.font.size = size;
    if (BOLD.has(r.style)) cell.format.font.bold = true;
    if (r.style === "figure") cell.format.font.italic = true;
  });
  // A little room after each paragraph, as the paper's spacing; a blank row is a half line.
  const heights = rows.map((r) =>
    r.style === "blank"
      ? 8
      : rowHeightFor([{ text: r.text, widthPt: COVER_WIDTH, bold: BOLD.has(r.style) }], sizeOf(r.style)) + 4,
  );
  queueRowHeights(ws, 0, heights, printSetup !== null);
  ws.showGridlines = false;
  if (printSetup) printSetup(ws, null);
}
