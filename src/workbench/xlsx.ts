// Import and export of the simulated workbook as .xlsx (ExcelJS), so a user can try the add-in on
// their own register and open the result in Excel or LibreOffice: values, formulas, fills, fonts,
// rich text, number formats, merges, data validation, conditional formats, tables and print setup.
import ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange, rangeAddress, type RangeRef } from "../domain/address";
import { SheetModel, WorkbookModel, type CellModel, type TextRun } from "./simulator/model";

/** Worksheet members ExcelJS has at run time but leaves out of its typings. */
type FullWorksheet = ExcelJS.Worksheet & {
  dataValidations: {
    add(ref: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation>;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const hex = (argbValue: string | undefined) =>
  argbValue && argbValue.length >= 6 ? `#${argbValue.slice(-6).toUpperCase()}` : undefined;
/** Excel's column width unit is about 5.3 points. */
const POINTS_PER_CHAR = 5.3;

function cellValue(cell: CellModel): ExcelJS.CellValue {
  if (cell.textRuns?.length) {
    return {
      richText: cell.textRuns.map((r) => ({
        text: r.text,
        // A cell's typeface and size are every run's (Excel applies a cell's font to all its characters).
        font: {
          ...(cell.fontName ? { name: cell.fontName } : {}),
          ...(cell.fontSize ? { size: cell.fontSize } : {}),
          ...(r.color ? { color: { argb: argb(r.color) } } : {}),
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italic: true } : {}),
        },
      })),
    };
  }
  if (cell.formula !== undefined)
    return {
      formula: cell.formula.replace(/^=/, ""),
      result: cell.value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  return cell.value;
}

export async function exportXlsx(model: WorkbookModel): Promise<ArrayBuffer> {
  model.ensureCalculated();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Register Steward";
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
      views: [
        {
          state: sheet.frozenRows ? "frozen" : "normal",
          ySplit: sheet.frozenRows || undefined,
          showGridLines: sheet.showGridlines,
        },
      ],
    }) as FullWorksheet;
    const tables = model.tables.filter((t) => t.sheetId === sheet.id);
    const inTable = (row: number, col: number) =>
      tables.some(
        (t) => row >= t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right,
      );
    for (const [k, cell] of sheet.cells) {
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      const target = ws.getCell(row + 1, col + 1);
      if (!inTable(row, col)) target.value = cellValue(cell);
      if (cell.numberFormat && cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
      if (cell.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
      if (cell.fontColor || cell.bold || cell.italic || cell.fontName || cell.fontSize)
        target.font = {
          ...(cell.fontColor ? { color: { argb: argb(cell.fontColor) } } : {}),
          ...(cell.fontName ? { name: cell.fontName } : {}),
          ...(cell.fontSize ? { size: cell.fontSize } : {}),
          bold: !!cell.bold,
          italic: !!cell.italic,
        };
      if (cell.borders) target.border = xlsxBorders(cell.borders);
      if (cell.wrap || cell.verticalAlignment || cell.horizontalAlignment) {
        target.alignment = {
          wrapText: !!cell.wrap,
          // Excel's "Center" is the file format's "middle" (ECMA-376 ST_VerticalAlignment).
          vertical:
            cell.verticalAlignment === "Center"
              ? "middle"
              : (cell.verticalAlignment?.toLowerCase() as ExcelJS.Alignment["vertical"]) || undefined,
          horizontal:
            (cell.horizontalAlignment?.toLowerCase() as ExcelJS.Alignment["horizontal"]) || undefined,
        };
      }
    }
    for (const t of tables) {
      const headers: string[] = [];
      for (let c = t.range.left; c <= t.range.right; c++)
        headers.push(String(sheet.cell(t.range.top, c)?.value ?? `Column${c - t.range.left + 1}`));
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = t.range.top + 1; r <= t.range.bottom; r++) {
        const row: ExcelJS.CellValue[] = [];
        for (let c = t.range.left; c <= t.range.right; c++) {
          const cell = sheet.cell(r, c);
          row.push(cell ? cellValue(cell) : null);
        }
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: cellAddress(t.range.top, t.range.left),
        headerRow: true,
        style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: headers.map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
    for (const [c, width] of sheet.columnWidths) ws.getColumn(c + 1).width = width / POINTS_PER_CHAR;
    for (const [r, height] of sheet.rowHeights) ws.getRow(r + 1).height = height;
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const v of sheet.validations) {
      const base = {
        allowBlank: true,
        showErrorMessage: v.errorAlert?.showAlert ?? true,
        errorStyle:
          v.errorAlert?.style === "Warning"
            ? "warning"
            : v.errorAlert?.style === "Information"
              ? "information"
              : "error",
        errorTitle: v.errorAlert?.title,
        error: v.errorAlert?.message,
        showInputMessage: v.prompt?.showPrompt ?? false,
        promptTitle: v.prompt?.title,
        prompt: v.prompt?.message,
      } as const;
      const ref = rangeAddress(v.range);
      if (v.rule.wholeNumber)
        ws.dataValidations.add(ref, {
          ...base,
          type: "whole",
          operator: "between",
          formulae: [v.rule.wholeNumber.formula1, v.rule.wholeNumber.formula2],
        });
      else if (v.rule.list)
        ws.dataValidations.add(ref, { ...base, type: "list", formulae: [`"${String(v.rule.list.source)}"`] });
    }
    sheet.conditionalFormats.forEach((cf, i) =>
      ws.addConditionalFormatting({
        ref: rangeAddress(cf.range),
        rules: [
          {
            type: "containsText",
            operator: "containsText",
            text: cf.text,
            priority: i + 1,
            style: {
              ...(cf.fill
                ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }
                : {}),
              ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
            },
          } as ExcelJS.ConditionalFormattingRule,
        ],
      }),
    );
    const p = sheet.pageLayout;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
      paperSize: p.paperSize === "A4" ? 9 : undefined,
      fitToPage: p.fitToPagesWide !== undefined,
      fitToWidth: p.fitToPagesWide ?? 1,
      fitToHeight: p.fitToPagesTall ?? 0,
      showGridLines: !!p.printGridlines,
      horizontalCentered: !!p.centerHorizontally,
      printTitlesRow: p.printTitleRows?.replace(/\$/g, ""),
    };
    const hf = p.headerFooter;
    if (hf) {
      const join = (l?: string, c?: string, r?: string) =>
        `${l ? `&L${l}` : ""}${c ? `&C${c}` : ""}${r ? `&R${r}` : ""}`;
      ws.headerFooter = {
        ...ws.headerFooter,
        oddHeader: join(hf.leftHeader, hf.centerHeader, hf.rightHeader),
        oddFooter: join(hf.leftFooter, hf.centerFooter, hf.rightFooter),
      };
    }
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Excel's line style and weight as the file's border style. */
function xlsxBorders(b: NonNullable<CellModel["borders"]>): Partial<ExcelJS.Borders> {
  const style = (x: { style: string; weight?: string }): ExcelJS.BorderStyle =>
    x.style === "Double"
      ? "double"
      : x.style === "Dot"
        ? "dotted"
        : x.style.startsWith("Dash")
          ? "dashed"
          : x.weight === "Medium"
            ? "medium"
            : x.weight === "Thick"
              ? "thick"
              : x.weight === "Hairline"
                ? "hair"
                : "thin";
  const out: Partial<ExcelJS.Borders> = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    const x = b[edge];
    if (x) out[edge] = { style: style(x), color: { argb: argb(x.color) } };
  }
  return out;
}

