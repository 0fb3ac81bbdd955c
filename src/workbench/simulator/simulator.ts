// The simulated workbook: one WorkbookModel, Excel.run-style batches over it, and the instruments
// the tests and benchmarks read: sync count, request and response bytes, injected failures, events.
import { parseRange, rangeAddress, type RangeRef } from "../../domain/address";
import type { ExcelHost } from "../../excel/host";
import { SheetModel, simError, WorkbookModel } from "./model";
import { SimRequestContext } from "./context";
import { afterUserFormula } from "./calculatedColumns";
import { expandForTyping, fillTypedRow, moveTableColumn } from "./tableEdits";
import { CellEditMode } from "./cellEdit";
import { enterText } from "./cells";
import type { HostLocale } from "./inputParsing";
import { unhideFromSheetTabs } from "./sheets";

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Refused for its size, as Excel on the web refuses a request or response over 5 MB. */
  refused?: boolean;
}

export type FailureMode =
  /** The request never reached Excel: nothing of the batch is applied. */
  | "before"
  /** Excel applied the batch but the answer was lost. */
  | "after"
  /** Excel failed part way: the first half of the batch's operations are applied. */
  | "midway";

export interface SimulatorOptions {
  /** The highest ExcelApi version this simulated host supports (default 1.18). */
  apiVersion?: string;
  enforcePayloadLimit?: boolean;
  /** AutoCorrect's "Fill formulas in tables to create calculated columns" (default on, as in Excel). */
  autoFillTableFormulas?: boolean;
  /** How an oversized request or response is refused (default "specific"). */
  payloadErrors?: PayloadErrors;
  /** The host's regional format: how typed dates and formulasLocal are read, how short dates show. */
  locale?: HostLocale;
  /**
   * The platform Office.context.diagnostics reports ("PC", "Mac", "OfficeOnline"), for code that does
   * what a host allows (Excel on Mac saves no download); default "Simulator".
   */
  platform?: string;
}

/**
 * "specific": RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as the error-code list
 * says; "generic": GeneralException "An internal error has occurred.", as office-js issues report.
 */
export type PayloadErrors = "specific" | "generic";

const versionNumber = (v: string) => {
  const [major = 0, minor = 0] = v.split(".").map(Number);
  return major * 1000 + minor;
};

export class Simulator {
  model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  private failures = new Map<number, FailureMode>();
  private responseBytes = 0;
  private pendingEvents: Array<Promise<unknown>> = [];
  apiVersion: string;
  platform: string;
  enforcePayloadLimit: boolean;
  locale: HostLocale;
  payloadErrors: PayloadErrors;
  /** Imitates Excel builds that report ExcelApi 1.18 yet leave cells written with textRuns empty. */
  richTextLeavesCellsEmpty = false;
  /** Imitates hosts that keep the text of textRuns but drop each run's colour and italics. */
  richTextDropsRunFormatting = false;
  private readonly listeners = new Set<() => void>();
  /** The person typing in a cell (beginCellEdit…endCellEdit), during which batches fail or wait. */
  readonly cellEdit = new CellEditMode();

  constructor(options: SimulatorOptions = {}) {
    this.model.autoFillTableFormulas = options.autoFillTableFormulas ?? true;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.platform = options.platform ?? "Simulator";
    this.enforcePayloadLimit = options.enforcePayloadLimit ?? true;
    this.locale = options.locale ?? "en-GB";
    this.payloadErrors = options.payloadErrors ?? "specific";
  }

