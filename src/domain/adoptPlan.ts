// Planning "Adopt register": turn a pasted register into a governed table without losing a value.
// Computed columns become formulas only where the typed value equals what the formula gives; a typed
// value that differs is kept (and Check reports it). A RAG Status that differs from the policy is a
// judgement: it moves to RAG Override, so the RAG Status formula shows the same text.
import { columnLetters } from "./address";
import { asText } from "./cellText";
import { columnsFor, type ColumnKey } from "./columns";
import { formulaTest, type FormulaCells } from "./formulaCells";
import { computedFormulas, type ColumnLetters } from "./formulas";
import { findHeaderRow, mapHeaders, type HeaderMapping } from "./headerMapping";
import type { CellValue } from "./register";
import { isScore } from "./scales";
import { bandFor, issueRagFor, riskRagFor, severityOf } from "./scoring";
import { RAG_VALUES, type RegisterDefinition, type RegisterKind, type Settings } from "./settings";

export interface AdoptSource {
  sheet: string;
  /** 0-based sheet position of grid[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Which cells hold formulas (sheet coordinates). */
  formulaCells: FormulaCells;
}

export interface ColumnWrite {
  key: ColumnKey;
  /** 0-based sheet column. */
  col: number;
  /** Runs of consecutive data rows (0-based sheet rows) that get formulas. */
  runs: Array<{ top: number; formulas: string[] }>;
}

export interface AdoptPlan {
  def: RegisterDefinition;
  kind: RegisterKind;
  sheet: string;
  /** 0-based sheet rows/columns of the table, header row included. */
  headerRow: number;
  lastRow: number;
  left: number;
  right: number;
  mapping: HeaderMapping;
  /** Sheet column of every register column after adoption. */
  columns: Partial<Record<ColumnKey, number>>;
  added: Array<{ key: ColumnKey; header: string; col: number }>;
  formulaWrites: ColumnWrite[];
  /** RAG judgements moved into RAG Override: sheet row → value. */
  overrideWrites: Array<{ row: number; value: string }>;
  /**
   * Typed values kept in computed columns (sheet row and column): written back after the formulas,
   * because Excel may fill a formula written into a table column over them (a calculated column).
   */
  keptValues: Array<{ col: number; row: number; value: CellValue }>;
  /** The original header and data cells, to notice a change between preview and confirm. */
  fingerprint: string;
  report: AdoptReport;
}

export interface AdoptReport {
  rows: number;
  mapped: Array<{ header: string; column: string }>;
  unmapped: string[];
  added: string[];
  replacedByFormula: Array<{ column: string; count: number }>;
  keptTyped: Array<{ column: string; count: number; rows: string[] }>;
  ragJudgementsKept: number;
  blankHeaders: number;
}

export type AdoptPlanResult = { ok: true; plan: AdoptPlan } | { ok: false; message: string };

