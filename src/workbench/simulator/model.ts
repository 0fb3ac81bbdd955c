// The state of the simulated workbook: sheets of cells, tables, data validation, conditional formats,
// print setup. Proxies (proxies.ts) change it only inside context.sync(), as Excel does.
import { rangesIntersect, type RangeRef } from "../../domain/address";
import { conditionalLook } from "./conditionalFormats";
import { evaluate, parseFormula, resultToCell, type Scalar, type Value } from "./formula";

export interface TextRun {
  text: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CellModel {
  /** The constant, or the last computed result of the formula. */
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  textRuns?: TextRun[];
  fontName?: string;
  fontSize?: number;
  /** Each edge's line, as Range.format.borders or setCellProperties' format.borders set it. */
  borders?: Partial<Record<BorderEdge, BorderModel>>;
}

export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface BorderModel {
  style: string;
  color: string;
  weight?: string;
}

/** Header and footer texts with Excel's codes (&P, &N, &L…), as HeaderFooter holds them. */
export interface HeaderFooterModel {
  leftHeader?: string;
  centerHeader?: string;
  rightHeader?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

export interface ValidationModel {
  range: RangeRef;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

export interface ConditionalFormatModel {
  range: RangeRef;
  /** Text the cell must contain (case-insensitive), as Excel's "Cell contains" rule. */
  text: string;
  operator: string;
  fill?: string;
  fontColor?: string;
  /** When it matches, no lower-priority format applies to the cell. */
  stopIfTrue?: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row included, and the totals row when it is shown. */
  range: RangeRef;
  style: string;
  /** Whether the last row of `range` is the totals row. */
  showTotals?: boolean;
  /** Each column's calculated formula (as it reads in the first data row), where it has one. */
  calculated?: Array<string | undefined>;
  /** Sheet rows an AutoFilter hides. */
  hiddenRows?: Set<number>;
}

/** The table's last data row (above the totals row, if shown). */
export function dataBottom(t: TableModel): number {
  return t.showTotals ? t.range.bottom - 1 : t.range.bottom;
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  fitToPagesWide?: number;
  fitToPagesTall?: number | null;
  printTitleRows?: string;
  centerHorizontally?: boolean;
  printGridlines?: boolean;
  /** headersFooters.defaultForAllPages (ExcelApi 1.9). */
  headerFooter?: HeaderFooterModel;
}

export interface ChangeRecord {
  sheetId: string;
  row: number;
  col: number;
  byAddin: boolean;
  eventsEnabled: boolean;
}

export type ChangedHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void;

let nextId = 1;
const newId = (prefix: string) => `{${prefix}-${(nextId++).toString(16).padStart(8, "0")}}`;

export class SheetModel {
  readonly id = newId("sheet");
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<number, CellModel>();
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden by Range.columnHidden (ExcelApi 1.2). */
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: RangeRef[] = [];
  readonly changedHandlers: ChangedHandler[] = [];
  readonly selectionHandlers: Array<
    (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown> | void
  > = [];
  frozenRows = 0;
  showGridlines = true;
  tabColor = "";
  pageLayout: PageLayoutModel = {};

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * 16384 + col;
  }

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  /** The cell, created blank if it does not exist yet. */
  ensure(row: number, col: number): CellModel {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Bounding box of the cells that hold a value or formula (or, with formats, any format). */
  usedRange(valuesOnly: boolean): RangeRef | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      const has = c.formula !== undefined || (c.value !== null && c.value !== "");
      if (!has && (valuesOnly || (!c.fill && !c.numberFormat && !c.bold && !c.italic && !c.fontColor)))
        continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheetId = "";
  selection: { sheetId: string; range: RangeRef } | null = null;
  eventsEnabled = true;
  /** AutoCorrect's "Fill formulas in tables to create calculated columns" (on by default). */
  autoFillTableFormulas = true;
  readonly changes: ChangeRecord[] = [];
  /** Whether a cell changed since the last calculation. */
  dirty = false;

  constructor() {
    const s = this.addSheet("Sheet1");
    this.activeSheetId = s.id;
    this.selection = { sheetId: s.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  addSheet(name: string): SheetModel {
    if (this.sheetByName(name)) throw simError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }

  sheetByName(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  tableByName(name: string): TableModel | undefined {
    const n = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === n);
  }

  addTable(sheet: SheetModel, range: RangeRef, hasHeaders: boolean): TableModel {
    for (const t of this.tables) {
      if (t.sheetId === sheet.id && rangesIntersect(t.range, range))
        throw simError("InvalidOperation", "A table can't overlap another table.");
    }
    if (sheet.merges.some((m) => rangesIntersect(m, range)))
      throw simError("InvalidOperation", "A table can't overlap a range that contains merged cells.");
    let r = range;
    if (!hasHeaders) {
      // Excel inserts a header row above the data.
      r = { ...range, bottom: range.bottom + 1 };
      this.shiftRowsDown(sheet, range.top, 1);
    }
    if (r.bottom === r.top) r = { ...r, bottom: r.top + 1 };
    const used = new Set<string>();
    for (let c = r.left; c <= r.right; c++) {
      const cell = sheet.ensure(r.top, c);
      let name = cell.value === null || cell.value === "" ? `Column${c - r.left + 1}` : String(cell.value);
      while (used.has(name.toLowerCase())) name = `${name}2`;
      used.add(name.toLowerCase());
      cell.value = name;
      delete cell.formula;
    }
    let n = 1;
    while (this.tableByName(`Table${n}`)) n++;
    const t: TableModel = {
      id: newId("table"),
      name: `Table${n}`,
      sheetId: sheet.id,
      range: r,
      style: "TableStyleMedium2",
    };
    this.tables.push(t);
    return t;
  }

  private shiftRowsDown(sheet: SheetModel, fromRow: number, by: number) {
    const moved = [...sheet.cells.entries()].filter(([k]) => Math.floor(k / 16384) >= fromRow);
    for (const [k] of moved) sheet.cells.delete(k);
    for (const [k, c] of moved) sheet.cells.set(k + by * 16384, c);
  }

  /** Records that a cell changed, for the worksheet's onChanged event. */
  noteChange(sheet: SheetModel, row: number, col: number, byAddin: boolean) {
    this.changes.push({ sheetId: sheet.id, row, col, byAddin, eventsEnabled: this.eventsEnabled });
    this.dirty = true;
  }

  /** Calculates if anything changed: reads see results, as Excel calculates on write. */
  ensureCalculated() {
    if (this.dirty) this.recalculate();
  }

  /** Recomputes every formula, as Excel's automatic calculation does after a change. */
  recalculate() {
    this.dirty = false;
    const done = new Map<SheetModel, Set<number>>();
    const inProgress = new Set<string>();
    const source = {
      get: (sheetName: string | undefined, row: number, col: number): Value => {
        const sheet = sheetName ? this.sheetByName(sheetName) : undefined;
        if (!sheet) return "#REF!";
        return valueOf(sheet, row, col);
      },
    };
    const valueOf = (sheet: SheetModel, row: number, col: number): Value => {
      const c = sheet.cell(row, col);
      if (!c) return null;
      if (c.formula === undefined) return c.value === "" ? null : c.value;
      const k = SheetModel.key(row, col);
      let set = done.get(sheet);
      if (!set) done.set(sheet, (set = new Set()));
      if (set.has(k)) return c.value;
      const id = `${sheet.id}:${k}`;
      if (inProgress.has(id)) return 0; // circular reference: Excel shows 0
      inProgress.add(id);
      try {
        c.value = resultToCell(evaluate(parseFormula(c.formula), source, sheet.name));
      } catch {
        c.value = "#NAME?";
      }
      inProgress.delete(id);
      set.add(k);
      return c.value;
    };
    for (const sheet of this.sheets) {
      for (const [k, c] of sheet.cells)
        if (c.formula !== undefined) valueOf(sheet, Math.floor(k / 16384), k % 16384);
    }
  }

  /** The fill and font a person sees: conditional formats by priority over the cell's own format. */
  displayFormat(sheet: SheetModel, row: number, col: number): { fill?: string; fontColor?: string } {
    const c = sheet.cell(row, col);
    return conditionalLook(sheet, row, col, { fill: c?.fill, fontColor: c?.fontColor }, c?.value);
  }
}

export interface SimErrorShape extends Error {
  code: string;
}

/** An error shaped like OfficeExtension.Error: a code and a message. */
export function simError(code: string, message: string): SimErrorShape {
  const e = new Error(message) as SimErrorShape;
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}
