// The workbench's JSON shape of a workbook: what window.workbench.load takes and snapshot returns.
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../domain/address";
import { SheetModel, WorkbookModel, type TextRun } from "./model";

export interface CellJson {
  value: string | number | boolean | null;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  textRuns?: TextRun[];
}

export interface WorkbookJson {
  sheets: Array<{
    name: string;
    visibility?: "Visible" | "Hidden" | "VeryHidden";
    tables?: Array<{ name: string; address: string }>;
    cells: Record<string, CellJson>;
  }>;
}

/** The whole workbook, formula results as values. */
export function toJson(model: WorkbookModel): WorkbookJson {
  model.ensureCalculated();
  return {
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tables: model.tables
        .filter((t) => t.sheetId === s.id)
        .map((t) => ({ name: t.name, address: rangeAddress(t.range) })),
      cells: Object.fromEntries(
        [...s.cells.entries()]
          .filter(([, c]) => c.value !== null || c.formula !== undefined || c.fill || c.textRuns)
          .sort(([a], [b]) => a - b)
          .map(([k, c]) => {
            const shown = model.displayFormat(s, Math.floor(k / 16384), k % 16384);
            const out: CellJson = { value: c.value };
            if (c.formula !== undefined) out.formula = c.formula;
            if (shown.fill) out.fill = shown.fill;
            if (shown.fontColor) out.fontColor = shown.fontColor;
            if (c.bold) out.bold = true;
            if (c.italic) out.italic = true;
            if (c.textRuns) out.textRuns = c.textRuns;
            return [cellAddress(Math.floor(k / 16384), k % 16384), out];
          }),
      ),
    })),
  };
}

/** A new workbook from JSON (values and formulas suffice). */
export function fromJson(json: WorkbookJson): WorkbookModel {
  const model = new WorkbookModel();
  model.sheets = [];
  model.tables = [];
  for (const sj of json.sheets) {
    const sheet = new SheetModel(sj.name);
    sheet.visibility = sj.visibility ?? "Visible";
    model.sheets.push(sheet);
    for (const [address, cj] of Object.entries(sj.cells)) {
      const { row, col } = parseCell(address);
      const cell = sheet.ensure(row, col);
      if (cj.formula) cell.formula = cj.formula;
      cell.value = cj.value ?? null;
      if (cj.fill) cell.fill = cj.fill;
      if (cj.fontColor) cell.fontColor = cj.fontColor;
      if (cj.bold) cell.bold = true;
      if (cj.italic) cell.italic = true;
      if (cj.textRuns) cell.textRuns = cj.textRuns;
    }
    for (const t of sj.tables ?? []) {
      model.tables.push({
        id: `{table-${t.name}}`,
        name: t.name,
        sheetId: sheet.id,
        range: parseRange(t.address),
        style: "TableStyleLight9",
      });
    }
  }
  if (model.sheets.length === 0) model.sheets.push(new SheetModel("Sheet1"));
  const first = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0]!;
  model.activeSheetId = first.id;
  model.selection = { sheetId: first.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  model.recalculate();
  return model;
}
