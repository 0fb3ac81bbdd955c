// The workbook layout Register Steward owns: sheet and table names, and the governance applied to a
// register table (data validation, conditional formats, text formats, widths). Queues only; the
// caller syncs.
import { columnLetters, rangeAddress } from "../domain/address";
import { textColourOn } from "../domain/colours";
import { columnsFor, SCORE_SETS, statusesFor, type ColumnKey } from "../domain/columns";
import { isLikelihoodKey, scoreKeysFor } from "../domain/registerKinds";
import { DATE_FORMAT } from "../domain/dates";
import { IMPACT_CLASSIFICATION } from "../domain/impactClassification";
import { scaleErrorMessage, scaleInputMessage } from "../domain/scales";
import { RAG_COLORS, type RegisterKind, type Settings } from "../domain/settings";

export const SETTINGS_SHEET = "RS Settings";
export const AUDIT_SHEET = "Audit Log";
export const AUDIT_TABLE = "AuditLog";

export { HEADER_FILL, HEADER_FONT } from "../domain/colours";

/** Columns whose cells are formatted as Text, so a description starting with "=" stays text. */
export function textColumnKeys(kind: RegisterKind): ColumnKey[] {
  return columnsFor(kind)
    .filter((c) => c.role === "text" || c.role === "status" || c.role === "rag")
    .map((c) => c.key);
}

/**
 * Columns that hold dates: the add-in writes them as serials shown by DATE_FORMAT, never as text (and
 * a formula giving a date, such as Next Review, is shown the same way).
 */
export function dateColumnKeys(kind: RegisterKind): ColumnKey[] {
  return columnsFor(kind)
    .filter((c) => c.role === "date" || c.dateResult)
    .map((c) => c.key);
}

/**
 * The number format a register cell must have before the add-in writes `value` to it: Text for text
 * columns (so "=…", "08" or "2019" stay text), a date format for a date serial, or null to leave it.
 */
export function formatBeforeWrite(kind: RegisterKind, key: ColumnKey, value: unknown): string | null {
  if (textColumnKeys(kind).includes(key)) return "@";
  if (dateColumnKeys(kind).includes(key) && typeof value === "number") return DATE_FORMAT;
  return null;
}

export interface GovernedTable {
  kind: RegisterKind;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet row of the last data row. */
  lastRow: number;
  /** Sheet column of each register column. */
  columns: Partial<Record<ColumnKey, number>>;
}

function columnRange(t: GovernedTable, key: ColumnKey): string | null {
  const col = t.columns[key];
  if (col === undefined) return null;
  return rangeAddress({ top: t.headerRow + 1, bottom: t.lastRow, left: col, right: col });
}

/**
 * The order to add "begins with" conditional formats in. Excel gives the format added last the top
 * priority (priority 0), and the highest-priority match sets the cell's fill and font; so shorter texts
 * go first, and on a cell reading "Highest" a band named "Highest" beats a band named "High".
 */
export function beginsWithAddOrder<T>(items: readonly T[], text: (item: T) => string): T[] {
  return [...items].sort((a, b) => text(a).length - text(b).length);
}

const IMPACT_CATEGORIES = IMPACT_CLASSIFICATION.map((c) => c.category);
const LIST_TITLES: Partial<Record<ColumnKey, string>> = {
  status: "Status",
  ragOverride: "RAG override",
  riskCategory: "Impact category",
};

/** Queues data validation and conditional formats on a register's columns (replacing any there). */
export function queueGovernance(sheet: Excel.Worksheet, t: GovernedTable, settings: Settings): void {
  // Every score the table has (inherent and target too, where the register shows them).
  for (const key of scoreKeysFor(t.kind, SCORE_SETS)) {
    const address = columnRange(t, key);
    if (!address) continue;
    const what = isLikelihoodKey(key) ? "Likelihood" : "Impact";
    const dv = sheet.getRange(address).dataValidation;
    dv.clear();
    dv.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: `${what} must be 1–5`,
      message: scaleErrorMessage(what, settings.likelihoodLevels),
    };
    // Each scale's own level names: Likelihood's come from the settings, never Impact's.
    dv.prompt = {
      showPrompt: true,
      title: what,
      message: scaleInputMessage(what, settings.likelihoodLevels),
    };
  }
  const lists: Array<[ColumnKey, readonly string[], string]> = [
    [
      "ragOverride",
      ["RED", "AMBER", "GREEN"],
      "RED, AMBER or GREEN; leave blank to use the policy's RAG. Record why in RAG Rationale.",
    ],
    ["status", statusesFor(t.kind), `One of: ${statusesFor(t.kind).join(", ")}.`],
    [
      "riskCategory",
      IMPACT_CATEGORIES,
      "The impact category (Appendix C) whose appetite this risk is judged against.",
    ],
  ];
  for (const [key, values, message] of lists) {
    const address = columnRange(t, key);
    if (!address) continue;
    const dv = sheet.getRange(address).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: values.join(",") } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "Choose from the list", message };
    dv.prompt = { showPrompt: true, title: LIST_TITLES[key] ?? "Choose from the list", message };
  }
  for (const bandKey of ["inherentBand", "band", "targetBand"] as ColumnKey[]) {
    const bandAddress = columnRange(t, bandKey);
    if (!bandAddress) continue;
    const range = sheet.getRange(bandAddress);
    range.conditionalFormats.clearAll();
    for (const band of beginsWithAddOrder(settings.bands, (b) => b.name)) {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = band.color;
      cf.textComparison.format.font.color = textColourOn(band.color);
      cf.textComparison.rule = { operator: "BeginsWith", text: band.name };
    }
  }
  for (const key of ["computedRag", "rag"] as ColumnKey[]) {
    const address = columnRange(t, key);
    if (!address) continue;
    const range = sheet.getRange(address);
    range.conditionalFormats.clearAll();
    for (const rag of beginsWithAddOrder(["RED", "AMBER", "GREEN"] as const, (r) => r)) {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = RAG_COLORS[rag].fill;
      cf.textComparison.format.font.color = RAG_COLORS[rag].font;
      cf.textComparison.rule = { operator: "BeginsWith", text: rag };
    }
  }
}

/** The Text number format for a register's text columns, as one array per column. */
export function textFormatWrites(t: GovernedTable): Array<{ address: string; numberFormat: string[][] }> {
  const rows = t.lastRow - t.headerRow;
  return textColumnKeys(t.kind)
    .map((key) => ({ key, address: columnRange(t, key) }))
    .filter((x): x is { key: ColumnKey; address: string } => x.address !== null)
    .map((x) => ({ address: x.address, numberFormat: Array.from({ length: rows }, () => ["@"]) }));
}

/** Header row look and column widths. */
export function queueHeaderStyle(sheet: Excel.Worksheet, t: GovernedTable, right: number): void {
  const left = Math.min(...(Object.values(t.columns) as number[]));
  const header = sheet.getRange(rangeAddress({ top: t.headerRow, bottom: t.headerRow, left, right }));
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";
  header.format.font.bold = true;
  const body = sheet.getRange(rangeAddress({ top: t.headerRow + 1, bottom: t.lastRow, left, right }));
  body.format.wrapText = true;
  body.format.verticalAlignment = "Top";
  for (const def of columnsFor(t.kind)) {
    const col = t.columns[def.key];
    if (col !== undefined)
      sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = def.width;
  }
}
