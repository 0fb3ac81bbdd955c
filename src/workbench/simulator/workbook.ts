// Workbook (worksheets, tables, selection) and Application runtime (enableEvents).
import { SimApplication } from "./application";
import { simError } from "./model";
import type { SimRequestContext } from "./context";
import { SimRange } from "./ranges";
import { SimWorksheetCollection } from "./sheets";
import { SimTableCollection } from "./tables";

export class SimWorkbook {
  constructor(private readonly context: SimRequestContext) {}
  get worksheets(): SimWorksheetCollection {
    return new SimWorksheetCollection(this.context, () => this.context.model);
  }
  get tables(): SimTableCollection {
    return new SimTableCollection(this.context, () => this.context.model);
  }
  get application(): SimApplication {
    return new SimApplication(this.context);
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