function readValue(v: ExcelJS.CellValue, cell: CellModel) {
  if (v === null || v === undefined) cell.value = null;
  else if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") cell.value = v;
  else if (v instanceof Date)
    cell.value = v.getTime() / 86400000 + 25569; // an Excel serial date
  else if (typeof v === "object" && "richText" in v) {
    cell.textRuns = v.richText.map((r): TextRun => ({
      text: r.text,
      color: hex(r.font?.color?.argb),
      bold: r.font?.bold || undefined,
      italic: r.font?.italic || undefined,
    }));
    cell.value = v.richText.map((r) => r.text).join("");
  } else if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = v as ExcelJS.CellFormulaValue;
    cell.formula = `=${f.formula}`;
    const r = f.result;
    cell.value =
      r === undefined || r === null
        ? 0
        : typeof r === "object"
          ? "error" in r
            ? String(r.error)
            : null
          : (r as string | number | boolean);
  } else if (typeof v === "object" && "text" in v) cell.value = String((v as { text: unknown }).text);
  else if (typeof v === "object" && "error" in v) cell.value = String((v as { error: unknown }).error);
  else cell.value = String(v);
}

/** A "contains text" rule's text: given on write, read back from its SEARCH("…",A1) formula. */
function ruleText(rule: ExcelJS.ConditionalFormattingRule): string {
  const r = rule as { text?: string; formulae?: string[] };
  if (r.text) return r.text;
  const m = /SEARCH\("((?:[^"]|"")*)"/.exec(r.formulae?.[0] ?? "");
  return m ? m[1]!.replace(/""/g, '"') : "";
}