  /** The ExcelHost that src/excel runs against. */
  readonly host: ExcelHost = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) =>
      this.run(batch, options),
    runIn: async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => {
      const result = await batch(context);
      if ((context as unknown as SimRequestContext).queue.length) await context.sync();
      return result;
    },
    isSetSupported: (name: string, version: string) =>
      name === "ExcelApi" && versionNumber(version) <= versionNumber(this.apiVersion),
    describe: () => ({ platform: this.platform, version: `simulated ExcelApi ${this.apiVersion}` }),
  };

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T> {
    const context = new SimRequestContext(this);
    // While a cell is being edited a sync fails, or with delayForCellEdit waits (./cellEdit.ts).
    if (options?.delayForCellEdit) this.cellEdit.markDelayed(context);
    context.sync = () => this.cellEdit.gate(context).then(() => this.processSync(context));
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length > 0) await context.sync(); // Excel.run syncs what is still queued
    return result;
  }

  /** Calls the listener after every change (a sync, an edit, a selection); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify() {
    for (const l of this.listeners) l();
  }

  /** Replaces the whole workbook (the workbench's load and reset). */
  replaceModel(model: WorkbookModel) {
    model.autoFillTableFormulas = this.model.autoFillTableFormulas; // a setting of Excel, not of the file
    this.model = model;
    this.resetCounters();
    this.notify();
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Makes the n-th sync from now (1 = the next) fail in the given way. */
  failSync(n: number, mode: FailureMode = "before") {
    this.failures.set(this.syncs.length + n, mode);
  }

  resetCounters() {
    this.syncs.length = 0;
    this.failures.clear();
  }

  noteResponse(bytes: number) {
    this.responseBytes += bytes;
  }

  async processSync(context: SimRequestContext): Promise<void> {
    const ops = context.queue.splice(0);
    const index = this.syncs.length + 1;
    const requestBytes = ops.reduce((s, o) => s + o.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.syncs.push(record);
    await Promise.resolve(); // a sync is always asynchronous
    const failure = this.failures.get(index);
    this.failures.delete(index);
    if (failure === "before")
      throw simError("GeneralException", `Simulated failure of sync ${index} before Excel received it.`);
    if (this.enforcePayloadLimit && requestBytes > PAYLOAD_LIMIT_BYTES) {
      record.refused = true; // refused at the door: nothing of the batch runs
      throw this.payloadError("Request", requestBytes);
    }
    this.responseBytes = 0;
    const stopAt = failure === "midway" ? Math.floor(ops.length / 2) : ops.length;
    const changesBefore = this.model.changes.length;
    let error: unknown = null;
    for (let i = 0; i < stopAt; i++) {
      try {
        ops[i]!.run();
      } catch (e) {
        error = e; // as in Excel, the operations before the failing one stay applied
        break;
      }
    }
    if (this.model.changes.length > changesBefore) this.model.ensureCalculated();
    record.responseBytes = this.responseBytes;
    this.dispatchEvents();
    this.notify();
    if (error) throw error;
    if (failure === "midway" || failure === "after")
      throw simError("GeneralException", `Simulated failure of sync ${index} (${failure}).`);
    if (this.enforcePayloadLimit && record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      record.refused = true; // the batch ran, but its answer is not sent
      throw this.payloadError("Response", record.responseBytes);
    }
  }

  /** The error Excel on the web gives for a payload over 5 MB (see PayloadErrors). */
  private payloadError(which: "Request" | "Response", bytes: number) {
    return this.payloadErrors === "generic"
      ? simError("GeneralException", "An internal error has occurred.")
      : simError(
          `${which}PayloadSizeLimitExceeded`,
          `The ${which.toLowerCase()} payload size has exceeded the limit (${bytes} bytes; Excel on the web allows 5 MB).`,
        );
  }

  /** Raises worksheet onChanged events for the changes since the last dispatch, one per sheet and source. */
  private dispatchEvents() {
    const changes = this.model.changes.splice(0);
    const groups = new Map<string, { sheet: SheetModel; byAddin: boolean; box: RangeRef }>();
    for (const c of changes) {
      if (!c.eventsEnabled) continue;
      const sheet = this.model.sheetById(c.sheetId);
      if (!sheet || sheet.changedHandlers.length === 0) continue;
      const key = `${c.sheetId}|${c.byAddin}`;
      const g = groups.get(key);
      if (!g)
        groups.set(key, {
          sheet,
          byAddin: c.byAddin,
          box: { top: c.row, left: c.col, bottom: c.row, right: c.col },
        });
      else {
        g.box.top = Math.min(g.box.top, c.row);
        g.box.left = Math.min(g.box.left, c.col);
        g.box.bottom = Math.max(g.box.bottom, c.row);
        g.box.right = Math.max(g.box.right, c.col);
      }
    }
    for (const g of groups.values()) {
      const address = rangeAddress(g.box);
      const args = {
        address,
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
        worksheetId: g.sheet.id,
        ...(versionNumber(this.apiVersion) >= versionNumber("1.14")
          ? { triggerSource: g.byAddin ? "ThisLocalAddin" : "Unknown" }
          : {}),
      } as unknown as Excel.WorksheetChangedEventArgs;
      for (const handler of [...g.sheet.changedHandlers]) {
        this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(args)));
      }
    }
  }

  /** Waits until every event raised so far has been handled (tests call this). */
  async settle(): Promise<void> {
    while (this.pendingEvents.length) {
      const batch = this.pendingEvents.splice(0);
      await Promise.allSettled(batch);
    }
  }

  /**
   * A person typing or pasting into the grid. Typing obeys stop-style data validation, as Excel does;
   * a paste bypasses it, as Excel's plain paste does. Returns the rejection message, if any.
   */
  userEdit(
    sheetName: string,
    address: string,
    values: unknown[][],
    how: "type" | "paste" = "type",
  ): string | null {
    const sheet = this.model.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const ref = parseRange(address);
    if (how === "type") {
      for (let i = 0; i < values.length; i++)
        for (let j = 0; j < (values[i]?.length ?? 0); j++) {
          const problem = this.validationProblem(sheet, ref.top + i, ref.left + j, values[i]![j]);
          if (problem) return problem;
        }
    }
    const grown = expandForTyping(this.model, sheet, ref); // a row typed below a table joins it
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < (values[i]?.length ?? 0); j++) {
        const cell = sheet.ensure(ref.top + i, ref.left + j);
        const v = values[i]![j];
        delete cell.textRuns;
        if (typeof v === "string" && v.startsWith("=") && v.length > 1 && cell.numberFormat !== "@") {
          cell.formula = v;
          cell.value = 0;
        } else {
          delete cell.formula;
          // Typed text is read in the host's locale: 03/07/2017 is 3 July in en-GB, 7 March in en-US.
          if (typeof v === "string") enterText(cell, v, this.locale);
          else cell.value = v === undefined ? null : (v as number | boolean | null);
        }
        this.model.noteChange(sheet, ref.top + i, ref.left + j, false);
        // A typed formula in an empty table column becomes its calculated column (not a paste).
        if (cell.formula && how === "type") afterUserFormula(this.model, sheet, ref.top + i, ref.left + j);
      }
    fillTypedRow(this.model, sheet, grown);
    this.model.recalculate();
    this.dispatchEvents();
    this.notify();
    return null;
  }

  /** AutoCorrect's "Fill formulas in tables to create calculated columns": a setting of the host. */
  get autoFillTableFormulas(): boolean {
    return this.model.autoFillTableFormulas;
  }
  set autoFillTableFormulas(on: boolean) {
    this.model.autoFillTableFormulas = on;
  }

  /** A person drags table column `from` to position `to` (0-based within the table). */
  userMoveTableColumn(tableName: string, from: number, to: number) {
    const t = this.model.tableByName(tableName);
    if (!t) throw new Error(`No table ${tableName}`);
    moveTableColumn(this.model, t, from, to);
    this.model.recalculate();
    this.notify();
  }

  /** A person filters a table on one column's values (Data > Filter), hiding the other rows. */
  userFilterTable(tableName: string, columnIndex: number, keep: Array<string | number>) {
    const t = this.model.tableByName(tableName);
    const sheet = t && this.model.sheetById(t.sheetId);
    if (!t || !sheet) throw new Error(`No table ${tableName}`);
    const allowed = new Set(keep.map((x) => String(x).toLowerCase()));
    t.hiddenRows = new Set();
    for (let r = t.range.top + 1; r <= t.range.bottom - (t.showTotals ? 1 : 0); r++)
      if (!allowed.has(String(sheet.cell(r, t.range.left + columnIndex)?.value ?? "").toLowerCase()))
        t.hiddenRows.add(r);
    this.notify();
  }

  /** The stop-style data validation message for a typed value, if the cell's rule rejects it. */
  validationProblem(sheet: SheetModel, row: number, col: number, value: unknown): string | null {
    const v = sheet.validations.find(
      (x) => row >= x.range.top && row <= x.range.bottom && col >= x.range.left && col <= x.range.right,
    );
    if (!v || value === "" || value === null || value === undefined) return null;
    if (v.errorAlert && v.errorAlert.style && v.errorAlert.style !== "Stop") return null;
    const message =
      v.errorAlert?.message ??
      "The value doesn't match the data validation restrictions defined for this cell.";
    const n = typeof value === "number" ? value : Number(String(value).trim());
    if (v.rule.wholeNumber) {
      const min = Number(v.rule.wholeNumber.formula1);
      const max = Number(v.rule.wholeNumber.formula2);
      if (!Number.isInteger(n) || n < min || n > max) return message;
    }
    if (v.rule.list) {
      const allowed = String(v.rule.list.source)
        .split(",")
        .map((s) => s.trim().toLowerCase());
      if (!allowed.includes(String(value).trim().toLowerCase())) return message;
    }
    return null;
  }

  /** Starts editing the selected cell, as a person typing into it or into the formula bar does. */
  beginCellEdit(text = "") {
    const sel = this.model.selection;
    if (!sel) throw new Error("No cell is selected to edit.");
    if (this.cellEdit.current) return;
    this.cellEdit.begin({ sheetId: sel.sheetId, row: sel.range.top, col: sel.range.left, text });
  }

  /** What the person has typed so far in the cell being edited. */
  updateCellEdit(text: string) {
    if (this.cellEdit.current) this.cellEdit.current.text = text;
  }

  get cellEditing(): boolean {
    return this.cellEdit.current !== null;
  }

  /**
   * Ends the edit: "commit" (Enter, Tab, another cell) writes what was typed, with the change event and
   * stop-style validation (a rejected value keeps the edit open, as Excel's Retry does, and returns the
   * message); "cancel" (Esc) writes nothing. Batches waiting for the edit then run.
   */
  endCellEdit(how: "commit" | "cancel" = "commit"): string | null {
    const edit = this.cellEdit.current;
    if (!edit) return null;
    const sheet = this.model.sheetById(edit.sheetId);
    if (how === "commit" && sheet) {
      const problem = this.validationProblem(sheet, edit.row, edit.col, edit.text);
      if (problem) return problem;
      this.cellEdit.end();
      this.userEdit(
        sheet.name,
        rangeAddress({ top: edit.row, left: edit.col, bottom: edit.row, right: edit.col }),
        [[edit.text]],
      );
      return null;
    }
    this.cellEdit.end();
    this.notify();
    return null;
  }

  /** Selects a range as a person clicking would (which commits a cell being edited, as in Excel). */
  userSelect(sheetName: string, address: string) {
    if (this.cellEditing && this.endCellEdit("commit")) return;
    const sheet = this.model.sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    this.model.activeSheetId = sheet.id;
    this.model.selection = { sheetId: sheet.id, range: parseRange(address) };
    this.raiseSelectionChanged(sheet);
    this.notify();
  }

  /** Unhides a sheet as a person does from the sheet-tab menu: a very hidden sheet is not offered. */
  userUnhide(sheetName: string) {
    unhideFromSheetTabs(this.model, sheetName);
    this.notify();
  }

  /** Raises the worksheet's onSelectionChanged event, as Excel does for every selection change. */
  raiseSelectionChanged(sheet: SheetModel) {
    const sel = this.model.selection;
    if (!sel || !this.model.eventsEnabled) return;
    const args = {
      address: rangeAddress(sel.range),
      type: "WorksheetSelectionChanged",
      worksheetId: sheet.id,
    } as unknown as Excel.WorksheetSelectionChangedEventArgs;
    for (const handler of [...sheet.selectionHandlers])
      this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(args)));
  }

  /** The largest request Excel accepted. */
  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.refused).map((s) => s.requestBytes));
  }
  /** The largest response Excel sent. */
  get largestResponseBytes(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.refused).map((s) => s.responseBytes));
  }
  /** Syncs refused for size (each is followed by smaller ones). */
  get refusedSyncs(): number {
    return this.syncs.filter((s) => s.refused).length;
  }
}

/** Test and workbench set-up: puts values (and "=…" formulas) straight into cells, creating the sheet. */
export function putCells(
  sim: Simulator,
  sheetName: string,
  topLeft: string,
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): void {
  const sheet = sim.model.sheetByName(sheetName) ?? sim.model.addSheet(sheetName);
  const start = parseRange(topLeft);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const cell = sheet.ensure(start.top + i, start.left + j);
      if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
        cell.formula = v;
        cell.value = 0;
      } else cell.value = v as string | number | boolean;
    }),
  );
  sim.model.recalculate();
}
