// Per-cell fills and fonts. Range.setCellProperties (ExcelApi 1.9) sends them in one call; a host at the
// manifest's minimum (1.8: perpetual Excel 2019 on Windows and Mac) gets the same look through
// range.format, one range per run of equal looks down a column, so the proxies grow with the number of
// changes of look, never with the rows.

export interface CellLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: "Center" | "Left" | "Right" | "General";
  verticalAlignment?: "Center" | "Top" | "Bottom";
  wrapText?: boolean;
}

function asCellProperties(l: CellLook): Excel.SettableCellProperties {
  const font: Excel.CellPropertiesFont = {};
  if (l.fontColor !== undefined) font.color = l.fontColor;
  if (l.bold !== undefined) font.bold = l.bold;
  if (l.italic !== undefined) font.italic = l.italic;
  const format: Excel.CellPropertiesFormat = { font };
  if (l.fill !== undefined) format.fill = { color: l.fill };
  if (l.horizontalAlignment) format.horizontalAlignment = l.horizontalAlignment;
  if (l.verticalAlignment) format.verticalAlignment = l.verticalAlignment;
  if (l.wrapText !== undefined) format.wrapText = l.wrapText;
  return { format };
}

function queueLook(range: Excel.Range, l: CellLook): void {
  if (l.fill !== undefined) range.format.fill.color = l.fill;
  if (l.fontColor !== undefined) range.format.font.color = l.fontColor;
  if (l.bold !== undefined) range.format.font.bold = l.bold;
  if (l.italic !== undefined) range.format.font.italic = l.italic;
  if (l.horizontalAlignment) range.format.horizontalAlignment = l.horizontalAlignment;
  if (l.verticalAlignment) range.format.verticalAlignment = l.verticalAlignment;
  if (l.wrapText !== undefined) range.format.wrapText = l.wrapText;
}

/** Runs of equal looks down each column: [row, column, length, look]. */
export function lookRuns(looks: CellLook[][]): Array<[number, number, number, CellLook]> {
  const runs: Array<[number, number, number, CellLook]> = [];
  const width = Math.max(0, ...looks.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let r = 1; r <= looks.length; r++) {
      const same =
        r < looks.length && JSON.stringify(looks[r]![c] ?? {}) === JSON.stringify(looks[start]![c] ?? {});
      if (same) continue;
      runs.push([start, c, r - start, looks[start]![c] ?? {}]);
      start = r;
    }
  }
  return runs;
}

/**
 * Queues `looks` (one per cell of `range`). `withCellProperties` must be the host's
 * isSetSupported("ExcelApi", "1.9"): the requirement-set check (test/unit/apiSets.test.ts) follows it.
 */
export function queueCellLooks(range: Excel.Range, looks: CellLook[][], withCellProperties: boolean): void {
  if (withCellProperties) {
    range.setCellProperties(looks.map((row) => row.map(asCellProperties)));
    return;
  }
  for (const [row, col, length, look] of lookRuns(looks))
    if (Object.keys(look).length) queueLook(range.getCell(row, col).getResizedRange(length - 1, 0), look);
}