/** Joins single-cell validations (ExcelJS reads them cell by cell) back into column runs. */
function groupValidations(
  cells: Record<string, ExcelJS.DataValidation>,
): Array<{ range: RangeRef; v: ExcelJS.DataValidation }> {
  const byRule = new Map<string, Array<{ row: number; col: number; v: ExcelJS.DataValidation }>>();
  for (const [address, v] of Object.entries(cells)) {
    const parts = address.split(/\s+/).flatMap((a) => {
      const r = parseRange(a);
      const out: Array<{ row: number; col: number }> = [];
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) out.push({ row, col });
      return out;
    });
    const key = JSON.stringify(v);
    const list = byRule.get(key) ?? [];
    list.push(...parts.map((p) => ({ ...p, v })));
    byRule.set(key, list);
  }
  const out: Array<{ range: RangeRef; v: ExcelJS.DataValidation }> = [];
  for (const list of byRule.values()) {
    list.sort((a, b) => a.col - b.col || a.row - b.row);
    let run: { range: RangeRef; v: ExcelJS.DataValidation } | null = null;
    for (const c of list) {
      if (run && run.range.left === c.col && run.range.bottom + 1 === c.row) run.range.bottom = c.row;
      else {
        if (run) out.push(run);
        run = { range: { top: c.row, bottom: c.row, left: c.col, right: c.col }, v: c.v };
      }
    }
    if (run) out.push(run);
  }
  return out;
}

