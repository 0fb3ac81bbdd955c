// Text measurement for the printed paper: Helvetica/Arial widths, Excel-like word wrap, row heights.
import fc from "fast-check";
import { rowHeightFor, textWidth, widthForWords, wrapLines } from "../../src/domain/textMeasure";

test("widths follow Helvetica's metrics: 'Impact' at 10 pt is 30.01 pt, an m wider than an i", () => {
  // I 278 + m 833 + p 556 + a 556 + c 500 + t 278 = 3001 thousandths of an em.
  expect(textWidth("Impact", 10)).toBeCloseTo(30.01, 2);
  expect(textWidth("m", 10)).toBeGreaterThan(textWidth("i", 10) * 3);
  expect(textWidth("\u200b", 10)).toBe(0);
});

test('a header with a hyphenated word gets room for it beside the word before, so no renderer breaks "(1-" / "5)"', () => {
  for (const h of ["Impact (1-5)", "Likelihood (1-5)"])
    expect(widthForWords(h, 9, true)).toBeGreaterThanOrEqual(textWidth(h, 9, true) + 5);
  // Words without hyphens need only the widest word.
  expect(widthForWords("RAG Status", 9, true)).toBeLessThan(textWidth("RAG Status", 9, true));
});

test("explicit line breaks are kept and a long word is broken only where it no longer fits", () => {
  expect(wrapLines("• one\n• two", 500, 9)).toEqual(["• one", "• two"]);
  const lines = wrapLines("x".repeat(40), 50, 10);
  expect(lines.join("")).toBe("x".repeat(40));
  for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(50);
});

const words = fc.array(fc.stringMatching(/^[A-Za-z0-9()•,.-]{1,12}$/), { minLength: 0, maxLength: 40 });

test("property: wrapping keeps every word, in order, and each line fits unless it is one long word", () => {
  fc.assert(
    fc.property(words, fc.integer({ min: 30, max: 400 }), (ws, width) => {
      const text = ws.join(" ");
      const lines = wrapLines(text, width, 9);
      expect(lines.join(" ").split(/\s+/).join("")).toBe(text.split(/\s+/).join(""));
      for (const l of lines) if (l.includes(" ")) expect(textWidth(l, 9)).toBeLessThanOrEqual(width + 1e-9);
    }),
  );
});

test("property: a wider column never needs more lines, and a row is as tall as its tallest cell", () => {
  fc.assert(
    fc.property(
      words,
      fc.integer({ min: 40, max: 300 }),
      fc.integer({ min: 1, max: 200 }),
      (ws, w, extra) => {
        const text = ws.join(" ");
        expect(wrapLines(text, w + extra, 9).length).toBeLessThanOrEqual(wrapLines(text, w, 9).length);
        const one = rowHeightFor([{ text, widthPt: w }], 9);
        const both = rowHeightFor(
          [
            { text, widthPt: w },
            { text: "short", widthPt: w },
          ],
          9,
        );
        expect(both).toBe(one);
        expect(one).toBeLessThanOrEqual(409);
      },
    ),
  );
});

test("a row of a seed risk: the mitigation's lines decide the height", () => {
  const mitigation =
    "• SEC Panel and the DCC have developed a Release Management Document to cover the overarching approach to managing releases, which was issued for consultation on 15 November 2017.\n• DCC to regularly update the Panel on progression of the release implementation.";
  const h = rowHeightFor(
    [
      {
        text: "The DCC are unable to deliver all the changes that make up the content of a Release.",
        widthPt: 210,
      },
      { text: mitigation, widthPt: 330 },
    ],
    9,
  );
  // 330 pt holds about 70 characters of 9 pt Arial: 3 + 2 lines, 12 pt each (Excel's 16 px), plus 4.
  expect(h).toBeGreaterThanOrEqual(5 * 12 + 4);
  expect(h).toBeLessThanOrEqual(7 * 12 + 4);
});
