// Table and the table collection: ranges, rows, conversion, names.
import { parseRange } from "../../domain/address";
import { afterTableWrite, fillNewRows } from "./calculatedColumns";
import { writeCell } from "./cells";
import { dataBottom, simError, SheetModel, type TableModel, type WorkbookModel } from "./model";
import { propList, SimObject, size, type RangeTarget } from "./object";
import { SimRange } from "./ranges";
import { SimWorksheet } from "./sheets";

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
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  /** Shows the totals row below the data (labelled "Total" in the first column), or removes it. */
  set showTotals(v: boolean) {
    this.set("showTotals", v, (t) => {
      if (!!t.showTotals === v) return;
      const s = this.sheetOf(t);
      if (v) {
        t.range = { ...t.range, bottom: t.range.bottom + 1 };
        t.showTotals = true;
        s.ensure(t.range.bottom, t.range.left).value = "Total";
      } else {
        for (let c = t.range.left; c <= t.range.right; c++) s.cells.delete(SheetModel.key(t.range.bottom, c));
        t.range = { ...t.range, bottom: t.range.bottom - 1 };
        t.showTotals = false;
      }
      this.context.model.noteChange(s, t.range.bottom, t.range.left, true);
    });
  }
  /** The table's AutoFilter (ExcelApi 1.9): apply hides the rows whose cell is not among the values. */
  get autoFilter() {
    return {
      apply: (
        _range: unknown,
        columnIndex: number,
        criteria: { filterOn: string; values?: Array<string | number> },
      ) =>
        this.context.enqueue(size(criteria), () => {
          const t = this.need();
          if (criteria.filterOn !== "Values" || !criteria.values)
            throw simError("InvalidArgument", "The simulator filters on values only.");
          const s = this.sheetOf(t);
          const allowed = new Set(criteria.values.map((x) => String(x).toLowerCase()));
          const hidden = (t.hiddenRows ??= new Set());
          for (let r = t.range.top + 1; r <= dataBottom(t); r++) {
            const v = s.cell(r, t.range.left + columnIndex)?.value;
            if (!allowed.has(String(v ?? "").toLowerCase())) hidden.add(r);
          }
        }),
      clearCriteria: () => this.clearFilters(),
    };
  }
  clearFilters(): void {
    this.context.enqueue(0, () => void (this.need().hiddenRows = undefined));
  }
  protected read(prop: string, t: TableModel): unknown {
    switch (prop) {
      case "showTotals":
        return !!t.showTotals;
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
      return { sheet: this.sheetOf(t), ref: { ...t.range, top: t.range.top + 1, bottom: dataBottom(t) } };
    });
  }
  /** The totals row; the request fails when the table does not show one. */
  getTotalRowRange(): SimRange {
    return new SimRange(this.context, () => {
      const t = this.need();
      if (!t.showTotals) throw simError("InvalidArgument", "The table has no totals row.");
      return { sheet: this.sheetOf(t), ref: { ...t.range, top: t.range.bottom } };
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
  /**
   * TableColumnCollection.add(index, values, name): a new column, its header `name` (ExcelApi 1.4) or the
   * first of `values`, or Excel's default "ColumnN"; a header the table already has gets a number
   * appended, as Excel keeps headers unique. `values`, when given, covers the header and every row.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
   * The simulator adds at the end only (index omitted, or the column count). Cells to the right of the
   * table, in its rows, move right, as the table's rows widen.
   */
  get columns() {
    return {
      add: (index?: number | null, values?: unknown[][] | null, name?: string | null) => {
        const added: { target?: RangeTarget } = {};
        this.context.enqueue(size(values) + size(name), () => {
          const t = this.need();
          const s = this.sheetOf(t);
          const width = t.range.right - t.range.left + 1;
          const height = t.range.bottom - t.range.top + 1;
          if (index !== undefined && index !== null && index !== width)
            throw simError("InvalidArgument", "The simulator adds table columns only at the end.");
          if (values && (values.length !== height || values.some((r) => !Array.isArray(r) || r.length !== 1)))
            throw simError("InvalidArgument", "The column values don't match the table's rows.");
          const col = t.range.right + 1;
          const moved = [...s.cells.entries()].filter(([k]) => {
            const r = Math.floor(k / 16384);
            return r >= t.range.top && r <= t.range.bottom && k % 16384 >= col;
          });
          for (const [k] of moved) s.cells.delete(k);
          for (const [k, c] of moved) s.cells.set(k + 1, c);
          const taken = new Set<string>();
          for (let c = t.range.left; c <= t.range.right; c++)
            taken.add(String(s.cell(t.range.top, c)?.value ?? "").toLowerCase());
          const asked = name ?? (values?.[0]?.[0] as string | null | undefined);
          let header = asked === null || asked === undefined || asked === "" ? "" : String(asked);
          if (!header) for (let n = 1; !header || taken.has(header.toLowerCase()); n++) header = `Column${n}`;
          for (let n = 2, base = header; taken.has(header.toLowerCase()); n++) header = `${base}${n}`;
          t.range = { ...t.range, right: col };
          if (t.calculated) t.calculated.push(undefined);
          const cell = s.ensure(t.range.top, col);
          cell.value = header;
          this.context.model.noteChange(s, t.range.top, col, true);
          values
            ?.slice(1)
            .forEach((row, i) => writeCell(this.context.model, s, t.range.top + 1 + i, col, row[0], false));
          added.target = { sheet: s, ref: { ...t.range, left: col, right: col } };
        });
        return { getRange: () => new SimRange(this.context, () => added.target ?? null) };
      },
    };
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
          const last = dataBottom(t);
          const onlyRowBlank =
            last === t.range.top + 1 &&
            Array.from({ length: width }, (_, c) => s.cell(last, t.range.left + c)).every(
              (c) => !c || ((c.value === null || c.value === "") && c.formula === undefined),
            );
          const start = onlyRowBlank ? last : last + 1;
          const grow = start + rows.length - 1 - last;
          if (grow > 0) {
            // Cells below the data, in the table's columns (the totals row too), move down.
            const moved = [...s.cells.entries()].filter(
              ([k]) =>
                Math.floor(k / 16384) > last && k % 16384 >= t.range.left && k % 16384 <= t.range.right,
            );
            for (const [k] of moved) s.cells.delete(k);
            for (const [k, c] of moved) s.cells.set(k + grow * 16384, c);
            // The new rows take the formats of the last row.
            for (let r = last + 1; r <= last + grow; r++)
              for (let c = t.range.left; c <= t.range.right; c++) {
                const above = s.cell(last, c);
                if (above?.numberFormat) s.ensure(r, c).numberFormat = above.numberFormat;
              }
            for (const v of s.validations)
              if (v.range.bottom === last && v.range.top > t.range.top) v.range.bottom += grow;
            for (const cf of s.conditionalFormats)
              if (cf.range.bottom === last && cf.range.top > t.range.top) cf.range.bottom += grow;
            t.range = { ...t.range, bottom: t.range.bottom + grow };
          }
          rows.forEach((row, i) =>
            row.forEach((x, j) => writeCell(this.context.model, s, start + i, t.range.left + j, x, false)),
          );
          const ref = {
            top: start,
            bottom: start + rows.length - 1,
            left: t.range.left,
            right: t.range.right,
          };
          afterTableWrite(this.context.model, s, ref, rows);
          fillNewRows(this.context.model, s, t, ref.top, ref.bottom);
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
          const v =
            p === "name"
              ? t.name
              : p === "id"
                ? t.id
                : p === "style"
                  ? t.style
                  : p === "showTotals"
                    ? !!t.showTotals
                    : undefined;
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
