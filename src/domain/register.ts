// A register as read from the workbook in one round trip: its headers and the raw cells of its rows.
import { cellAddress } from "./address";
import { normaliseHeader, type ColumnKey } from "./columns";
import { formulaTest, type FormulaCells } from "./formulaCells";
import { mapHeaders, type HeaderMapping } from "./headerMapping";
import type { RegisterDefinition } from "./settings";

export type CellValue = string | number | boolean | null;

export interface RegisterSnapshot {
  def: RegisterDefinition;
  sheet: string;
  /** 0-based sheet row and column of the header row's first cell. */
  top: number;
  left: number;
  headers: string[];
  /** Data rows: what each cell shows (formula results included). */
  values: CellValue[][];
  /** Which cells hold formulas (sheet coordinates). */
  formulaCells: FormulaCells;
}

export interface RegisterView {
  snapshot: RegisterSnapshot;
  mapping: HeaderMapping;
  /** The value of a column in a data row, or null when the register has no such column. */
  value(row: number, key: ColumnKey): CellValue;
  /** Whether the cell holds a formula (text that merely starts with "=" does not count). */
  isFormula(row: number, key: ColumnKey): boolean;
  /** A1 address (without sheet) of a column's cell in a data row. */
  address(row: number, key: ColumnKey): string;
  rowCount: number;
}

/**
 * A register table's columns: by their headers' names, except where the user mapped a header
 * otherwise at adoption (the definition's columnsByHeader).
 */
export function registerMapping(headers: readonly unknown[], def: RegisterDefinition): HeaderMapping {
  const byHeader = def.columnsByHeader;
  if (!byHeader) return mapHeaders(headers, def.kind);
  const chosen: Record<number, ColumnKey | null> = {};
  headers.forEach((h, i) => {
    const name = normaliseHeader(h);
    // Own names only: a header reading "constructor" must not find Object.prototype's.
    const key = Object.prototype.hasOwnProperty.call(byHeader, name) ? byHeader[name] : undefined;
    if (key !== undefined) chosen[i] = key === "" ? null : (key as ColumnKey);
  });
  return mapHeaders(headers, def.kind, chosen);
}

export function viewRegister(snapshot: RegisterSnapshot): RegisterView {
  const mapping = registerMapping(snapshot.headers, snapshot.def);
  const idx = (key: ColumnKey) => mapping.columns[key];
  const isFormulaAt = formulaTest(snapshot.formulaCells, snapshot.top + 1, snapshot.left, snapshot.values);
  return {
    snapshot,
    mapping,
    rowCount: snapshot.values.length,
    value(row, key) {
      const i = idx(key);
      return i === undefined ? null : normalise(snapshot.values[row]?.[i]);
    },
    isFormula(row, key) {
      const i = idx(key);
      return i !== undefined && isFormulaAt(snapshot.top + 1 + row, snapshot.left + i);
    },
    address(row, key) {
      const i = idx(key) ?? 0;
      return cellAddress(snapshot.top + 1 + row, snapshot.left + i);
    },
  };
}

/** Excel reports an empty cell as "". */
function normalise(v: CellValue | undefined): CellValue {
  return v === undefined || v === "" ? null : v;
}
