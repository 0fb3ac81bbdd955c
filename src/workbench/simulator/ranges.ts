// Range and RangeAreas: values, formulas, number formats, rich text, special cells, selection.
import { parseRange, rangeAddress, rangesIntersect, type RangeRef } from "../../domain/address";
import { afterTableWrite } from "./calculatedColumns";
import { checkShape, mapCells, shown, writeCell } from "./cells";
import { SimConditionalFormats } from "./conditionalFormats";
import { renderText } from "./numberFormat";
import { applyFormat, displayedCellProperties, SimRangeFormat } from "./formats";
import type { Scalar } from "./formula";
import { simError, SheetModel, type CellModel } from "./model";
import { SimObject, size, type RangeTarget } from "./object";
import { SimWorksheet } from "./sheets";
import { SimDataValidation } from "./validation";

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
      afterTableWrite(this.context.model, t.sheet, t.ref, rows); // calculated columns
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
      afterTableWrite(this.context.model, t.sheet, t.ref, rows); // calculated columns
    });
  }
  /** Like formulas, but text is read in the host's locale, as typing is (office-js #1559). */
  get formulasLocal(): Scalar[][] {
    return this.get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this.set("formulasLocal", v, (t) => {
      const rows = checkShape(v, t.ref, "formulasLocal");
      const locale = this.context.sim.locale;
      rows.forEach((row, i) =>
        row.forEach((x, j) =>
          writeCell(this.context.model, t.sheet, t.ref.top + i, t.ref.left + j, x, true, locale),
        ),
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
  /**
   * Range.columnHidden (ExcelApi 1.2): setting it hides or shows the whole columns the range spans;
   * reading it gives true when all of them are hidden, false when none is, and null when some are
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member).
   * The cells keep their values: hiding deletes nothing.
   */
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.set("columnHidden", v, (t) => {
      for (let c = t.ref.left; c <= t.ref.right; c++)
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
    });
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
        return mapCells(t, (c) => renderText(c?.value ?? null, c?.numberFormat, this.context.sim.locale));
      case "formulasLocal":
        return mapCells(t, (c) => (c?.formula !== undefined ? c.formula : shown(c)));
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
      case "columnHidden": {
        let hidden = 0;
        for (let c = t.ref.left; c <= t.ref.right; c++) if (t.sheet.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === t.ref.right - t.ref.left + 1 ? true : null;
      }
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
      // A host below the method's requirement set refuses it when the batch runs.
      if (!this.context.sim.host.isSetSupported("ExcelApi", "1.9"))
        throw simError("ApiNotFound", "Range.setCellProperties needs ExcelApi 1.9.");
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
              cell.textRuns = this.context.sim.richTextDropsRunFormatting
                ? // As other builds do: the text arrives, each run's font does not.
                  p.textRuns.map((r) => ({ text: r.text }))
                : p.textRuns.map((r) => ({
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
  /**
   * One entry per row of the range, in order (ExcelApi 1.9): its format (rowHeight included) and
   * whether it is hidden. A list of another length is refused, as setCellProperties' shape is.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-setrowproperties-member(1)
   */
  setRowProperties(rowPropertiesData: Excel.SettableRowProperties[]): void {
    this.context.enqueue(size(rowPropertiesData), () => {
      if (!this.context.sim.host.isSetSupported("ExcelApi", "1.9"))
        throw simError("ApiNotFound", "Range.setRowProperties needs ExcelApi 1.9.");
      const t = this.need();
      const rows = t.ref.bottom - t.ref.top + 1;
      if (!Array.isArray(rowPropertiesData) || rowPropertiesData.length !== rows)
        throw simError(
          "InvalidArgument",
          `The row properties give ${Array.isArray(rowPropertiesData) ? rowPropertiesData.length : 0} rows for a range of ${rows}.`,
        );
      rowPropertiesData.forEach((p, i) => {
        const r = t.ref.top + i;
        const height = p?.format?.rowHeight;
        if (height !== undefined) {
          if (!(height >= 0 && height <= 409))
            throw simError(
              "InvalidArgument",
              `A row height must be between 0 and 409 points, not ${height}.`,
            );
          t.sheet.rowHeights.set(r, height);
        }
        const { rowHeight: _h, ...cellFormat } = p?.format ?? {};
        if (Object.keys(cellFormat).length)
          for (let c = t.ref.left; c <= t.ref.right; c++) applyFormat(t.sheet.ensure(r, c), cellFormat);
      });
    });
  }
  /** Each row's height (the standard 15 where none was set), as getRowProperties returns it. */
  getRowProperties(rowPropertiesLoadOptions: Excel.RowPropertiesLoadOptions): {
    value: Excel.RowProperties[];
  } {
    const result: { loaded?: Excel.RowProperties[] } = {};
    this.context.enqueue(size(rowPropertiesLoadOptions), () => {
      if (!this.context.sim.host.isSetSupported("ExcelApi", "1.9"))
        throw simError("ApiNotFound", "Range.getRowProperties needs ExcelApi 1.9.");
      const t = this.need();
      result.loaded = [];
      for (let r = t.ref.top; r <= t.ref.bottom; r++)
        result.loaded.push({
          rowIndex: r,
          ...(rowPropertiesLoadOptions.format?.rowHeight
            ? { format: { rowHeight: t.sheet.rowHeights.get(r) ?? 15 } }
            : {}),
        });
      this.context.sim.noteResponse(size(result.loaded));
    });
    return {
      get value(): Excel.RowProperties[] {
        if (!result.loaded)
          throw simError(
            "PropertyNotLoaded",
            "The value of getRowProperties is available after context.sync().",
          );
        return result.loaded;
      },
    };
  }
  /** The fill and font as shown, conditional formats included (ExcelApi 1.19). */
  getDisplayedCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions) {
    return displayedCellProperties(this.context, () => this.resolve(), cellPropertiesLoadOptions);
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
  /**
   * The merged areas whose top-left cell is in this range (ExcelApi 1.13), as office-js #3611 reports
   * Excel returns them; a null object when there are none.
   */
  getMergedAreasOrNullObject(): SimRangeAreas {
    return new SimRangeAreas(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const areas = t.sheet.merges.filter(
          (m) => m.top >= t.ref.top && m.top <= t.ref.bottom && m.left >= t.ref.left && m.left <= t.ref.right,
        );
        return areas.length ? { sheet: t.sheet, areas: areas.map((m) => ({ ...m })) } : null;
      },
      true,
    );
  }
  unmerge(): void {
    this.context.enqueue(8, () => {
      const t = this.need();
      for (let i = t.sheet.merges.length - 1; i >= 0; i--)
        if (rangesIntersect(t.sheet.merges[i]!, t.ref)) t.sheet.merges.splice(i, 1);
    });
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
