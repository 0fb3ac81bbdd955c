// Proxy objects shaped like Office.js's Excel API. As in Excel: setting a property or calling a method
// only queues an operation; context.sync() runs the queue in order; reading a property that was not
// loaded and synced throws PropertyNotLoaded; *OrNullObject getters give objects whose isNullObject is
// known only after a sync.
import { parseRange, rangeAddress, type RangeRef } from "../../domain/address";
import { isValidFormula, type Scalar } from "./formula";
import { simError, SheetModel, type CellModel, type TableModel, type WorkbookModel } from "./model";
import type { Simulator } from "./simulator";

type Op = { bytes: number; run: () => void };
const OP_OVERHEAD = 64;
const size = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);

export class SimRequestContext {
  readonly queue: Op[] = [];
  readonly workbook: SimWorkbook;
  readonly runtime: SimRuntime;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(readonly sim: Simulator) {
    this.workbook = new SimWorkbook(this);
    this.runtime = new SimRuntime(this);
  }
  get model(): WorkbookModel {
    return this.sim.model;
  }
  enqueue(bytes: number, run: () => void) {
    this.queue.push({ bytes: bytes + OP_OVERHEAD, run });
  }
  sync(): Promise<void> {
    return this.sim.processSync(this);
  }
}

function propList(arg: unknown): string[] {
  if (arg === undefined)
    throw simError(
      "InvalidArgument",
      "load() without property names loads everything; name the properties you need.",
    );
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => propList(a));
  if (typeof arg === "object" && arg !== null && "select" in arg)
    return propList((arg as { select: string }).select);
  return [];
}

/** Base of every proxy: loaded properties, null-object state, and the lazily resolved target. */
abstract class SimObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private target: T | null | undefined;
  constructor(
    readonly context: SimRequestContext,
    private readonly resolver: () => T | null,
    protected readonly nullable = false,
  ) {
    if (nullable) context.enqueue(0, () => this.loaded.set("isNullObject", this.resolve() === null));
  }
  /** Runs inside sync only. */
  protected resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }
  protected need(): T {
    const t = this.resolve();
    if (t === null) throw simError("ItemNotFound", `The requested ${this.kind} does not exist.`);
    return t;
  }
  protected abstract get kind(): string;
  protected abstract read(prop: string, target: T): unknown;
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw simError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as V;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  load(props?: unknown): this {
    const list = propList(props);
    this.context.enqueue(size(list), () => {
      this.context.model.ensureCalculated();
      const t = this.resolve();
      if (t === null && !this.nullable)
        throw simError("ItemNotFound", `The requested ${this.kind} does not exist.`);
      for (const p of list) {
        const v = t === null ? null : this.read(p, t);
        this.loaded.set(p, v);
        this.context.sim.noteResponse(size(v) + p.length);
      }
    });
    return this;
  }
  protected set(prop: string, value: unknown, apply: (t: T) => void) {
    this.context.enqueue(size(value) + prop.length, () => apply(this.need()));
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

interface RangeTarget {
  sheet: SheetModel;
  ref: RangeRef;
}

function writeCell(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
  asFormula: boolean,
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
    } else if (!textFormat && /^\s*[-+]?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(input))
      cell.value = Number(input);
    else if (!textFormat && /^(true|false)$/i.test(input)) cell.value = input.toLowerCase() === "true";
    else cell.value = input === "" ? null : input;
  } else if (typeof input === "number" || typeof input === "boolean") {
    cell.value = textFormat ? String(input) : input;
  } else throw simError("InvalidArgument", "A cell value must be a string, number or boolean.");
  delete cell.textRuns;
  void asFormula;
  if (`${cell.formula ?? ""}\u0000${String(cell.value)}` !== before) model.noteChange(sheet, row, col, true);
}

