/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads, as in formulaCells.ts. */
// Reading a block of cells within Excel on the web's 5 MB response limit. The size is planned, not
// discovered: a first window of rows is read (in the same sync as whatever else the command reads),
// its bytes per row measured, and the rest read in windows sized to stay under a 3.5 MB budget.
// Should Excel refuse a window all the same (rows much longer than those measured), the window is
// halved and read again.
import type { RangeRef } from "../domain/address";
import type { FormulaCells } from "../domain/formulaCells";
import type { CellValue } from "../domain/register";
import { queueFormulaCells } from "./formulaCells";
import type { ExcelHost } from "./host";
import { isTooLarge, RESPONSE_BUDGET_BYTES, utf8Bytes } from "./payload";

export interface Grid {
  values: CellValue[][];
  formulaCells: FormulaCells;
}

export { isTooLarge };

/**
 * Rows read in a command's first sync, before anything is known of their size: 3,000 rows of 1 kB is
 * 3 MB, under the budget (a seed register's row is about 350 bytes). Several registers read together
 * share them.
 */
export const FIRST_WINDOW_ROWS = 3000;

/**
 * Bytes per row to plan windows with: the rows' mean size as Excel sends it (JSON, UTF-8), plus a fifth.
 * With the 3.5 MB budget a window is refused only if its rows average over 1.7 times those measured;
 * then it is halved and read again.
 */
export function planningRowBytes(rows: readonly unknown[][]): number {
  let total = 0;
  for (const row of rows) total += utf8Bytes(JSON.stringify(row)) + 1;
  return rows.length ? Math.ceil((total / rows.length) * 1.2) : 0;
}

/** Rows per window for rows of `rowBytes`; hosts below ExcelApi 1.9 also read the formulas grid. */
export function windowRows(rowBytes: number, host: ExcelHost): number {
  const perRow = Math.max(1, rowBytes) * (host.isSetSupported("ExcelApi", "1.9") ? 1 : 2);
  return Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / perRow));
}

/** Queues the read of a block; the caller syncs and calls the reader. */
export function queueGridRead(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: string,
  ref: RangeRef,
): () => Grid {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(ref.top, ref.left, ref.bottom - ref.top + 1, ref.right - ref.left + 1);
  range.load("values");
  const cells = queueFormulaCells(range, host);
  return () => ({ values: range.values as CellValue[][], formulaCells: cells() });
}

/** Joins windows read one after another into one grid. */
export function joinGrids(host: ExcelHost, grids: readonly Grid[]): Grid {
  const values: CellValue[][] = [];
  const areas: RangeRef[] = [];
  const formulas: CellValue[][] = [];
  for (const g of grids) {
    for (const row of g.values) values.push(row);
    if (g.formulaCells.areas) for (const a of g.formulaCells.areas) areas.push(a);
    if (g.formulaCells.formulas) for (const row of g.formulaCells.formulas) formulas.push(row);
  }
  return {
    values,
    formulaCells: host.isSetSupported("ExcelApi", "1.9")
      ? { areas, formulas: null }
      : { areas: null, formulas },
  };
}

/**
 * Reads a block in windows of rows, one sync each. `rowBytes` is the planning size of a row measured so
 * far (from a first window read with other things); without it the first window is `firstWindow` rows.
 * Each window is sized from the largest of the windows' measures, so a response stays near 3.5 MB.
 */
export async function readGridInWindows(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: string,
  ref: RangeRef,
  rowBytes: number | null = null,
  firstWindow = FIRST_WINDOW_ROWS,
): Promise<Grid> {
  const grids: Grid[] = [];
  let largest = rowBytes ?? 0;
  let window = rowBytes === null ? firstWindow : windowRows(largest, host);
  for (let start = ref.top; start <= ref.bottom;) {
    const bottom = Math.min(ref.bottom, start + window - 1);
    const read = queueGridRead(context, host, sheet, { ...ref, top: start, bottom });
    // After the first window the block is known to be long, so a generic error is taken for a size
    // refusal too (reading again is harmless); on the first, only the documented codes are.
    const planned = largest ? Number.POSITIVE_INFINITY : 0;
    try {
      // A sync per window: the block is too large for one 5 MB response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isTooLarge(e, planned) || bottom === start) throw e;
      window = Math.max(1, Math.floor((bottom - start + 1) / 2));
      continue;
    }
    const grid = read();
    largest = Math.max(largest, planningRowBytes(grid.values));
    window = windowRows(largest, host);
    grids.push(grid);
    start = bottom + 1;
  }
  return joinGrids(host, grids);
}

/**
 * Reads a block within the response limit: one sync when it has at most FIRST_WINDOW_ROWS rows,
 * otherwise a first window and then windows sized from it.
 */
export async function readGrid(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: string,
  ref: RangeRef,
): Promise<Grid> {
  return readGridInWindows(context, host, sheet, ref);
}
