/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads, as in formulaCells.ts. */
// Reading a block of cells in one sync, or, past Excel on the web's 5 MB response limit, a window of
// rows per sync (halving the window while Excel still refuses).
import type { RangeRef } from "../domain/address";
import type { FormulaCells } from "../domain/formulaCells";
import type { CellValue } from "../domain/register";
import { queueFormulaCells } from "./formulaCells";
import type { ExcelHost } from "./host";

export interface Grid {
  values: CellValue[][];
  formulaCells: FormulaCells;
}

export const isTooLarge = (e: unknown) =>
  (e as { code?: string })?.code === "RequestPayloadSizeLimitExceeded";

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

/** Bytes one response may carry, with room under Excel on the web's 5 MB limit. */
const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Reads a block in windows of rows, one sync each; windows after the first are sized from its bytes. */
export async function readGridInWindows(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: string,
  ref: RangeRef,
  firstWindow = 1000,
): Promise<Grid> {
  const values: CellValue[][] = [];
  const areas: RangeRef[] = [];
  const formulas: CellValue[][] = [];
  let window = firstWindow;
  for (let start = ref.top; start <= ref.bottom;) {
    const bottom = Math.min(ref.bottom, start + window - 1);
    const read = queueGridRead(context, host, sheet, { ...ref, top: start, bottom });
    try {
      // A sync per window: only blocks too large for one 5 MB response come here.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isTooLarge(e) || window === 1) throw e;
      window = Math.max(1, Math.floor(window / 2));
      continue;
    }
    const grid = read();
    if (start === ref.top) {
      const bytesPerRow = JSON.stringify(grid.values).length / Math.max(1, grid.values.length);
      window = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / Math.max(1, bytesPerRow)));
    }
    values.push(...grid.values);
    if (grid.formulaCells.areas) areas.push(...grid.formulaCells.areas);
    if (grid.formulaCells.formulas) formulas.push(...grid.formulaCells.formulas);
    start = bottom + 1;
  }
  return {
    values,
    formulaCells: host.isSetSupported("ExcelApi", "1.9")
      ? { areas, formulas: null }
      : { areas: null, formulas },
  };
}

/** One sync for a block, windows only when it is over 5 MB. */
export async function readGrid(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheet: string,
  ref: RangeRef,
): Promise<Grid> {
  const read = queueGridRead(context, host, sheet, ref);
  try {
    await context.sync();
    return read();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    return readGridInWindows(context, host, sheet, ref);
  }
}
