// Re-checks pasted scores: a plain paste bypasses Excel's data validation. The handler only reads and
// reports, so it can never loop; it ignores the add-in's own writes where Excel says who wrote
// (ExcelApi 1.14 triggerSource), and our writes never put a bad score in a cell anyway.
import { columnLetters, parseRange, rangeAddress, rangesIntersect } from "../domain/address";
import { registerMapping, type CellValue } from "../domain/register";
import { isScore } from "../domain/scales";
import type { RegisterDefinition } from "../domain/settings";
import { runAfterCellEdit } from "./cellEdit";
import type { ExcelHost } from "./host";

export interface ScaleProblem {
  address: string;
  value: CellValue;
  message: string;
}

export interface ScaleReport {
  register: string;
  sheet: string;
  changedAddress: string;
  problems: ScaleProblem[];
}

interface Watched {
  def: RegisterDefinition;
  sheet: string;
}

/** Starts watching the registers' sheets; resolves to a function that stops watching. */
export async function watchScales(
  host: ExcelHost,
  registers: readonly Watched[],
  onReport: (report: ScaleReport) => void,
): Promise<() => Promise<void>> {
  const knowsTrigger = host.isSetSupported("ExcelApi", "1.14");
  const handler = (w: Watched) => async (args: Excel.WorksheetChangedEventArgs) => {
    if (knowsTrigger && args.triggerSource === "ThisLocalAddin") return;
    try {
      const report = await checkChangedScores(host, w, args.address);
      if (report && report.problems.length) onReport(report);
    } catch {
      // The register was removed or renamed while the event was in flight: nothing to re-check.
    }
  };
  return runAfterCellEdit(host, async (context) => {
    const results = registers.map((w) =>
      context.workbook.worksheets.getItem(w.sheet).onChanged.add(handler(w)),
    );
    await context.sync();
    // Handlers are removed on the context that added them.
    return async () => {
      await host.runIn(context, async (ctx) => {
        for (const r of results) r.remove();
        await ctx.sync();
      });
    };
  });
}

/**
 * A paste of more cells than this is read by its score columns only (another sync), never whole: 50
 * cells of Excel's longest text (32,767 characters, up to 3 bytes each) stay under the 5 MB limit.
 */
const WHOLE_READ_CELLS = 50;
/** Score cells are short: this many rows of one column is well under a megabyte. */
const SCORE_WINDOW_ROWS = 100_000;

/**
 * One sync for a paste of up to 50 cells: the register's header and the changed cells. A larger
 * paste (a whole register pasted over) would make a response over Excel on the web's 5 MB limit, so
 * only its score columns are read, after the header: two syncs, more only past 100,000 rows.
 * Reports scores outside 1–5.
 */
export async function checkChangedScores(
  host: ExcelHost,
  w: Watched,
  changedAddress: string,
): Promise<ScaleReport | null> {
  const changedRef = parseRange(changedAddress);
  const cells = (changedRef.bottom - changedRef.top + 1) * (changedRef.right - changedRef.left + 1);
  // A background read: it waits for a cell edit to end (the person may start typing right after
  // pasting) instead of failing.
  return runAfterCellEdit(host, async (context) => {
    const table = context.workbook.tables.getItem(w.def.table);
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex, columnIndex, columnCount");
    const body = table.getDataBodyRange();
    body.load("rowIndex, rowCount");
    const whole =
      cells <= WHOLE_READ_CELLS
        ? context.workbook.worksheets.getItem(w.sheet).getRange(changedAddress)
        : null;
    whole?.load("values, rowIndex, columnIndex");
    await context.sync();
    const mapping = registerMapping(header.values[0] ?? [], w.def);
    const scoreCols = (w.def.kind === "risk" ? (["impact", "likelihood"] as const) : (["impact"] as const))
      .map((k) => ({ key: k, col: mapping.columns[k] }))
      .filter((x): x is { key: "impact" | "likelihood"; col: number } => x.col !== undefined)
      .map((x) => ({ ...x, col: header.columnIndex + x.col }));
    // The changed cells as [sheet row, sheet column, value], from the whole read or the score columns.
    const changed: Array<[number, number, CellValue]> = [];
    if (whole)
      (whole.values as CellValue[][]).forEach((row, i) =>
        row.forEach((v, j) => changed.push([whole.rowIndex + i, whole.columnIndex + j, v])),
      );
    else
      for (const { col } of scoreCols.filter((x) => x.col >= changedRef.left && x.col <= changedRef.right))
        for (let top = changedRef.top; top <= changedRef.bottom; top += SCORE_WINDOW_ROWS) {
          const rows = Math.min(SCORE_WINDOW_ROWS, changedRef.bottom - top + 1);
          const part = context.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(top, col, rows, 1);
          part.load("values");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a column window per sync, under 1 MB each
          await context.sync();
          (part.values as CellValue[][]).forEach((row, i) => changed.push([top + i, col, row[0] ?? null]));
        }
    const bodyRef = {
      top: body.rowIndex,
      bottom: body.rowIndex + body.rowCount - 1,
      left: header.columnIndex,
      right: header.columnIndex + header.columnCount - 1,
    };
    if (!rangesIntersect(bodyRef, changedRef)) return null;
    const problems: ScaleProblem[] = [];
    for (const [r, c, value] of changed) {
      const score = scoreCols.find((s) => s.col === c);
      if (!score || r < bodyRef.top || r > bodyRef.bottom || value === "" || value === null) continue;
      if (!isScore(value)) {
        const what = score.key === "impact" ? "Impact" : "Likelihood";
        problems.push({
          address: `${columnLetters(c)}${r + 1}`,
          value,
          message: `${what} ${JSON.stringify(value)} is not a whole number from 1 to 5.`,
        });
      }
    }
    return { register: w.def.name, sheet: w.sheet, changedAddress: rangeAddress(changedRef), problems };
  });
}