function checkShape(values: unknown, ref: RangeRef, what: string): unknown[][] {
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

function mapCells<V>(t: RangeTarget, f: (cell: CellModel | undefined, row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.ref.top; r <= t.ref.bottom; r++) {
    const row: V[] = [];
    for (let c = t.ref.left; c <= t.ref.right; c++) row.push(f(t.sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

const shown = (c: CellModel | undefined): Scalar => (c === undefined || c.value === null ? "" : c.value);

export class SimRange extends SimObject<RangeTarget> {
  protected get kind() {
    return "range";
  }
  get address(): string {
    return this.get("address");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.set("values", v, (t) => {
      const rows = checkShape(v, t.ref, "values");
      rows.forEach((row, i) =>
        row.forEach((x, j) =>
          writeCell(this.context.model, t.sheet, t.ref.top + i, t.ref.left + j, x, false),
        ),
      );
    });
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.set("formulas", v, (t) => {
      const rows = checkShape(v, t.ref, "formulas");
      rows.forEach((row, i) =>
        row.forEach((x, j) => writeCell(this.context.model, t.sheet, t.ref.top + i, t.ref.left + j, x, true)),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, (t) => {
      const rows = checkShape(v, t.ref, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x !== null && x !== undefined)
            t.sheet.ensure(t.ref.top + i, t.ref.left + j).numberFormat = String(x);
        }),
      );
    });
  }
  get text(): string[][] {
    return this.get("text");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  protected read(prop: string, t: RangeTarget): unknown {
    switch (prop) {
      case "address":
        return rangeAddress({ ...t.ref, sheet: t.sheet.name });
      case "addressLocal":
        return rangeAddress({ ...t.ref, sheet: t.sheet.name });
      case "values":
        return mapCells(t, shown);
      case "formulas":
        return mapCells(t, (c) => (c?.formula !== undefined ? c.formula : shown(c)));
      case "numberFormat":
        return mapCells(t, (c) => c?.numberFormat ?? "General");
      case "text":
        return mapCells(t, (c) => String(shown(c)));
      case "valueTypes":
        return mapCells(t, (c) => {
          const v = shown(c);
          return v === ""
            ? "Empty"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : /^#(VALUE!|NAME\?|DIV\/0!|REF!|N\/A|NUM!)$/.test(String(v))
                  ? "Error"
                  : "String";
        });
      case "rowCount":
        return t.ref.bottom - t.ref.top + 1;
      case "columnCount":
        return t.ref.right - t.ref.left + 1;
      case "cellCount":
        return (t.ref.bottom - t.ref.top + 1) * (t.ref.right - t.ref.left + 1);
      case "rowIndex":
        return t.ref.top;
      case "columnIndex":
        return t.ref.left;
      default:
        throw simError("InvalidArgument", `The simulator does not implement Range.${prop}.`);
    }
  }
  private derive(f: (t: RangeTarget) => RangeRef | null, nullable = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const ref = f(t);
        return ref ? { sheet: t.sheet, ref } : null;
      },
      nullable,
    );
  }
  getCell(row: number, column: number): SimRange {
    return this.derive((t) => ({
      top: t.ref.top + row,
      left: t.ref.left + column,
      bottom: t.ref.top + row,
      right: t.ref.left + column,
    }));
  }
  getRow(row: number): SimRange {
    return this.derive((t) => ({ ...t.ref, top: t.ref.top + row, bottom: t.ref.top + row }));
  }
  getColumn(column: number): SimRange {
    return this.derive((t) => ({ ...t.ref, left: t.ref.left + column, right: t.ref.left + column }));
  }
  getLastRow(): SimRange {
    return this.derive((t) => ({ ...t.ref, top: t.ref.bottom }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive((t) => ({
      ...t.ref,
      bottom: t.ref.bottom + deltaRows,
      right: t.ref.right + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive((t) => ({
      top: t.ref.top + rowOffset,
      bottom: t.ref.bottom + rowOffset,
      left: t.ref.left + columnOffset,
      right: t.ref.right + columnOffset,
    }));
  }
  getIntersectionOrNullObject(other: string | SimRange): SimRange {
    return this.derive((t) => {
      const o = typeof other === "string" ? parseRange(other) : (other as SimRange).resolve()?.ref;
      if (!o) return null;
      const r = {
        top: Math.max(t.ref.top, o.top),
        left: Math.max(t.ref.left, o.left),
        bottom: Math.min(t.ref.bottom, o.bottom),
        right: Math.min(t.ref.right, o.right),
      };
      return r.top <= r.bottom && r.left <= r.right ? r : null;
    }, true);
  }
  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.need().sheet);
  }
  select(): void {
    this.context.enqueue(0, () => {
      const t = this.need();
      this.context.model.activeSheetId = t.sheet.id;
      this.context.model.selection = { sheetId: t.sheet.id, range: t.ref };
      this.context.sim.raiseSelectionChanged(t.sheet);
    });
  }
  clear(applyTo?: string): void {
    this.context.enqueue(size(applyTo), () => {
      const t = this.need();
      for (let r = t.ref.top; r <= t.ref.bottom; r++)
        for (let c = t.ref.left; c <= t.ref.right; c++) {
          const cell = t.sheet.cell(r, c);
          if (!cell) continue;
          if (applyTo === "Formats") {
            t.sheet.cells.set(SheetModel.key(r, c), { value: cell.value, formula: cell.formula });
          } else {
            if (cell.value !== null || cell.formula !== undefined)
              this.context.model.noteChange(t.sheet, r, c, true);
            if (applyTo === "Contents") {
              cell.value = null;
              delete cell.formula;
              delete cell.textRuns;
            } else t.sheet.cells.delete(SheetModel.key(r, c));
          }
        }
      if (applyTo !== "Contents") {
        const sheet = t.sheet;
        const inside = (x: RangeRef) =>
          x.top >= t.ref.top && x.bottom <= t.ref.bottom && x.left >= t.ref.left && x.right <= t.ref.right;
        for (const list of [sheet.validations, sheet.conditionalFormats] as Array<
          Array<{ range: RangeRef }>
        >) {
          for (let i = list.length - 1; i >= 0; i--) if (inside(list[i]!.range)) list.splice(i, 1);
        }
        for (let i = sheet.merges.length - 1; i >= 0; i--)
          if (inside(sheet.merges[i]!)) sheet.merges.splice(i, 1);
      }
    });
  }
  merge(across = false): void {
    this.context.enqueue(8, () => {
      const t = this.need();
      if (across)
        for (let r = t.ref.top; r <= t.ref.bottom; r++) t.sheet.merges.push({ ...t.ref, top: r, bottom: r });
      else t.sheet.merges.push({ ...t.ref });
    });
  }
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.context.enqueue(size(cellPropertiesData), () => {
      const t = this.need();
      const rows = checkShape(
        cellPropertiesData,
        t.ref,
        "cell properties",
      ) as Excel.SettableCellProperties[][];
      rows.forEach((row, i) =>
        row.forEach((p, j) => {
          const cell = t.sheet.ensure(t.ref.top + i, t.ref.left + j);
          applyFormat(cell, p?.format);
          if (p?.textRuns) {
            if (!this.context.sim.host.isSetSupported("ExcelApi", "1.18"))
              throw simError("ApiNotFound", "textRuns needs ExcelApi 1.18.");
            if (this.context.sim.richTextLeavesCellsEmpty) {
              // As some Excel builds do: 1.18 reported, the cell left empty.
              cell.value = null;
              delete cell.textRuns;
            } else {
              cell.textRuns = p.textRuns.map((r) => ({
                text: r.text,
                color: r.font?.color,
                bold: r.font?.bold,
                italic: r.font?.italic,
              }));
              cell.value = p.textRuns.map((r) => r.text).join("");
              delete cell.formula;
            }
            this.context.model.noteChange(t.sheet, t.ref.top + i, t.ref.left + j, true);
          }
        }),
      );
    });
  }
  /** The cells' rich text and font, as getCellProperties returns them. */
  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): {
    value: Excel.CellProperties[][];
  } {
    const result: { loaded?: Excel.CellProperties[][] } = {};
    this.context.enqueue(size(cellPropertiesLoadOptions), () => {
      const t = this.need();
      result.loaded = mapCells(t, (c) => ({
        ...(cellPropertiesLoadOptions.textRuns
          ? {
              textRuns:
                c?.textRuns?.map((r) => ({
                  text: r.text,
                  font: { color: r.color, bold: r.bold, italic: r.italic },
                })) ?? (c && c.value !== null ? [{ text: String(c.value), font: {} }] : []),
            }
          : {}),
        ...(cellPropertiesLoadOptions.format
          ? {
              format: {
                fill: { color: c?.fill ?? "#FFFFFF" },
                font: { color: c?.fontColor ?? "#000000", italic: !!c?.italic, bold: !!c?.bold },
              },
            }
          : {}),
      }));
      this.context.sim.noteResponse(size(result.loaded));
    });
    return {
      get value(): Excel.CellProperties[][] {
        if (!result.loaded)
          throw simError(
            "PropertyNotLoaded",
            "The value of getCellProperties is available after context.sync().",
          );
        return result.loaded;
      },
    };
  }
  /** The part of this range that holds values (or formats), as Range.getUsedRangeOrNullObject. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this.derive((t) => {
      const used = t.sheet.usedRange(!!valuesOnly);
      if (!used) return null;
      const r = {
        top: Math.max(t.ref.top, used.top),
        left: Math.max(t.ref.left, used.left),
        bottom: Math.min(t.ref.bottom, used.bottom),
        right: Math.min(t.ref.right, used.right),
      };
      return r.top <= r.bottom && r.left <= r.right ? r : null;
    }, true);
  }
  /** The areas of the range's formula (or constant) cells; a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    if (cellType !== "Formulas" && cellType !== "Constants")
      throw simError(
        "InvalidArgument",
        `The simulator implements special cells Formulas and Constants, not ${cellType}.`,
      );
    return new SimRangeAreas(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const want = (c: CellModel | undefined) =>
          cellType === "Formulas"
            ? c?.formula !== undefined
            : c !== undefined && c.formula === undefined && c.value !== null && c.value !== "";
        // Vertical runs per column, then neighbouring columns with the same runs joined, as Excel groups them.
        const runsByCol: Array<{ col: number; runs: string; refs: RangeRef[] }> = [];
        for (let c = t.ref.left; c <= Math.min(t.ref.right, t.ref.left + 16383); c++) {
          const refs: RangeRef[] = [];
          let start = -1;
          for (let r = t.ref.top; r <= t.ref.bottom + 1; r++) {
            const hit = r <= t.ref.bottom && want(t.sheet.cell(r, c));
            if (hit && start < 0) start = r;
            if (!hit && start >= 0) {
              refs.push({ top: start, bottom: r - 1, left: c, right: c });
              start = -1;
            }
          }
          if (refs.length)
            runsByCol.push({ col: c, runs: refs.map((x) => `${x.top}-${x.bottom}`).join(","), refs });
        }
        const areas: RangeRef[] = [];
        for (let i = 0; i < runsByCol.length; i++) {
          let j = i;
          while (
            j + 1 < runsByCol.length &&
            runsByCol[j + 1]!.col === runsByCol[j]!.col + 1 &&
            runsByCol[j + 1]!.runs === runsByCol[i]!.runs
          )
            j++;
          for (const ref of runsByCol[i]!.refs) areas.push({ ...ref, right: runsByCol[j]!.col });
          i = j;
        }
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }
  get format(): SimRangeFormat {
    return new SimRangeFormat(this.context, () => this.resolve());
  }
  get dataValidation(): SimDataValidation {
    return new SimDataValidation(this.context, () => this.resolve());
  }
  get conditionalFormats(): SimConditionalFormats {
    return new SimConditionalFormats(this.context, () => this.resolve());
  }
  /** The target, for the simulator's own use (events, tests). */
  resolveForSim(): RangeTarget | null {
    return this.resolve();
  }
}

interface AreasTarget {
  sheet: SheetModel;
  areas: RangeRef[];
}

export class SimRangeAreas extends SimObject<AreasTarget> {
  protected get kind() {
    return "range areas";
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  protected read(prop: string, t: AreasTarget): unknown {
    if (prop === "address") return t.areas.map((a) => rangeAddress({ ...a, sheet: t.sheet.name })).join(",");
    if (prop === "areaCount") return t.areas.length;
    throw simError("InvalidArgument", `The simulator does not implement RangeAreas.${prop}.`);
  }
}

function applyFormat(cell: CellModel, f: Excel.CellPropertiesFormat | undefined) {
  if (!f) return;
  if (f.fill?.color !== undefined) cell.fill = f.fill.color;
  if (f.font?.color !== undefined) cell.fontColor = f.font.color;
  if (f.font?.bold !== undefined) cell.bold = f.font.bold;
  if (f.font?.italic !== undefined) cell.italic = f.font.italic;
  if (f.wrapText !== undefined) cell.wrap = f.wrapText;
  if (f.horizontalAlignment !== undefined) cell.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) cell.verticalAlignment = f.verticalAlignment;
}

function eachCell(t: RangeTarget, f: (cell: CellModel) => void) {
  for (let r = t.ref.top; r <= t.ref.bottom; r++)
    for (let c = t.ref.left; c <= t.ref.right; c++) f(t.sheet.ensure(r, c));
}

/** Range.format and its fill and font: setters apply to every cell of the range. */
export class SimRangeFormat {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  private apply(bytes: number, f: (t: RangeTarget) => void) {
    this.context.enqueue(bytes, () => {
      const t = this.target();
      if (!t) throw simError("ItemNotFound", "The range does not exist.");
      f(t);
    });
  }
  set wrapText(v: boolean) {
    this.apply(8, (t) => eachCell(t, (c) => (c.wrap = v)));
  }
  set verticalAlignment(v: string) {
    this.apply(v.length, (t) => eachCell(t, (c) => (c.verticalAlignment = v)));
  }
  set horizontalAlignment(v: string) {
    this.apply(v.length, (t) => eachCell(t, (c) => (c.horizontalAlignment = v)));
  }
  set columnWidth(v: number) {
    this.apply(8, (t) => {
      for (let c = t.ref.left; c <= t.ref.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.apply(8, (t) => {
      for (let r = t.ref.top; r <= t.ref.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
  /** As Excel does: each row as tall as its tallest wrapped cell (merged cells are not counted). */
  autofitRows(): void {
    this.apply(0, (t) => {
      const merges = t.sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
      const lines = new Map<number, number>();
      for (const [k, cell] of t.sheet.cells) {
        const r = Math.floor(k / 16384);
        const c = k % 16384;
        if (r < t.ref.top || r > t.ref.bottom || cell.value === null) continue;
        if (merges.length && merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right))
          continue;
        const text = String(cell.value);
        let n: number;
        if (!cell.wrap) n = text.split("\n").length;
        else {
          const perLine = Math.max(1, Math.floor((t.sheet.columnWidths.get(c) ?? 48) / 5.2));
          n = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
        }
        lines.set(r, Math.max(lines.get(r) ?? 1, n));
      }
      for (let r = t.ref.top; r <= t.ref.bottom; r++)
        t.sheet.rowHeights.set(r, Math.round((lines.get(r) ?? 1) * 14.4 + 3));
    });
  }
  autofitColumns(): void {
    this.apply(0, () => undefined);
  }
  get fill() {
    const apply = this.apply.bind(this);
    return {
      set color(v: string) {
        apply(v.length, (t) => eachCell(t, (c) => (c.fill = v)));
      },
      clear() {
        apply(0, (t) => eachCell(t, (c) => delete c.fill));
      },
    };
  }
  get font() {
    const apply = this.apply.bind(this);
    return {
      set color(v: string) {
        apply(v.length, (t) => eachCell(t, (c) => (c.fontColor = v)));
      },
      set bold(v: boolean) {
        apply(4, (t) => eachCell(t, (c) => (c.bold = v)));
      },
      set italic(v: boolean) {
        apply(4, (t) => eachCell(t, (c) => (c.italic = v)));
      },
      set size(_v: number) {
        apply(4, () => undefined);
      },
      set name(_v: string) {
        apply(4, () => undefined);
      },
    };
  }
}

export class SimDataValidation {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  private model(t: RangeTarget) {
    let v = t.sheet.validations.find((x) => rangeAddress(x.range) === rangeAddress(t.ref));
    if (!v) {
      v = { range: { ...t.ref }, rule: {} };
      t.sheet.validations.push(v);
    }
    return v;
  }
  private apply(bytes: number, f: (t: RangeTarget) => void) {
    this.context.enqueue(bytes, () => {
      const t = this.target();
      if (!t) throw simError("ItemNotFound", "The range does not exist.");
      f(t);
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    this.apply(size(rule), (t) => {
      // Setting a rule replaces any rule on the same cells.
      const sheet = t.sheet;
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        const r = sheet.validations[i]!.range;
        if (r.left >= t.ref.left && r.right <= t.ref.right && r.top >= t.ref.top && r.bottom <= t.ref.bottom)
          sheet.validations.splice(i, 1);
      }
      this.model(t).rule = rule;
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.apply(size(alert), (t) => (this.model(t).errorAlert = alert));
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.apply(size(prompt), (t) => (this.model(t).prompt = prompt));
  }
  set ignoreBlanks(_v: boolean) {
    this.apply(4, () => undefined);
  }
  clear(): void {
    this.apply(0, (t) => {
      const sheet = t.sheet;
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        const r = sheet.validations[i]!.range;
        if (r.left >= t.ref.left && r.right <= t.ref.right && r.top >= t.ref.top && r.bottom <= t.ref.bottom)
          sheet.validations.splice(i, 1);
      }
    });
  }
}

export class SimConditionalFormats {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  add(type: string) {
    if (type !== "ContainsText")
      throw simError(
        "InvalidArgument",
        `The simulator implements only ContainsText conditional formats, not ${type}.`,
      );
    const entry: { model?: import("./model").ConditionalFormatModel } = {};
    this.context.enqueue(16, () => {
      const t = this.target();
      if (!t) throw simError("ItemNotFound", "The range does not exist.");
      entry.model = { range: { ...t.ref }, text: "", operator: "Contains" };
      t.sheet.conditionalFormats.push(entry.model);
    });
    const context = this.context;
    const later = (bytes: number, f: (m: import("./model").ConditionalFormatModel) => void) =>
      context.enqueue(bytes, () => f(entry.model!));
    return {
      textComparison: {
        set rule(rule: Excel.ConditionalTextComparisonRule) {
          later(size(rule), (m) => {
            m.text = rule.text;
            m.operator = String(rule.operator);
          });
        },
        format: {
          fill: {
            set color(v: string) {
              later(v.length, (m) => (m.fill = v));
            },
          },
          font: {
            set color(v: string) {
              later(v.length, (m) => (m.fontColor = v));
            },
          },
        },
      },
    };
  }
  clearAll(): void {
    this.context.enqueue(0, () => {
      const t = this.target();
      if (!t) return;
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--) {
        const r = list[i]!.range;
        if (r.left <= t.ref.right && t.ref.left <= r.right && r.top <= t.ref.bottom && t.ref.top <= r.bottom)
          list.splice(i, 1);
      }
    });
  }
}

export class SimWorksheet extends SimObject<SheetModel> {
  protected get kind() {
    return "worksheet";
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, (s) => {
      const other = this.context.model.sheetByName(v);
      if (other && other !== s) throw simError("ItemAlreadyExists", `A sheet named ${v} already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", v, (s) => {
      if (
        v !== "Visible" &&
        this.context.model.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw simError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      s.visibility = v;
    });
  }
  set showGridlines(v: boolean) {
    this.set("showGridlines", v, (s) => (s.showGridlines = v));
  }
  set tabColor(v: string) {
    this.set("tabColor", v, (s) => (s.tabColor = v));
  }
  get position(): number {
    return this.get("position");
  }
  protected read(prop: string, s: SheetModel): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.context.model.sheets.indexOf(s);
      case "showGridlines":
        return s.showGridlines;
      default:
        throw simError("InvalidArgument", `The simulator does not implement Worksheet.${prop}.`);
    }
  }
  /** Worksheets listed by a collection load carry their loaded properties. */
  fillLoaded(props: string[], s: SheetModel) {
    for (const p of props) {
      const v = this.read(p, s);
      this.loaded.set(p, v);
      this.context.sim.noteResponse(size(v) + p.length);
    }
  }
  getRange(address?: string): SimRange {
    return new SimRange(this.context, () => {
      const s = this.need();
      return {
        sheet: s,
        ref: address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
      };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return new SimRange(this.context, () => ({
      sheet: this.need(),
      ref: {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      },
    }));
  }
  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): SimRange {
    return new SimRange(this.context, () => {
      const s = this.need();
      return { sheet: s, ref: s.usedRange(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return new SimRange(
      this.context,
      () => {
        const s = this.resolve();
        const ref = s?.usedRange(!!valuesOnly);
        return s && ref ? { sheet: s, ref } : null;
      },
      true,
    );
  }
  activate(): void {
    this.context.enqueue(0, () => {
      const s = this.need();
      this.context.model.activeSheetId = s.id;
      if (this.context.model.selection?.sheetId !== s.id)
        this.context.model.selection = { sheetId: s.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  delete(): void {
    this.context.enqueue(0, () => {
      const s = this.need();
      const m = this.context.model;
      m.sheets = m.sheets.filter((x) => x !== s);
      m.tables = m.tables.filter((t) => t.sheetId !== s.id);
      if (m.activeSheetId === s.id)
        m.activeSheetId = m.sheets.find((x) => x.visibility === "Visible")?.id ?? "";
    });
  }
  get tables(): SimTableCollection {
    return new SimTableCollection(this.context, () => this.need());
  }
  get freezePanes() {
    return {
      freezeRows: (count: number) => this.set("freezeRows", count, (s) => (s.frozenRows = count)),
    };
  }
  get pageLayout() {
    const setLayout = (key: string, v: unknown) =>
      this.set(key, v, (s) => ((s.pageLayout as Record<string, unknown>)[key] = v));
    return {
      set orientation(v: string) {
        setLayout("orientation", v);
      },
      set paperSize(v: string) {
        setLayout("paperSize", v);
      },
      set centerHorizontally(v: boolean) {
        setLayout("centerHorizontally", v);
      },
      set printGridlines(v: boolean) {
        setLayout("printGridlines", v);
      },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number }) {
        setLayout("fitToPagesWide", v.horizontalFitToPages);
        setLayout("fitToPagesTall", v.verticalFitToPages ?? null);
      },
      setPrintTitleRows: (rows: string) => setLayout("printTitleRows", rows),
    };
  }
  get onSelectionChanged() {
    return {
      add: (handler: (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>) => {
        this.context.enqueue(16, () => this.need().selectionHandlers.push(handler));
        return {
          remove: () => {
            this.context.enqueue(0, () => {
              const list = this.need().selectionHandlers;
              const i = list.indexOf(handler);
              if (i >= 0) list.splice(i, 1);
            });
          },
        };
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        this.context.enqueue(16, () => this.need().changedHandlers.push(handler));
        return {
          remove: () => {
            this.context.enqueue(0, () => {
              const list = this.need().changedHandlers;
              const i = list.indexOf(handler);
              if (i >= 0) list.splice(i, 1);
            });
          },
        };
      },
    };
  }
}

export class SimWorksheetCollection extends SimObject<WorkbookModel> {
  private itemsList: SimWorksheet[] | undefined;
  protected get kind() {
    return "worksheet collection";
  }
  get items(): SimWorksheet[] {
    if (!this.itemsList)
      throw simError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.itemsList;
  }
  protected read(): unknown {
    return undefined;
  }
  override load(props?: unknown): this {
    const list = propList(props).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(size(list), () => {
      this.itemsList = this.context.model.sheets.map((s) => {
        const w = new SimWorksheet(this.context, () => s);
        w.fillLoaded(list, s);
        return w;
      });
    });
    return this;
  }
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => this.context.model.sheetByName(key) ?? this.context.model.sheetById(key) ?? null,
    );
  }
  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => this.context.model.sheetByName(key) ?? this.context.model.sheetById(key) ?? null,
      true,
    );
  }
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(
      this.context,
      () => this.context.model.sheetById(this.context.model.activeSheetId) ?? null,
    );
  }
  add(name?: string): SimWorksheet {
    const holder: { sheet?: SheetModel } = {};
    this.context.enqueue(size(name), () => {
      let n = name;
      if (!n) {
        let i = 1;
        while (this.context.model.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      holder.sheet = this.context.model.addSheet(n);
    });
    return new SimWorksheet(this.context, () => holder.sheet ?? null);
  }
}

export class SimTable extends SimObject<TableModel> {
  protected get kind() {
    return "table";
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, (t) => {
      const other = this.context.model.tableByName(v);
      if (other && other !== t) throw simError("ItemAlreadyExists", `A table named ${v} already exists.`);
      if (this.context.model.sheetByName(v))
        throw simError("InvalidArgument", `A table can't be named like a sheet.`);
      t.name = v;
    });
  }
  get id(): string {
    return this.get("id");
  }
  set style(v: string) {
    this.set("style", v, (t) => (t.style = v));
  }
  set showBandedRows(_v: boolean) {
    this.set("showBandedRows", _v, () => undefined);
  }
  protected read(prop: string, t: TableModel): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "style":
        return t.style;
      default:
        throw simError("InvalidArgument", `The simulator does not implement Table.${prop}.`);
    }
  }
  private sheetOf(t: TableModel): SheetModel {
    const s = this.context.model.sheetById(t.sheetId);
    if (!s) throw simError("ItemNotFound", "The table's sheet does not exist.");
    return s;
  }
  getRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this.need();
      return { sheet: this.sheetOf(t), ref: { ...t.range } };
    });
  }
  getHeaderRowRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this.need();
      return { sheet: this.sheetOf(t), ref: { ...t.range, bottom: t.range.top } };
    });
  }
  getDataBodyRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this.need();
      return { sheet: this.sheetOf(t), ref: { ...t.range, top: t.range.top + 1 } };
    });
  }
  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.sheetOf(this.need()));
  }
  convertToRange(): SimRange {
    const holder: { target?: RangeTarget } = {};
    this.context.enqueue(0, () => {
      const t = this.need();
      holder.target = { sheet: this.sheetOf(t), ref: { ...t.range } };
      this.context.model.tables = this.context.model.tables.filter((x) => x !== t);
    });
    return new SimRange(this.context, () => holder.target ?? null);
  }
  delete(): void {
    this.context.enqueue(0, () => {
      const t = this.need();
      const s = this.sheetOf(t);
      for (let r = t.range.top; r <= t.range.bottom; r++)
        for (let c = t.range.left; c <= t.range.right; c++) s.cells.delete(SheetModel.key(r, c));
      this.context.model.tables = this.context.model.tables.filter((x) => x !== t);
    });
  }
  get rows() {
    return {
      add: (index?: number | null, values?: unknown[][]) => {
        const added: { target?: RangeTarget } = {};
        this.context.enqueue(size(values), () => {
          const t = this.need();
          if (index !== undefined && index !== null)
            throw simError("InvalidArgument", "The simulator appends table rows only at the end.");
          const s = this.sheetOf(t);
          const rows = values ?? [[]];
          const width = t.range.right - t.range.left + 1;
          if (rows.some((r) => r.length !== width))
            throw simError("InvalidArgument", "The row values don't match the table's columns.");
          // A table whose only data row is blank fills that row first, as Excel does.
          const onlyRowBlank =
            t.range.bottom === t.range.top + 1 &&
            Array.from({ length: width }, (_, c) => s.cell(t.range.bottom, t.range.left + c)).every(
              (c) => !c || ((c.value === null || c.value === "") && c.formula === undefined),
            );
          const start = onlyRowBlank ? t.range.bottom : t.range.bottom + 1;
          const grow = start + rows.length - 1 - t.range.bottom;
          if (grow > 0) {
            // Cells below the table, in its columns, move down.
            const moved = [...s.cells.entries()].filter(
              ([k]) =>
                Math.floor(k / 16384) > t.range.bottom &&
                k % 16384 >= t.range.left &&
                k % 16384 <= t.range.right,
            );
            for (const [k] of moved) s.cells.delete(k);
            for (const [k, c] of moved) s.cells.set(k + grow * 16384, c);
            // The new rows take the formats of the last row.
            for (let r = t.range.bottom + 1; r <= t.range.bottom + grow; r++)
              for (let c = t.range.left; c <= t.range.right; c++) {
                const above = s.cell(t.range.bottom, c);
                if (above?.numberFormat) s.ensure(r, c).numberFormat = above.numberFormat;
              }
            for (const v of s.validations)
              if (v.range.bottom === t.range.bottom && v.range.top > t.range.top) v.range.bottom += grow;
            for (const cf of s.conditionalFormats)
              if (cf.range.bottom === t.range.bottom && cf.range.top > t.range.top) cf.range.bottom += grow;
            t.range = { ...t.range, bottom: t.range.bottom + grow };
          }
          rows.forEach((row, i) =>
            row.forEach((x, j) => writeCell(this.context.model, s, start + i, t.range.left + j, x, false)),
          );
          added.target = {
            sheet: s,
            ref: { top: start, bottom: start + rows.length - 1, left: t.range.left, right: t.range.right },
          };
        });
        // The TableRow: its range is known once the sync has added it.
        return { getRange: () => new SimRange(this.context, () => added.target ?? null) };
      },
    };
  }
}

