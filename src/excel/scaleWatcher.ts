// Re-checks pasted scores: a plain paste bypasses Excel's data validation. The handler only reads and
// reports, so it can never loop; it ignores the add-in's own writes where Excel says who wrote
// (ExcelApi 1.14 triggerSource), and our writes never put a bad score in a cell anyway.
import { columnLetters, parseRange, rangeAddress, rangesIntersect } from "../domain/address";
import { mapHeaders } from "../domain/headerMapping";
import type { CellValue } from "../domain/register";
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

/** One sync: the register's header and the changed cells; reports scores outside 1–5. */
export async function checkChangedScores(
  host: ExcelHost,
  w: Watched,
  changedAddress: string,
): Promise<ScaleReport | null> {
  // The changed range is read whole: a paste is at most what a person selected. A background read:
  // it waits for a cell edit to end (the person may start typing right after pasting) instead of failing.
  return runAfterCellEdit(host, async (context) => {
    const table = context.workbook.tables.getItem(w.def.table);
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex, columnIndex, columnCount");
    const body = table.getDataBodyRange();
    body.load("rowIndex, rowCount");
    const changed = context.workbook.worksheets.getItem(w.sheet).getRange(changedAddress);
    changed.load("values, rowIndex, columnIndex");
    await context.sync();
    const mapping = mapHeaders(header.values[0] ?? [], w.def.kind);
    const scoreCols = (w.def.kind === "risk" ? (["impact", "likelihood"] as const) : (["impact"] as const))
      .map((k) => ({ key: k, col: mapping.columns[k] }))
      .filter((x): x is { key: "impact" | "likelihood"; col: number } => x.col !== undefined)
      .map((x) => ({ ...x, col: header.columnIndex + x.col }));
    const bodyRef = {
      top: body.rowIndex,
      bottom: body.rowIndex + body.rowCount - 1,
      left: header.columnIndex,
      right: header.columnIndex + header.columnCount - 1,
    };
    const changedRef = parseRange(changedAddress);
    if (!rangesIntersect(bodyRef, changedRef)) return null;
    const problems: ScaleProblem[] = [];
    (changed.values as CellValue[][]).forEach((row, i) =>
      row.forEach((value, j) => {
        const r = changed.rowIndex + i;
        const c = changed.columnIndex + j;
        const score = scoreCols.find((s) => s.col === c);
        if (!score || r < bodyRef.top || r > bodyRef.bottom || value === "" || value === null) return;
        if (!isScore(value)) {
          const what = score.key === "impact" ? "Impact" : "Likelihood";
          problems.push({
            address: `${columnLetters(c)}${r + 1}`,
            value,
            message: `${what} ${JSON.stringify(value)} is not a whole number from 1 to 5.`,
          });
        }
      }),
    );
    return { register: w.def.name, sheet: w.sheet, changedAddress: rangeAddress(changedRef), problems };
  });
}
