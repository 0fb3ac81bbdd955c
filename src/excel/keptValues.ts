// Writing a computed column's formulas without losing the values typed in it. In a table, Excel fills a
// formula written into a column over the column's other rows, typed values too, while AutoCorrect's
// "Fill formulas in tables to create calculated columns" is on (office-js #2093, #6745), and no API
// reads or sets that option. So every formula write into a register column is followed, in the same
// batch, by a write of the values kept in that column: whichever way the option is set, they stay.
import { rangeAddress } from "../domain/address";
import type { CellValue } from "../domain/register";
import { valuesWrite, type PlannedWrite } from "./batches";

/**
 * A value as written back: text stays text behind an apostrophe, in these columns not formatted Text,
 * else Excel would read "4" as a number and "1/2" as a date, and text starting with "=" as a formula.
 */
const asWritten = (v: CellValue) => (v === null ? "" : typeof v === "string" && v !== "" ? `'${v}` : v);

/** One values write per run of consecutive kept rows (sheet rows) in a column. */
export function keptValueWrites(
  sheet: string,
  col: number,
  kept: ReadonlyArray<{ row: number; value: CellValue }>,
): PlannedWrite[] {
  const sorted = [...kept].sort((a, b) => a.row - b.row);
  const writes: PlannedWrite[] = [];
  let run: Array<{ row: number; value: CellValue }> = [];
  const flush = () => {
    if (!run.length) return;
    const top = run[0]!.row;
    writes.push(
      valuesWrite(
        sheet,
        rangeAddress({ top, bottom: top + run.length - 1, left: col, right: col }),
        run.map((k) => [asWritten(k.value)]),
      ),
    );
    run = [];
  };
  for (const k of sorted) {
    const last = run[run.length - 1];
    if (last && last.row + 1 !== k.row) flush();
    run.push(k);
  }
  flush();
  return writes;
}
