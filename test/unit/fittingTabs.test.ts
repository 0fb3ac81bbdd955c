// The tab strip's arithmetic (src/taskpane/fittingTabs.ts): which tabs show and which go into More.
import fc from "fast-check";
import { fittingTabs } from "../../src/taskpane/fittingTabs";

// Widths of the order of the pane's eight tabs (14 px labels with 10 px padding each side).
const WIDTHS = [87, 49, 67, 78, 58, 77, 70, 88];
const MORE = 56;

describe("which tabs fit the strip", () => {
  test("all of them, with no More, when they fit (500 px)", () => {
    expect(fittingTabs(WIDTHS, MORE, 590, 0)).toEqual(WIDTHS.map(() => true));
  });

  test("at 270 px the first ones that fit beside More; the rest go into the menu", () => {
    // 246 px of strip: Registers, Edit and Health (203) beside More (56) would be 259: two fit.
    expect(fittingTabs(WIDTHS, MORE, 246, 0)).toEqual([true, true, false, false, false, false, false, false]);
  });

  test("the selected tab stays in the strip even when it is the last", () => {
    const shown = fittingTabs(WIDTHS, MORE, 246, 7);
    expect(shown[7]).toBe(true);
    expect(shown).toEqual([true, false, false, false, false, false, false, true]);
  });

  test("a later, narrower tab does not jump ahead of one that did not fit", () => {
    expect(fittingTabs([50, 100, 10], 20, 100, 0)).toEqual([true, false, false]);
  });

  test("a strip too narrow for anything still shows the selected tab", () => {
    expect(fittingTabs(WIDTHS, MORE, 10, 3)).toEqual([false, false, false, true, false, false, false, false]);
  });

  test("for any widths and room: the selected tab shows, the shown fit unless only it shows, and shown tabs come first in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 150 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.nat(),
        (widths, room, pick) => {
          const selected = pick % widths.length;
          const shown = fittingTabs(widths, MORE, room, selected);
          expect(shown[selected]).toBe(true);
          const total = widths.reduce((s, w) => s + w, 0);
          if (total <= room) expect(shown.every(Boolean)).toBe(true);
          else {
            const used = widths.reduce((s, w, i) => s + (shown[i] ? w : 0), MORE);
            const others = shown.filter((s, i) => s && i !== selected).length;
            if (others > 0) expect(used).toBeLessThanOrEqual(room + 0.5);
            // Apart from the selected tab, the shown ones are a run from the start.
            const rest = shown.filter((_, i) => i !== selected);
            expect(rest.indexOf(false) === -1 || rest.slice(rest.indexOf(false)).every((s) => !s)).toBe(true);
          }
        },
      ),
    );
  });
});
