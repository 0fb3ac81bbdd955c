// Calculated columns: what Excel does after a formula lands in a table column, and when a table grows.
// With AutoCorrect's "Fill formulas in tables to create calculated columns" on (the default), a formula
// written into a table column becomes the column's formula and Excel fills it into the column's other
// rows, over typed values and other formulas too (office-js #2093, #6745); blanks written in the same
// assignment are filled as well (#1916). Formulas that differ in one assignment, into a column that is
// otherwise empty, leave the bottom-most formula everywhere (#6745). New rows (rows.add, a row typed
// below the table) take a column's formula whatever the option: it "does not affect existing calculated
// columns" (AutoCorrect.AutoFillFormulasInLists). A constant in a calculated column is an exception.
import type { RangeRef } from "../../domain/address";
import { type SheetModel, type TableModel, type WorkbookModel, dataBottom } from "./model";

const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/** A formula split at its row numbers, to render it shifted by any number of rows cheaply. */
interface Compiled {
  /** Text between row numbers (one more than `rows`). */
  lits: string[];
  rows: Array<{ row: number; absolute: boolean }>;
}

function compile(formula: string): Compiled {
  const lits: string[] = [];
  const rows: Compiled["rows"] = [];
  let lit = "";
  // Quoted strings are left alone; references elsewhere move unless their row is absolute.
  formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
    if (i % 2 === 1) {
      lit += part;
      return;
    }
    let last = 0;
    for (const m of part.matchAll(REF)) {
      const [whole, pre, d1, col, d2, row] = m as unknown as string[];
      lit += part.slice(last, m.index) + pre + d1 + col + d2;
      lits.push(lit);
      lit = "";
      rows.push({ row: Number(row), absolute: d2 === "$" });
      last = m.index! + whole!.length;
    }
    lit += part.slice(last);
  });
  lits.push(lit);
  return { lits, rows };
}

function render(c: Compiled, delta: number): string {
  let out = c.lits[0]!;
  c.rows.forEach((r, i) => (out += String(r.absolute ? r.row : r.row + delta) + c.lits[i + 1]!));
  return out;
}

/** Shifts a formula's relative row references by `delta` rows, as Excel does when it copies one down. */
export function shiftFormula(formula: string, delta: number): string {
  return delta === 0 ? formula : render(compile(formula), delta);
}

const isFormulaInput = (x: unknown) => typeof x === "string" && x.startsWith("=") && x.length > 1;
const isBlankInput = (x: unknown) => x === null || x === undefined || x === "";
const isEmptyCell = (s: SheetModel, r: number, c: number) => {
  const cell = s.cell(r, c);
  return !cell || (cell.formula === undefined && (cell.value === null || cell.value === ""));
};

function put(model: WorkbookModel, sheet: SheetModel, row: number, col: number, formula: string) {
  const cell = sheet.ensure(row, col);
  if (cell.formula === formula) return;
  cell.formula = formula;
  cell.value = 0;
  delete cell.textRuns;
  model.noteChange(sheet, row, col, true);
}

/** The column's formula, written as it reads in the first data row. */
function templateOf(t: TableModel, formula: string, row: number): string {
  return shiftFormula(formula, t.range.top + 1 - row);
}

/** Whether every (row, formula) is the first one copied to its row (one formula in R1C1 terms). */
function consistent(formulas: Array<[number, unknown]>): boolean {
  const [r0, f0] = formulas[0]!;
  const c = compile(f0 as string);
  return formulas.every(([r, f]) => render(c, r - r0) === f);
}

/** Puts a calculated column's formula into every cell the predicate picks. */
function fillColumn(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  col: number,
  template: string,
  pick: (row: number) => boolean,
) {
  const c = compile(template);
  for (let r = t.range.top + 1; r <= dataBottom(t); r++)
    if (pick(r)) put(model, sheet, r, col, render(c, r - (t.range.top + 1)));
}

/**
 * After an add-in's write of `inputs` over `ref` (one Range.values/formulas assignment or one
 * rows.add), applies calculated-column behaviour to each table column the write touched.
 */
export function afterTableWrite(model: WorkbookModel, sheet: SheetModel, ref: RangeRef, inputs: unknown[][]) {
  if (!model.autoFillTableFormulas) return; // no column becomes calculated, none changes
  for (const t of model.tables) {
    if (t.sheetId !== sheet.id) continue;
    const top = Math.max(ref.top, t.range.top + 1);
    const bottom = Math.min(ref.bottom, dataBottom(t));
    const left = Math.max(ref.left, t.range.left);
    const right = Math.min(ref.right, t.range.right);
    if (top > bottom || left > right) continue;
    for (let c = left; c <= right; c++) {
      const written = new Map<number, unknown>();
      for (let r = top; r <= bottom; r++) written.set(r, inputs[r - ref.top]?.[c - ref.left]);
      const formulas = [...written].filter(([r, x]) => isFormulaInput(x) && sheet.cell(r, c)?.formula);
      if (!formulas.length) continue;
      const same = consistent(formulas);
      const othersEmpty = () => {
        for (let r = t.range.top + 1; r <= dataBottom(t); r++)
          if (!written.has(r) && !isEmptyCell(sheet, r, c)) return false;
        return true;
      };
      let template: string;
      if (same) template = templateOf(t, formulas[0]![1] as string, formulas[0]![0]);
      else if (othersEmpty()) {
        const [r, x] = formulas[formulas.length - 1]!;
        template = templateOf(t, x as string, r);
      } else continue; // differing formulas among data: no calculated column
      (t.calculated ??= [])[c - t.range.left] = template;
      fillColumn(model, sheet, t, c, template, (r) =>
        written.has(r) ? isBlankInput(written.get(r)) || !same : true,
      );
    }
  }
}

/** New data rows (top..bottom) take each calculated column's formula where they were left blank. */
export function fillNewRows(
  model: WorkbookModel,
  sheet: SheetModel,
  t: TableModel,
  top: number,
  bottom: number,
) {
  (t.calculated ?? []).forEach((template, i) => {
    if (!template) return;
    const c = t.range.left + i;
    fillColumn(model, sheet, t, c, template, (r) => r >= top && r <= bottom && isEmptyCell(sheet, r, c));
  });
}

/**
 * A person typed a formula into a table cell: in an otherwise empty column it becomes the calculated
 * column (the support article's "Create a calculated column"); in a column holding data it does not.
 */
export function afterUserFormula(model: WorkbookModel, sheet: SheetModel, row: number, col: number) {
  if (!model.autoFillTableFormulas) return;
  const t = model.tables.find(
    (x) =>
      x.sheetId === sheet.id &&
      row > x.range.top &&
      row <= dataBottom(x) &&
      col >= x.range.left &&
      col <= x.range.right,
  );
  const formula = sheet.cell(row, col)?.formula;
  if (!t || !formula) return;
  for (let r = t.range.top + 1; r <= dataBottom(t); r++) if (r !== row && !isEmptyCell(sheet, r, col)) return;
  const template = templateOf(t, formula, row);
  (t.calculated ??= [])[col - t.range.left] = template;
  fillColumn(model, sheet, t, col, template, (r) => r !== row);
}
