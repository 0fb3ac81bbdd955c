// Every cell of a sheet as a reader sees it (value and displayed text), read through the Excel API, to
// compare a sheet before and after adoption cell by cell.
import type { Simulator } from "../../src/workbench/simulator/simulator";

export type Snapshot = Map<string, { value: unknown; text: string; formula: boolean }>;

export async function snapshot(sim: Simulator, sheet: string): Promise<Snapshot> {
  return sim.host.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
    used.load("rowIndex, columnIndex, values, text, formulas");
    await context.sync();
    const out: Snapshot = new Map();
    const formulas = used.formulas as unknown[][];
    const text = used.text;
    const { rowIndex, columnIndex } = used;
    (used.values as unknown[][]).forEach((row, i) =>
      row.forEach((value, j) => {
        const f = formulas[i]![j];
        out.set(`${rowIndex + i},${columnIndex + j}`, {
          value,
          text: text[i]![j]!,
          formula: typeof f === "string" && f.startsWith("=") && f !== value,
        });
      }),
    );
    return out;
  });
}

/**
 * The cells whose value or displayed text changed: every cell that showed something must show the same.
 * Blank cells may gain a formula's result only in the columns `fillable` (sheet column indexes).
 */
export function changedCells(
  before: Snapshot,
  after: Snapshot,
  fillable: ReadonlySet<number> = new Set(),
  /** Cells ("row,col") the user chose to change (a written score made a number). */
  except: ReadonlySet<string> = new Set(),
) {
  const changed: Array<{ cell: string; before: unknown; after: unknown }> = [];
  for (const [cell, b] of before) {
    if (except.has(cell)) continue;
    const a = after.get(cell) ?? { value: "", text: "", formula: false };
    const col = Number(cell.split(",")[1]);
    if (b.value === "" && b.text === "" && fillable.has(col)) continue;
    if (a.value !== b.value || a.text !== b.text)
      changed.push({ cell, before: [b.value, b.text], after: [a.value, a.text] });
  }
  return changed;
}
