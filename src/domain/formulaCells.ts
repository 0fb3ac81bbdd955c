// Which cells hold formulas. Excel can say so compactly (the areas of getSpecialCells("Formulas"),
// ExcelApi 1.9), or by the full formulas grid on older hosts; the rules need only "is it a formula".
import { parseRange, rangeContains, type RangeRef } from "./address";
import type { CellValue } from "./register";

export interface FormulaCells {
  /** Sheet areas holding formulas (from Excel's special cells), or null when not asked. */
  areas: RangeRef[] | null;
  /** The formulas grid of the range read, where areas were not available. */
  formulas: CellValue[][] | null;
}

/** Parses the address of a RangeAreas ("'Panel Risks'!E4:E20,'Panel Risks'!I4:K20"). */
export function parseAreas(address: string): RangeRef[] {
  if (!address) return [];
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => parseRange(p));
}

/**
 * A test for "does the cell at sheet (row, col) hold a formula". With the grid, a cell whose formula
 * text equals its value is text that merely starts with "=", not a formula.
 */
export function formulaTest(
  cells: FormulaCells,
  top: number,
  left: number,
  values: CellValue[][],
): (row: number, col: number) => boolean {
  if (cells.areas) {
    const areas = cells.areas;
    return (row, col) => areas.some((a) => rangeContains(a, row, col));
  }
  const grid = cells.formulas ?? [];
  return (row, col) => {
    const f = grid[row - top]?.[col - left];
    return typeof f === "string" && f.startsWith("=") && f !== values[row - top]?.[col - left];
  };
}