function fingerprintOf(rows: CellValue[][]): string {
  let h = 2166136261;
  const text = JSON.stringify(rows);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${rows.length}:${text.length}:${(h >>> 0).toString(16)}`;
}

const same = (a: CellValue, b: CellValue) =>
  a === b ||
  (typeof a === "string" && typeof b === "string" && a.trim().toUpperCase() === b.trim().toUpperCase()) ||
  (a === "" && b === null) ||
  (a === null && b === "");

export function planAdoption(
  source: AdoptSource,
  def: RegisterDefinition,
  settings: Settings,
  kindOverride?: RegisterKind,
): AdoptPlanResult {
  const found = findHeaderRow(source.values);
  if (!found)
    return {
      ok: false,
      message: `No register header row was found on ${source.sheet}: expected headers such as "#", "There is a risk that…", "Impact (1-5)" and "Mitigation".`,
    };
  const kind = kindOverride ?? def.kind;
  if (found.kind !== kind) {
    return {
      ok: false,
      message: `The headers on ${source.sheet} read as an ${found.kind} register, but ${def.name} is a ${kind} register.`,
    };
  }
  const headerIdx = found.row;
  const headerCells = source.values[headerIdx] ?? [];
  // The register's width: up to the last non-blank header.
  let width = headerCells.length;
  while (width > 0 && asText(headerCells[width - 1]).trim() === "") width--;
  // Its length: down to the last row with anything in the register's columns.
  let lastIdx = headerIdx;
  for (let r = headerIdx + 1; r < source.values.length; r++) {
    if ((source.values[r] ?? []).slice(0, width).some((v) => v !== null && v !== "")) lastIdx = r;
  }
  const headers = headerCells.slice(0, width);
  const mapping = mapHeaders(headers, kind);
  const headerRow = source.top + headerIdx;
  const left = source.left;
  const dataTop = headerRow + 1;
  let dataRows = lastIdx - headerIdx;
  const lastRow = dataRows === 0 ? headerRow + 1 : source.top + lastIdx;
  if (dataRows === 0) dataRows = 1; // a table needs one data row

  const defs = columnsFor(kind);
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const [key, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
    columns[key] = left + i;
  const added: AdoptPlan["added"] = [];
  let next = left + width;
  for (const key of mapping.missing) {
    const def2 = defs.find((d) => d.key === key)!;
    columns[key] = next;
    added.push({ key, header: def2.header, col: next++ });
  }
  const right = next - 1;
  const letters: ColumnLetters = {};
  for (const [key, col] of Object.entries(columns) as Array<[ColumnKey, number]>)
    letters[key] = columnLetters(col);

  const cell = (r: number, key: ColumnKey): CellValue => {
    const i = mapping.columns[key];
    const v = i === undefined ? null : (source.values[headerIdx + 1 + r]?.[i] ?? null);
    return v === "" ? null : v; // Excel reads an empty cell as ""
  };
  const isFormulaAt = formulaTest(source.formulaCells, source.top, source.left, source.values);
  const isFormulaCell = (r: number, key: ColumnKey) => {
    const i = mapping.columns[key];
    return i !== undefined && isFormulaAt(dataTop + r, left + i);
  };

  const computedKeys: ColumnKey[] =
    kind === "risk" ? ["severity", "band", "computedRag", "rag"] : ["computedRag", "rag"];
  const perColumn = new Map<ColumnKey, { rows: Array<{ row: number; formula: string }>; kept: string[] }>();
  for (const key of computedKeys) perColumn.set(key, { rows: [], kept: [] });
  const overrideWrites: AdoptPlan["overrideWrites"] = [];
  const keptValues: AdoptPlan["keptValues"] = [];
  const keep = (key: ColumnKey, label: string, row: number, value: CellValue) => {
    perColumn.get(key)!.kept.push(label);
    keptValues.push({ col: columns[key]!, row, value });
  };
  let ragJudgementsKept = 0;

  for (let r = 0; r < dataRows; r++) {
    const sheetRow = dataTop + r;
    const impact = cell(r, "impact");
    const severity = kind === "risk" ? severityOf(impact, cell(r, "likelihood")) : null;
    const band = kind === "risk" ? (bandFor(severity, settings)?.name ?? null) : null;
    const computedRag = kind === "risk" ? riskRagFor(severity, settings) : issueRagFor(impact, settings);
    const override = cell(r, "ragOverride");
    const formulas = computedFormulas(kind, letters, sheetRow + 1, settings);
    const expected: Partial<Record<ColumnKey, CellValue>> = { severity, band, computedRag };
    const scoresOk = kind === "risk" ? isScore(impact) && isScore(cell(r, "likelihood")) : isScore(impact);
    for (const key of computedKeys) {
      const entry = perColumn.get(key)!;
      const isNew = mapping.columns[key] === undefined;
      const typed = cell(r, key);
      const label = asText(cell(r, "number")) || `row ${sheetRow + 1}`;
      if (key === "rag") {
        const typedRag = asText(typed).trim().toUpperCase();
        if (isNew || typed === null || isFormulaCell(r, key))
          entry.rows.push({ row: sheetRow, formula: formulas.rag! });
        else if (override === null && (RAG_VALUES as readonly string[]).includes(typedRag)) {
          if (typedRag !== computedRag) {
            overrideWrites.push({ row: sheetRow, value: typedRag });
            ragJudgementsKept++;
          }
          entry.rows.push({ row: sheetRow, formula: formulas.rag! });
        } else if (override !== null && same(typed, override))
          entry.rows.push({ row: sheetRow, formula: formulas.rag! });
        else keep(key, label, sheetRow, typed);
        continue;
      }
      if (
        isNew ||
        typed === null ||
        isFormulaCell(r, key) ||
        (scoresOk && same(typed, expected[key] ?? null))
      ) {
        entry.rows.push({ row: sheetRow, formula: formulas[key]! });
      } else keep(key, label, sheetRow, typed);
    }
  }

  const formulaWrites: ColumnWrite[] = [];
  for (const key of computedKeys) {
    const entry = perColumn.get(key)!;
    const runs: ColumnWrite["runs"] = [];
    for (const { row, formula } of entry.rows) {
      const last = runs[runs.length - 1];
      if (last && last.top + last.formulas.length === row) last.formulas.push(formula);
      else runs.push({ top: row, formulas: [formula] });
    }
    formulaWrites.push({ key, col: columns[key]!, runs });
  }

  const headerText = (key: ColumnKey) => {
    const i = mapping.columns[key];
    return i === undefined
      ? defs.find((d) => d.key === key)!.header
      : asText(headers[i]).replace(/\s+/g, " ");
  };
  const report: AdoptReport = {
    rows: lastIdx - headerIdx,
    mapped: (Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
      .sort((a, b) => a[1] - b[1])
      .map(([key, i]) => ({
        header: asText(headers[i]).replace(/\s+/g, " "),
        column: defs.find((d) => d.key === key)!.header,
      })),
    unmapped: mapping.unmapped.map((u) => u.header.replace(/\s+/g, " ")),
    added: added.map((a) => a.header),
    replacedByFormula: computedKeys
      .filter((k) => mapping.columns[k] !== undefined)
      .map((k) => ({ column: headerText(k), count: perColumn.get(k)!.rows.length })),
    keptTyped: computedKeys
      .filter((k) => perColumn.get(k)!.kept.length > 0)
      .map((k) => ({
        column: headerText(k),
        count: perColumn.get(k)!.kept.length,
        rows: perColumn.get(k)!.kept,
      })),
    ragJudgementsKept,
    blankHeaders: headers.filter((h) => asText(h).trim() === "").length,
  };

  return {
    ok: true,
    plan: {
      def,
      kind,
      sheet: source.sheet,
      headerRow,
      lastRow,
      left,
      right,
      mapping,
      columns,
      added,
      formulaWrites,
      overrideWrites,
      keptValues,
      fingerprint: fingerprintOf(source.values.slice(headerIdx, lastIdx + 1).map((r) => r.slice(0, width))),
      report,
    },
  };
}