export class SimTableCollection extends SimObject<SheetModel | WorkbookModel> {
  private itemsList: SimTable[] | undefined;
  protected get kind() {
    return "table collection";
  }
  get items(): SimTable[] {
    if (!this.itemsList)
      throw simError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and context.sync() first.",
      );
    return this.itemsList;
  }
  protected read(): unknown {
    return undefined;
  }
  private scope(): TableModel[] {
    const owner = this.need();
    const all = this.context.model.tables;
    return owner instanceof SheetModel ? all.filter((t) => t.sheetId === owner.id) : all;
  }
  override load(props?: unknown): this {
    const list = propList(props).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(size(list), () => {
      this.itemsList = this.scope().map((t) => {
        const proxy = new SimTable(this.context, () => t);
        for (const p of list) {
          const v = p === "name" ? t.name : p === "id" ? t.id : p === "style" ? t.style : undefined;
          if (v === undefined)
            throw simError("InvalidArgument", `The simulator does not implement Table.${p}.`);
          (proxy as unknown as { loaded: Map<string, unknown> }).loaded.set(p, v);
          this.context.sim.noteResponse(size(v));
        }
        return proxy;
      });
    });
    return this;
  }
  getItem(key: string): SimTable {
    return new SimTable(
      this.context,
      () => this.scope().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null,
    );
  }
  getItemOrNullObject(key: string): SimTable {
    return new SimTable(
      this.context,
      () => this.scope().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ?? null,
      true,
    );
  }
  add(address: string, hasHeaders: boolean): SimTable {
    const holder: { table?: TableModel } = {};
    this.context.enqueue(size(address), () => {
      const owner = this.need();
      const ref = parseRange(address);
      const sheet =
        owner instanceof SheetModel
          ? ref.sheet
            ? this.context.model.sheetByName(ref.sheet)
            : owner
          : ref.sheet
            ? this.context.model.sheetByName(ref.sheet)
            : this.context.model.sheetById(this.context.model.activeSheetId);
      if (!sheet) throw simError("ItemNotFound", `The sheet of ${address} does not exist.`);
      holder.table = this.context.model.addTable(sheet, ref, hasHeaders);
    });
    return new SimTable(this.context, () => holder.table ?? null);
  }
}

