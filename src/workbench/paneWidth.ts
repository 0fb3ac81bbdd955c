// The task pane's width as each host opens it (Office.TaskPane reference, setWidth remarks):
// 270 px on Mac, 320 px on Windows, 350 px on the web; 500 px for a pane the user has widened.
export const PANE_WIDTHS = [
  { px: 270, label: "270 px (Excel on Mac)" },
  { px: 320, label: "320 px (Excel on Windows)" },
  { px: 350, label: "350 px (Excel on the web)" },
  { px: 500, label: "500 px (widened)" },
] as const;

/** The workbench opens at the web's width unless ?width= names one of the widths above. */
export const DEFAULT_PANE_WIDTH = 350;

export function paneWidthFromUrl(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("width"));
  return PANE_WIDTHS.some((w) => w.px === asked) ? asked : DEFAULT_PANE_WIDTH;
}

/** Keeps the choice in the address, so a reload (or a test's URL) opens the pane at the same width. */
export function setPaneWidthInUrl(px: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set("width", String(px));
  window.history.replaceState(null, "", url);
}
