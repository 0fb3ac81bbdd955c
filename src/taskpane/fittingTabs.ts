// Which tabs fit a strip of `room` pixels: all of them when they do; else the selected one, then the
// others in their order while they fit beside it and the More button. Pure, so it is unit tested.

/**
 * @param widths each tab's width, in order
 * @param more the More button's width, needed only when a tab is hidden
 * @param room the strip's width
 * @param selected the selected tab's index (always shown), or -1
 * @returns for each tab, whether it is shown in the strip
 */
export function fittingTabs(
  widths: readonly number[],
  more: number,
  room: number,
  selected: number,
): boolean[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  // Half a pixel of slack: measured widths are fractional and the strip's own width is rounded.
  if (total <= room + 0.5) return widths.map(() => true);
  const shown = widths.map((_, i) => i === selected);
  let used = more + (widths[selected] ?? 0);
  // In order, the first tab that does not fit ends the row: a later, narrower one does not jump ahead.
  for (const [i, width] of widths.entries()) {
    if (i === selected) continue;
    if (used + width > room + 0.5) break;
    shown[i] = true;
    used += width;
  }
  return shown;
}
