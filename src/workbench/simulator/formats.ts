// Range.format (fill, font, alignment, sizes, autofit) and the format part of setCellProperties.
import type { CellModel } from "./model";
import { simError } from "./model";
import type { SimRequestContext } from "./context";
import type { RangeTarget } from "./object";
import { applyCellBorders, SimRangeBorders } from "./borders";

export function applyFormat(cell: CellModel, f: Excel.CellPropertiesFormat | undefined) {
  if (!f) return;
  if (f.fill?.color !== undefined) cell.fill = f.fill.color;
  if (f.font?.color !== undefined) cell.fontColor = f.font.color;
  if (f.font?.bold !== undefined) cell.bold = f.font.bold;
  if (f.font?.italic !== undefined) cell.italic = f.font.italic;
  if (f.wrapText !== undefined) cell.wrap = f.wrapText;
  if (f.horizontalAlignment !== undefined) cell.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) cell.verticalAlignment = f.verticalAlignment;
  if (f.font?.name !== undefined) cell.fontName = f.font.name;
  if (f.font?.size !== undefined) cell.fontSize = f.font.size;
  applyCellBorders(cell, f.borders);
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
  get borders(): SimRangeBorders {
    return new SimRangeBorders(this.context, this.target);
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
      set size(v: number) {
        apply(4, (t) => eachCell(t, (c) => (c.fontSize = v)));
      },
      set name(v: string) {
        apply(v.length, (t) => eachCell(t, (c) => (c.fontName = v)));
      },
    };
  }
}

/**
 * Range.getDisplayedCellProperties (ExcelApi 1.19): the fill and font colour as shown, conditional
 * formats included ("properties that are displayed from indirect sources, such as conditional
 * formatting"), unlike getCellProperties.
 */
export function displayedCellProperties(
  context: SimRequestContext,
  target: () => RangeTarget | null,
  options: Excel.CellPropertiesLoadOptions,
): { readonly value: Excel.CellProperties[][] } {
  const result: { loaded?: Excel.CellProperties[][] } = {};
  context.enqueue(JSON.stringify(options).length, () => {
    if (!context.sim.host.isSetSupported("ExcelApi", "1.19"))
      throw simError("ApiNotFound", "Range.getDisplayedCellProperties needs ExcelApi 1.19.");
    const t = target();
    if (!t) throw simError("ItemNotFound", "The range does not exist.");
    context.model.ensureCalculated();
    const rows: Excel.CellProperties[][] = [];
    for (let r = t.ref.top; r <= t.ref.bottom; r++) {
      const row: Excel.CellProperties[] = [];
      for (let c = t.ref.left; c <= t.ref.right; c++) {
        const shown = context.model.displayFormat(t.sheet, r, c);
        const cell = t.sheet.cell(r, c);
        row.push(
          options.format
            ? {
                format: {
                  fill: { color: shown.fill ?? "#FFFFFF" },
                  font: { color: shown.fontColor ?? "#000000", bold: !!cell?.bold, italic: !!cell?.italic },
                },
              }
            : {},
        );
      }
      rows.push(row);
    }
    result.loaded = rows;
    context.sim.noteResponse(JSON.stringify(rows).length);
  });
  return {
    get value(): Excel.CellProperties[][] {
      if (!result.loaded)
        throw simError(
          "PropertyNotLoaded",
          "The value of getDisplayedCellProperties is available after context.sync().",
        );
      return result.loaded;
    },
  };
}
