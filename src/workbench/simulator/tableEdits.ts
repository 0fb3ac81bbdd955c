// What a person does to a table by hand: typing in the row just below it (the table grows to take the
// row, AutoCorrect.AutoExpandListRange), and dragging a column to another place in the table.
import { columnLetters, type RangeRef } from "../../domain/address";
import { fillNewRows } from "./calculatedColumns";
import { type SheetModel, SheetModel as Sheet, type TableModel, type WorkbookModel } from "./model";

/**
 * Before a person's typing lands: a table whose next row is typed into grows to take that row (unless
 * it shows a totals row, which sits there). Returns the tables that grew, to fill after the typing.
 */
export function expandForTyping(model: WorkbookModel, sheet: SheetModel, ref: RangeRef): TableModel[] {
  const grown: TableModel[] = [];
  for (const t of model.tables) {
    if (t.sheetId !== sheet.id || t.showTotals) continue;
    const below = t.range.bottom + 1;
    if (ref.top > below || ref.bottom < below) continue;
    if (ref.right < t.range.left || ref.left > t.range.right) continue;
    t.range = { ...t.range, bottom: below };
    grown.push(t);
  }
  return grown;
}

/** After the typing: the grown row takes the calculated columns' formulas where it was left blank. */
export function fillTypedRow(model: WorkbookModel, sheet: SheetModel, grown: TableModel[]) {
  for (const t of grown) fillNewRows(model, sheet, t, t.range.bottom, t.range.bottom);
}

/**
 * Moves table column `from` to position `to` (0-based, within the table), cells and all, as dragging
 * its header does. Formulas anywhere on the sheet that point at a moved column follow it, as Excel's do.
 */
export function moveTableColumn(model: WorkbookModel, t: TableModel, from: number, to: number) {
  const sheet = model.sheetById(t.sheetId)!;
  const width = t.range.right - t.range.left + 1;
  const order = Array.from({ length: width }, (_, i) => i);
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  // order[newIndex] = oldIndex; where each old column goes:
  const newCol = new Map<number, number>();
  order.forEach((old, i) => newCol.set(t.range.left + old, t.range.left + i));
  const cells = new Map<number, ReturnType<SheetModel["cell"]>>();
  for (let r = t.range.top; r <= t.range.bottom; r++)
    for (let c = t.range.left; c <= t.range.right; c++) {
      cells.set(Sheet.key(r, c), sheet.cell(r, c));
      sheet.cells.delete(Sheet.key(r, c));
    }
  for (const [k, cell] of cells) {
    if (!cell) continue;
    const r = Math.floor(k / 16384);
    sheet.cells.set(Sheet.key(r, newCol.get(k % 16384)!), cell);
  }
  const letters = new Map([...newCol].map(([o, n]) => [columnLetters(o), columnLetters(n)]));
  for (const cell of sheet.cells.values())
    if (cell.formula) cell.formula = remapColumns(cell.formula, letters);
  if (t.calculated) {
    const old = t.calculated;
    t.calculated = order.map((o) => (old[o] ? remapColumns(old[o]!, letters) : undefined));
  }
  for (const v of sheet.validations) moveColumnRange(v.range, newCol);
  for (const cf of sheet.conditionalFormats) moveColumnRange(cf.range, newCol);
  model.dirty = true;
}

function moveColumnRange(range: RangeRef, newCol: Map<number, number>) {
  if (range.left === range.right && newCol.has(range.left))
    range.left = range.right = newCol.get(range.left)!;
}

function remapColumns(formula: string, letters: Map<string, string>): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_m, pre: string, d1: string, col: string, d2: string, row: string) =>
              `${pre}${d1}${letters.get(col) ?? col}${d2}${row}`,
          ),
    )
    .join("");
}