export async function importXlsx(data: ArrayBuffer): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  const model = new WorkbookModel();
  model.sheets = [];
  model.tables = [];
  wb.eachSheet((sheetIn) => {
    const ws = sheetIn as FullWorksheet;
    const sheet = new SheetModel(ws.name);
    sheet.visibility =
      ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    model.sheets.push(sheet);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        // ExcelJS gives a merged area's other cells the first cell's value; in Excel they hold nothing.
        if (c.isMerged && c.master.address !== c.address) return;
        const cell = sheet.ensure(r - 1, col - 1);
        readValue(c.value, cell);
        if (c.numFmt) cell.numberFormat = c.numFmt;
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === "pattern" && fill.fgColor?.argb) cell.fill = hex(fill.fgColor.argb);
        if (c.font?.color?.argb) cell.fontColor = hex(c.font.color.argb);
        if (c.font?.bold) cell.bold = true;
        if (c.font?.italic) cell.italic = true;
        if (c.alignment?.wrapText) cell.wrap = true;
      }),
    );
    ws.columns?.forEach((column, i) => {
      if (column.width) sheet.columnWidths.set(i, column.width * POINTS_PER_CHAR);
    });
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) sheet.merges.push(parseRange(m));
    for (const { range, v } of groupValidations(ws.dataValidations.model)) {
      const errorAlert = {
        showAlert: v.showErrorMessage ?? false,
        style:
          v.errorStyle === "warning" ? "Warning" : v.errorStyle === "information" ? "Information" : "Stop",
        title: v.errorTitle ?? "",
        message: v.error ?? "",
      } as Excel.DataValidationErrorAlert;
      const prompt = {
        showPrompt: v.showInputMessage ?? false,
        title: v.promptTitle ?? "",
        message: v.prompt ?? "",
      } as Excel.DataValidationPrompt;
      if (v.type === "whole")
        sheet.validations.push({
          range,
          rule: {
            wholeNumber: {
              formula1: Number(v.formulae[0]),
              formula2: Number(v.formulae[1]),
              operator: "Between",
            },
          },
          errorAlert,
          prompt,
        });
      else if (v.type === "list")
        sheet.validations.push({
          range,
          rule: { list: { inCellDropDown: true, source: String(v.formulae[0]).replace(/^"|"$/g, "") } },
          errorAlert,
          prompt,
        });
    }
    // Kept in priority order (priority 1 first), as the simulator evaluates them.
    const imported: Array<{ priority: number; cf: (typeof sheet.conditionalFormats)[number] }> = [];
    for (const cf of ws.conditionalFormattings ?? []) {
      for (const rule of cf.rules) {
        if (rule.type !== "containsText") continue;
        const style = rule.style as { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> } | undefined;
        imported.push({
          priority: rule.priority ?? imported.length + 1,
          cf: {
            range: parseRange(cf.ref.split(/\s+/)[0]!),
            text: ruleText(rule),
            operator: "Contains",
            fill: hex(style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb),
            fontColor: hex(style?.font?.color?.argb),
          },
        });
      }
    }
    imported.sort((a, b) => a.priority - b.priority);
    sheet.conditionalFormats.push(...imported.map((x) => x.cf));
    const views = ws.views?.[0] as { state?: string; ySplit?: number; showGridLines?: boolean } | undefined;
    if (views?.state === "frozen" && views.ySplit) sheet.frozenRows = views.ySplit;
    if (views?.showGridLines === false) sheet.showGridlines = false;
    const ps = ws.pageSetup;
    sheet.pageLayout = {
      orientation: ps.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: ps.paperSize === 9 ? "A4" : undefined,
      fitToPagesWide: ps.fitToPage ? ps.fitToWidth : undefined,
      fitToPagesTall: ps.fitToPage ? ps.fitToHeight : undefined,
      printTitleRows: ps.printTitlesRow,
      printGridlines: ps.showGridLines,
      centerHorizontally: ps.horizontalCentered,
    };
    for (const t of ws.getTables() as unknown as Array<
      | { table: { name: string; ref: string; tableRef?: string; columns: unknown[]; headerRow?: boolean } }
      | [{ table: unknown }]
    >) {
      const table = (Array.isArray(t) ? t[0] : t) as {
        table: { name: string; ref: string; tableRef?: string; columns: unknown[] };
      };
      const info = table.table;
      let range: RangeRef;
      if (info.tableRef) range = parseRange(info.tableRef);
      else {
        const tl = parseCell(info.ref);
        let bottom = tl.row;
        while (sheet.cell(bottom + 1, tl.col) || sheet.cell(bottom + 1, tl.col + 1)) bottom++;
        range = {
          top: tl.row,
          left: tl.col,
          bottom: Math.max(bottom, tl.row + 1),
          right: tl.col + info.columns.length - 1,
        };
      }
      model.tables.push({
        id: `{table-${info.name}}`,
        name: info.name,
        sheetId: sheet.id,
        range,
        style: "TableStyleLight9",
      });
    }
  });
  if (model.sheets.length === 0) model.sheets.push(new SheetModel("Sheet1"));
  const first = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0]!;
  model.activeSheetId = first.id;
  model.selection = { sheetId: first.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  model.recalculate();
  return model;
}