export class SimWorkbook {
  constructor(private readonly context: SimRequestContext) {}
  get worksheets(): SimWorksheetCollection {
    return new SimWorksheetCollection(this.context, () => this.context.model);
  }
  get tables(): SimTableCollection {
    return new SimTableCollection(this.context, () => this.context.model);
  }
  getSelectedRange(): SimRange {
    return new SimRange(this.context, () => {
      const sel = this.context.model.selection;
      const sheet = sel ? this.context.model.sheetById(sel.sheetId) : undefined;
      return sheet && sel ? { sheet, ref: sel.range } : null;
    });
  }
  getActiveCell(): SimRange {
    return new SimRange(this.context, () => {
      const sel = this.context.model.selection;
      const sheet = sel ? this.context.model.sheetById(sel.sheetId) : undefined;
      return sheet && sel
        ? {
            sheet,
            ref: { top: sel.range.top, left: sel.range.left, bottom: sel.range.top, right: sel.range.left },
          }
        : null;
    });
  }
}

export class SimRuntime {
  private loadedValue: boolean | undefined;
  constructor(private readonly context: SimRequestContext) {}
  get enableEvents(): boolean {
    if (this.loadedValue === undefined)
      throw simError("PropertyNotLoaded", "The property 'enableEvents' is not available.");
    return this.loadedValue;
  }
  set enableEvents(v: boolean) {
    this.context.enqueue(8, () => (this.context.model.eventsEnabled = v));
  }
  load(_props?: unknown): this {
    this.context.enqueue(8, () => (this.loadedValue = this.context.model.eventsEnabled));
    return this;
  }
}
