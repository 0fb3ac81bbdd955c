// Worksheet and the worksheet collection: names, visibility, ranges, page layout, events.
import { parseRange } from "../../domain/address";
import { simError, type SheetModel, type WorkbookModel } from "./model";
import { eventSource } from "./events";
import { propList, SimObject, size } from "./object";
import { SimRange } from "./ranges";
import { SimTableCollection } from "./tables";
import { SimHeaderFooter } from "./headerFooter";

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
  /** Moves the sheet to this zero-based place in the tab order (Worksheet.position, ExcelApi 1.1). */
  set position(v: number) {
    this.set("position", v, (s) => {
      const m = this.context.model;
      if (!Number.isInteger(v) || v < 0 || v >= m.sheets.length)
        throw simError(
          "InvalidArgument",
          `A sheet's position must be from 0 to ${m.sheets.length - 1}, not ${v}.`,
        );
      m.sheets = m.sheets.filter((x) => x !== s);
      m.sheets.splice(v, 0, s);
    });
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
      // As Worksheet.delete's reference says: a very hidden sheet must be made visible or hidden first.
      if (s.visibility === "VeryHidden")
        throw simError("InvalidOperation", "A very hidden worksheet can't be deleted: unhide it first.");
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
      /** HeaderFooterGroup (ExcelApi 1.9): the same header and footer on every page. */
      headersFooters: {
        set state(v: string) {
          if (v !== "Default")
            throw simError(
              "InvalidArgument",
              `The simulator keeps only the Default header and footer, not ${v}.`,
            );
        },
        defaultForAllPages: new SimHeaderFooter(this.context, () => this.resolve()),
      },
    };
  }
  get onSelectionChanged() {
    return eventSource(this.context, () => this.need().selectionHandlers);
  }
  get onChanged() {
    return eventSource(this.context, () => this.need().changedHandlers);
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

/** The sheets the sheet-tab menu's Unhide lists: hidden ones only; a very hidden sheet is never offered. */
export function sheetsUserCanUnhide(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Hidden");
}

/** A person's Unhide from the sheet tabs: refused for a very hidden sheet, which the menu never lists. */
export function unhideFromSheetTabs(model: WorkbookModel, name: string): void {
  const sheet = model.sheetByName(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  if (!sheetsUserCanUnhide(model).includes(sheet))
    throw new Error(
      `${name} is ${sheet.visibility === "VeryHidden" ? "very hidden" : "not hidden"}: Unhide does not offer it.`,
    );
  sheet.visibility = "Visible";
}
