// Writing one cell as Excel does when an add-in sets values or formulas, and reading cells back.
import type { RangeRef } from "../../domain/address";
import { isValidFormula, type Scalar } from "./formula";
import { simError, type CellModel, type SheetModel, type WorkbookModel } from "./model";
import { parseEntry, type HostLocale } from "./inputParsing";
import { isDateTimeFormat } from "./numberFormat";
import type { RangeTarget } from "./object";

export function writeCell(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
  asFormula: boolean,
  /** Range.values and Range.formulas read text in en-US conventions on every host (office-js #1559). */
  locale: HostLocale = "en-US",
) {
  if (input === null || input === undefined) return; // null leaves the cell as it is, as in Office.js
  const cell = sheet.ensure(row, col);
  const before = `${cell.formula ?? ""}\u0000${String(cell.value)}`;
  delete cell.formula;
  const textFormat = cell.numberFormat === "@";
  if (typeof input === "string") {
    if (input.startsWith("'")) cell.value = input.slice(1);
    else if (input.startsWith("=") && input.length > 1 && !textFormat) {
      if (!isValidFormula(input))
        throw simError("InvalidArgument", `The formula ${input.slice(0, 40)} is not valid.`);
      cell.formula = input;
      cell.value = 0;
    } else enterText(cell, input, locale);
  } else if (typeof input === "number" || typeof input === "boolean") {
    cell.value = textFormat ? String(input) : input;
  } else throw simError("InvalidArgument", "A cell value must be a string, number or boolean.");
  delete cell.textRuns;
  void asFormula;
  if (`${cell.formula ?? ""}\u0000${String(cell.value)}` !== before) model.noteChange(sheet, row, col, true);
}

/**
 * A string entered into a cell, as Excel stores it: text in a Text-formatted cell, otherwise a number,
 * date serial or boolean when it reads as one (a General cell then takes the entry's number format).
 * A leading apostrophe keeps the rest as text and is not part of the value.
 */
export function enterText(cell: CellModel, input: string, locale: HostLocale, today = new Date()) {
  if (input.startsWith("'")) {
    cell.value = input.slice(1) === "" ? null : input.slice(1);
    return;
  }
  const parsed = cell.numberFormat === "@" ? null : parseEntry(input, locale, today);
  if (!parsed) {
    cell.value = input === "" ? null : input;
    return;
  }
  cell.value = parsed.value;
  const general = cell.numberFormat === undefined || cell.numberFormat === "General";
  // A date keeps a date or time format the cell already has; any other format gives way to the
  // date's (as Range.Formula's docs say). A number's format is taken only by a General cell.
  const replace = parsed.isDate ? !isDateTimeFormat(cell.numberFormat ?? "General") : general;
  if (parsed.format && replace) cell.numberFormat = parsed.format;
}

export function checkShape(values: unknown, ref: RangeRef, what: string): unknown[][] {
  const rows = ref.bottom - ref.top + 1;
  const cols = ref.right - ref.left + 1;
  if (
    !Array.isArray(values) ||
    values.length !== rows ||
    values.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw simError(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return values as unknown[][];
}

export function mapCells<V>(
  t: RangeTarget,
  f: (cell: CellModel | undefined, row: number, col: number) => V,
): V[][] {
  const out: V[][] = [];
  for (let r = t.ref.top; r <= t.ref.bottom; r++) {
    const row: V[] = [];
    for (let c = t.ref.left; c <= t.ref.right; c++) row.push(f(t.sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

export const shown = (c: CellModel | undefined): Scalar =>
  c === undefined || c.value === null ? "" : c.value;
