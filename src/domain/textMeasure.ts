// How much room printed text takes: character widths of Arial (metrically the same as Helvetica and
// Liberation Sans, which LibreOffice prints in its place), word-wrapped as Excel wraps a cell, so the
// paper's row heights and column widths are measured from the text rather than guessed.
// Widths are Helvetica's AFM advance widths in 1/1000 em (Adobe Core14 metrics).

const ASCII_WIDTHS = [
  // 32-63: space ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ?
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  // 64-95: @ A-Z [ \ ] ^ _
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611,
  722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  // 96-126: ` a-z { | } ~
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278,
  556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER: Record<string, number> = {
  "•": 350,
  "–": 556,
  "—": 1000,
  "‘": 222,
  "’": 222,
  "“": 333,
  "”": 333,
  "…": 1000,
  "£": 556,
  "€": 556,
  "↑": 584,
  "↓": 584,
  "→": 1000,
  "\u00a0": 278,
};
/** Bold Helvetica is wider; its AFM averages about 6% more over English text. */
const BOLD = 1.06;

/** The width of one character in em thousandths (an unknown character counts as wide as "m" less a little). */
function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]!;
  if (code < 32 || (code >= 0x200b && code <= 0x200d) || code === 0xfeff) return 0;
  return OTHER[ch] ?? 700;
}

/** The printed width of a string in points. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * sizePt * (bold ? BOLD : 1);
}

/**
 * The lines a cell's text takes when wrapped in `widthPt` of room: explicit line breaks kept, words
 * moved whole to the next line, a word longer than the line broken where it no longer fits (as Excel does).
 */
export function wrapLines(text: string, widthPt: number, sizePt: number, bold = false): string[] {
  const room = Math.max(widthPt, sizePt);
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/(?<= )/)) {
      const candidate = line + word;
      if (textWidth(candidate.trimEnd(), sizePt, bold) <= room) {
        line = candidate;
        continue;
      }
      if (line) out.push(line.trimEnd());
      line = "";
      // A word wider than the line on its own: broken character by character.
      let rest = word;
      while (textWidth(rest.trimEnd(), sizePt, bold) > room) {
        let cut = 1;
        while (cut < rest.length && textWidth(rest.slice(0, cut + 1), sizePt, bold) <= room) cut++;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line.trimEnd());
  }
  return out;
}

/**
 * A line's height for a font size: Excel's, whose rows of Arial take 16 px a line at 9 pt and 17 px at
 * 10 pt (12 and 12.75 pt), about 4/3 of the size; LibreOffice sets lines closer (about 1.15), so a
 * row measured for Excel prints with a little room to spare there, never clipped.
 */
export const lineHeight = (sizePt: number) => Math.ceil(((sizePt * 4) / 3) * 4) / 4;

/** Excel's cell padding (about 2 pt each side) and the room kept so that a renderer's rounding never wraps a line more. */
const CELL_PADDING = 5;
const SAFETY = 1.04;

/** The row height (points) that shows every line of every cell, capped at Excel's 409 pt. */
export function rowHeightFor(
  cells: ReadonlyArray<{ text: string; widthPt: number; bold?: boolean }>,
  sizePt: number,
): number {
  let lines = 1;
  for (const c of cells) {
    if (!c.text) continue;
    const room = (c.widthPt - CELL_PADDING) / SAFETY;
    lines = Math.max(lines, wrapLines(c.text, room, sizePt, c.bold).length);
  }
  return Math.min(409, Math.ceil(lines * lineHeight(sizePt) + 4));
}

/**
 * The narrowest column (points) in which no word of `text` is broken: the widest word, with padding.
 * A renderer may also break after a hyphen ("Likelihood (1-" / "5)"), so a hyphenated word is kept
 * on one line with the word before it, and the line then breaks at the space.
 */
export function widthForWords(text: string, sizePt: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  const pieces = words.map((w, i) => (i > 0 && /\S-\S/.test(w) ? `${words[i - 1]} ${w}` : w));
  const widest = Math.max(0, ...pieces.map((w) => textWidth(w, sizePt, bold)));
  return Math.ceil(widest * SAFETY + CELL_PADDING + 1);
}
