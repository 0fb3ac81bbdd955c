// "Print the paper only": Excel's Print Entire Workbook prints every visible sheet, and no API leaves a
// sheet out of a print, so the sheets that are not the paper's (the registers, the audit log, the
// user's own) are hidden while the paper is printed, and the names of those the add-in hid are kept in
// a very hidden sheet, so that "Show every sheet" brings back exactly those and none the user had
// hidden before. Each command: one read sync, one write sync.
import type { ExcelHost } from "./host";
import { PAPER_ORDER } from "./paper";

export const PRINT_SCOPE_SHEET = "RS Print scope";

export interface PrintScope {
  /** The paper's sheets present. */
  paperSheets: string[];
  /** The sheets the add-in hid for printing, if it has. */
  hidden: string[];
}

interface SheetInfo {
  name: string;
  visibility: string;
}

async function readSheets(host: ExcelHost): Promise<{ sheets: SheetInfo[]; hidden: string[] }> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const scope = context.workbook.worksheets
      .getItemOrNullObject(PRINT_SCOPE_SHEET)
      .getUsedRangeOrNullObject(true);
    scope.load("values");
    await context.sync();
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility })),
      hidden: scope.isNullObject
        ? []
        : (scope.values as unknown[][]).map((r) => String(r[0] ?? "")).filter(Boolean),
    };
  });
}

export async function readPrintScope(host: ExcelHost): Promise<PrintScope> {
  const { sheets, hidden } = await readSheets(host);
  const names = new Set(sheets.map((s) => s.name));
  return { paperSheets: PAPER_ORDER.filter((n) => names.has(n)), hidden: hidden.filter((n) => names.has(n)) };
}

/** Hides every visible sheet that is not the paper's, and remembers which. */
export async function printPaperOnly(
  host: ExcelHost,
): Promise<{ ok: true; hid: string[] } | { ok: false; error: string }> {
  const { sheets, hidden } = await readSheets(host);
  const paper = new Set<string>(PAPER_ORDER);
  if (!sheets.some((s) => paper.has(s.name) && s.visibility === "Visible"))
    return { ok: false, error: "There is no paper to print yet: build the appendices first." };
  const hide = sheets
    .filter((s) => s.visibility === "Visible" && !paper.has(s.name) && s.name !== PRINT_SCOPE_SHEET)
    .map((s) => s.name);
  const all = [...new Set([...hidden, ...hide])];
  await host.run(async (context) => {
    const ws = context.workbook.worksheets;
    // The paper's first sheet is shown first: Excel will not hide the sheet being looked at otherwise.
    const first = PAPER_ORDER.find((n) => sheets.some((s) => s.name === n && s.visibility === "Visible"))!;
    ws.getItem(first).activate();
    for (const name of hide) ws.getItem(name).visibility = "Hidden";
    const scope = sheets.some((s) => s.name === PRINT_SCOPE_SHEET)
      ? ws.getItem(PRINT_SCOPE_SHEET)
      : ws.add(PRINT_SCOPE_SHEET);
    scope.getRange("A:A").clear();
    if (all.length) {
      const range = scope.getRange(`A1:A${all.length}`);
      range.numberFormat = all.map(() => ["@"]);
      range.values = all.map((n) => [n]);
    }
    scope.visibility = "VeryHidden";
    await context.sync();
  });
  return { ok: true, hid: hide };
}

/** Shows again the sheets the add-in hid for printing (and only those), and forgets them. */
export async function showEverySheet(host: ExcelHost): Promise<{ shown: string[] }> {
  const { sheets, hidden } = await readSheets(host);
  const present = new Set(sheets.map((s) => s.name));
  const show = hidden.filter((n) => present.has(n));
  const hasScope = present.has(PRINT_SCOPE_SHEET);
  if (!show.length && !hasScope) return { shown: [] };
  await host.run(async (context) => {
    const ws = context.workbook.worksheets;
    for (const name of show) ws.getItem(name).visibility = "Visible";
    if (hasScope) {
      // A very hidden sheet must be made visible (or hidden) before it can be deleted.
      const scope = ws.getItem(PRINT_SCOPE_SHEET);
      scope.visibility = "Hidden";
      scope.delete();
    }
    await context.sync();
  });
  return { shown: show };
}
