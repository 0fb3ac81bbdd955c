// Planning "Adopt register": turn a pasted register into a governed table without losing a value.
// Computed columns become formulas only where the typed value equals what the formula gives
// (src/domain/adoptComputed.ts); a typed value that differs is kept (and Check reports it). A RAG Status that differs from the policy is a
// judgement: it moves to RAG Override, so the RAG Status formula shows the same text.
import { columnLetters, rangeAddress, rangesIntersect, type RangeRef } from "./address";
import { findContinuations, joinContinuations } from "./adoptContinuations";
import { oddSpaceCells, textDates } from "./adoptTextQuirks";
import { registerExtent } from "./adoptTrailing";
import { asText } from "./cellText";
import { columnsFor, normaliseHeader, type ColumnKey } from "./columns";
import { formulaTest, type FormulaCells } from "./formulaCells";
import { computedFormulas, type ColumnLetters } from "./formulas";
import { columnsByHeaderFor, rememberedChoices } from "./adoptMappings";
import { findHeaderRow, mapHeaders, type ChosenColumns, type HeaderMapping } from "./headerMapping";
import type { CellValue } from "./register";
import { decideComputed, inheritedComputedKeys, inheritedSets } from "./adoptComputed";
import { cleanScoreText, proposeScore } from "./scoreText";
import type { RegisterDefinition, RegisterKind, Settings } from "./settings";

export interface AdoptSource {
  sheet: string;
  /** 0-based sheet position of grid[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Which cells hold formulas (sheet coordinates). */
  formulaCells: FormulaCells;
  /** Merged areas (sheet coordinates), or null where the host cannot say (below ExcelApi 1.13). */
  merged?: readonly RangeRef[] | null;
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
  /** The sheet's headers (the register's width), as the preview lists them. */
  headers: string[];
  /** The choices this plan was made with: re-planning at confirm uses them again. */
  choices: AdoptChoices;
  /** The user's column choices as they apply to the headers now (by header index). */
  userColumns: ChosenColumns;
  /** Whether a mapping remembered for these headers was used. */
  remembered: boolean;
  /** What the register's definition records so that its table reads as adopted (null: the names do). */
  columnsByHeader: Record<string, string> | null;
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
  keptValues: Array<{ col: number; row: number; value: CellValue; formula: boolean }>;
  /** Written scores that become numbers, as the preview listed them. */
  scoreWrites: Array<{ col: number; row: number; value: number }>;
  /**
   * Merged areas to unmerge before the table is made (Excel makes none over merged cells): those the
   * table overlaps, or the table's whole area where the host cannot list them. The value stays in
   * each area's first cell, where it is shown.
   */
  unmerge: RangeRef[];
  /** Blank header cells (under a group row) that take the header text above them (sheet row/column). */
  headerFills: Array<{ row: number; col: number; text: string }>;
  /** A risk's continuation rows joined into its first row: the joined text, and "" where it was. */
  joinWrites: Array<{ row: number; col: number; value: CellValue }>;
  /** The original header and data cells, to notice a change between preview and confirm. */
  fingerprint: string;
  report: AdoptReport;
}

/** What the user chose in the preview. */
export interface AdoptChoices {
  /** Per header index: a register column, or null for "keep as it is". */
  columns?: ChosenColumns;
  /** The sheet's headers (normalised) when the columns were chosen: a co-author may move them since. */
  chosenOn?: readonly string[];
  /**
   * Per written score (scoreTextId): the number it becomes, or null to leave it as it is. Written
   * scores not listed become the number proposed for them (shown in the preview first).
   */
  scores?: Readonly<Record<string, number | null>>;
}

/** A distinct written score in a score column, with what it becomes. */
export interface ScoreText {
  /** "impact:4 - likely": the column and the text as cleaned. */
  id: string;
  key: ColumnKey;
  /** The sheet's header of its column. */
  column: string;
  /** As first written in the sheet. */
  text: string;
  count: number;
  /** The number read from it, or null when it reads as none. */
  proposed: number | null;
  /** The number it becomes at adoption (the user's choice or the proposal), or null: left as it is. */
  score: number | null;
}

export interface AdoptReport {
  rows: number;
  mapped: Array<{ header: string; column: string }>;
  unmapped: string[];
  added: string[];
  /** Typed (or formula) values that equal exactly what the register's formula gives. */
  replacedByFormula: Array<{ column: string; count: number }>;
  /** Blank cells of a computed column that get its formula. */
  filledBlank: Array<{ column: string; count: number }>;
  keptTyped: Array<{ column: string; count: number; rows: string[] }>;
  /**
   * Cells holding their own formula that gives another value, in a column that gets the register's
   * formula elsewhere: Excel would fill the column's formula over them, so each keeps the value it shows.
   */
  formulasToValues: Array<{ column: string; count: number; rows: string[] }>;
  ragJudgementsKept: number;
  /** Scores written as text, each distinct one once, in sheet order. */
  scoreTexts: ScoreText[];
  blankHeaders: number;
  /** Rows with something in them once continuation rows are joined: the register's entries. */
  entries: number;
  layout: AdoptLayout;
}

/** How the sheet's layout is read (issue 11 item 4), shown in the preview. Rows are 1-based. */
export interface AdoptLayout {
  /** The header row, with the group row above it when there are two. */
  headerRows: number[];
  /** Headers taken from the group row above into blank cells of the header row. */
  headersFromAbove: string[];
  /** Merged areas the table overlaps (unmerged; the value stays in the first cell). */
  unmerged: string[];
  /** Whether the host listed the merged areas (ExcelApi 1.13). */
  mergesKnown: boolean;
  /** Risks whose text continued on the rows below (joined into the first row, line after line). */
  joined: Array<{ risk: string; row: number; rows: number[]; columns: string[] }>;
  /** Blank rows among the risks: kept in the table as blank rows. */
  blankRows: number[];
  /** Totals, count and note rows below the last risk: left as they are, below the table. */
  below: Array<{ row: number; text: string }>;
  /** Cells holding zero-width characters or non-breaking spaces: kept as they are. */
  oddSpaces: number;
  /** Dates written as text: kept as written, read as dates (day first); unread ones read as none. */
  textDates: Array<{ column: string; count: number; unread: number }>;
}

export type AdoptPlanResult = { ok: true; plan: AdoptPlan } | { ok: false; message: string };

function fingerprintOf(rows: CellValue[][]): string {
  let h = 2166136261;
  const text = JSON.stringify(rows);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `${rows.length}:${text.length}:${(h >>> 0).toString(16)}`;
}

/**
 * The user's column choices for the headers the sheet has now: by position while the headers are as
 * they were, else by header text (a header no longer there, or there twice, loses its choice).
 */
function chosenFor(choices: AdoptChoices, headers: readonly string[]): ChosenColumns {
  const columns = choices.columns ?? {};
  const then = choices.chosenOn;
  if (!then || (then.length === headers.length && then.every((h, i) => h === headers[i]))) return columns;
  const out: Record<number, ColumnKey | null> = {};
  for (const [i, key] of Object.entries(columns)) {
    const text = then[Number(i)];
    const at = headers.flatMap((h, j) => (h === text ? [j] : []));
    if (text && at.length === 1) out[at[0]!] = key;
  }
  return out;
}

/** A header as the preview names it: spaces of any kind as one, zero-width characters dropped. */
const headerName = (h: unknown) =>
  asText(h)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();

export function planAdoption(
  source: AdoptSource,
  def: RegisterDefinition,
  settings: Settings,
  kindOverride?: RegisterKind,
  choices: AdoptChoices = {},
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
  const headerCells = found.headers as CellValue[];
  // The register's width: up to the last non-blank header.
  let width = headerCells.length;
  while (width > 0 && asText(headerCells[width - 1]).trim() === "") width--;
  const headers = headerCells.slice(0, width);
  // A mapping confirmed before for these very headers, then the user's changes over it.
  const remembered = rememberedChoices(
    settings.adoptMappings,
    headers,
    kind,
    new Set(columnsFor(kind).map((d) => d.key)),
  );
  const userColumns = chosenFor(choices, headers.map(normaliseHeader));
  const mapping = mapHeaders(headers, kind, { ...remembered, ...userColumns });
  // Its length: down to the last row before any totals or notes below the risks.
  const extent = registerExtent(source.values, headerIdx, width, mapping.columns);
  const lastIdx = extent.lastIdx;
  const isFormulaAt = formulaTest(source.formulaCells, source.top, source.left, source.values);
  // A risk pasted over several rows is joined into its first row; `values` is the sheet as adopted.
  const merges = source.merged ?? [];
  const dataTopSheet = source.top + headerIdx + 1;
  // Per column, the sheet rows a merged area starting on a data row above covers (indexed once, so a
  // long paste with thousands of merges costs one pass).
  const covered = new Map<number, Set<number>>();
  const coveredRows = (col: number) => {
    const c = source.left + col;
    let rows = covered.get(c);
    if (!rows) {
      rows = new Set<number>();
      for (const m of merges)
        if (m.top >= dataTopSheet && m.left <= c && c <= m.right)
          for (let r = m.top + 1; r <= m.bottom; r++) rows.add(r);
      covered.set(c, rows);
    }
    return rows;
  };
  const continuations = findContinuations({
    values: source.values,
    headerIdx,
    lastIdx,
    width,
    columns: mapping.columns,
    mergedFromAbove: (idx, col) => coveredRows(col).has(source.top + idx),
    isFormula: (idx, col) => isFormulaAt(source.top + idx, source.left + col),
  });
  const joined = joinContinuations(source.values, continuations);
  const values = joined.values;
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
  // A table's headers are unique: an added column named like a header kept as it is gets "2", as
  // Excel would name it, so that the plan knows the name the table will have.
  const taken = new Set(headers.map((h) => asText(h).trim().toLowerCase()));
  for (const key of mapping.missing) {
    const base = defs.find((d) => d.key === key)!.header;
    let header = base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base}${n}`;
    taken.add(header.toLowerCase());
    columns[key] = next;
    added.push({ key, header, col: next++ });
  }
  const right = next - 1;
  const letters: ColumnLetters = {};
  for (const [key, col] of Object.entries(columns) as Array<[ColumnKey, number]>)
    letters[key] = columnLetters(col);

  const cell = (r: number, key: ColumnKey): CellValue => {
    const i = mapping.columns[key];
    const v = i === undefined ? null : (values[headerIdx + 1 + r]?.[i] ?? null);
    return v === "" ? null : v; // Excel reads an empty cell as ""
  };
  const isFormulaCell = (r: number, key: ColumnKey) => {
    const i = mapping.columns[key];
    return i !== undefined && isFormulaAt(dataTop + r, left + i);
  };

  const scoreSetsHere = inheritedSets(kind, (k) => mapping.columns[k] !== undefined);
  const computedKeys: ColumnKey[] = [
    ...(kind === "risk"
      ? (["severity", "band", "computedRag", "rag"] as ColumnKey[])
      : kind === "issue"
        ? (["computedRag", "rag"] as ColumnKey[])
        : []), // an action log has a status, no RAG: nothing computed
    ...inheritedComputedKeys(kind, (k) => mapping.columns[k] !== undefined),
  ];
  const perColumn = new Map<
    ColumnKey,
    { rows: Array<{ row: number; formula: string }>; equal: number; filled: number; kept: string[] }
  >();
  for (const key of computedKeys) perColumn.set(key, { rows: [], equal: 0, filled: 0, kept: [] });
  const overrideWrites: AdoptPlan["overrideWrites"] = [];
  const keptValues: AdoptPlan["keptValues"] = [];
  let ragJudgementsKept = 0;
  const has = (key: ColumnKey) => mapping.columns[key] !== undefined;

  // Scores written as text: each distinct one is listed with the number it becomes (issue 11 item 3).
  const scoreKeys: ColumnKey[] = kind === "risk" ? ["impact", "likelihood"] : ["impact"];
  const scoreTexts = new Map<string, ScoreText>();
  const scoreWrites: AdoptPlan["scoreWrites"] = [];
  const converted = new Map<string, number>();
  const inSheetOrder = scoreKeys.filter(has).sort((a, b) => mapping.columns[a]! - mapping.columns[b]!);
  for (const key of inSheetOrder) {
    for (let r = 0; r < dataRows; r++) {
      const v = cell(r, key);
      if (typeof v !== "string" || cleanScoreText(v) === "") continue;
      const id = `${key}:${cleanScoreText(v)}`;
      let entry = scoreTexts.get(id);
      if (!entry) {
        const proposed = proposeScore(
          v,
          key === "impact" ? "Impact" : "Likelihood",
          settings.likelihoodLevels,
        );
        const chosen = choices.scores?.[id];
        entry = {
          id,
          key,
          column: headerName(headers[mapping.columns[key]!]),
          text: v.trim(),
          count: 0,
          proposed,
          score: chosen !== undefined ? chosen : proposed,
        };
        scoreTexts.set(id, entry);
      }
      entry.count++;
      if (entry.score !== null) {
        converted.set(`${r}:${key}`, entry.score);
        scoreWrites.push({ col: columns[key]!, row: dataTop + r, value: entry.score });
      }
    }
  }
  const after = (r: number, key: ColumnKey): CellValue => converted.get(`${r}:${key}`) ?? cell(r, key);

  for (let r = 0; r < dataRows; r++) {
    const sheetRow = dataTop + r;
    const formulas = computedFormulas(kind, letters, sheetRow + 1, settings);
    const label = asText(cell(r, "number")) || `row ${sheetRow + 1}`;
    // A formula already in the sheet is judged by the value it shows, as a typed value is.
    const outcome = decideComputed(
      kind,
      { value: (key) => after(r, key), has, sets: scoreSetsHere },
      settings,
    );
    if (outcome.override !== null) {
      overrideWrites.push({ row: sheetRow, value: outcome.override });
      ragJudgementsKept++;
    }
    for (const key of computedKeys) {
      const entry = perColumn.get(key)!;
      const decision = outcome.decisions[key]!;
      if (decision === "kept") {
        entry.kept.push(label);
        keptValues.push({
          col: columns[key]!,
          row: sheetRow,
          value: cell(r, key),
          formula: isFormulaCell(r, key),
        });
        continue;
      }
      entry.rows.push({ row: sheetRow, formula: formulas[key]! });
      if (decision === "filled") entry.filled++;
      else if (decision === "formula" && has(key)) entry.equal++;
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

  // Blank header cells under a group row take the text above them; merged cells the table overlaps
  // are unmerged first (all of its area where the host cannot list them).
  const fromAbove = found.fromAbove.filter((i) => i < width);
  const headerFills = fromAbove.map((i) => ({ row: headerRow, col: left + i, text: asText(headers[i]) }));
  const tableArea = { top: headerRow, bottom: lastRow, left, right };
  const unmerge = source.merged ? source.merged.filter((m) => rangesIntersect(m, tableArea)) : [tableArea];
  const joinWrites = joined.writes.map((w) => ({
    row: source.top + w.idx,
    col: left + w.col,
    value: w.value,
  }));
  const headerText = (key: ColumnKey) => {
    const i = mapping.columns[key];
    return i === undefined ? defs.find((d) => d.key === key)!.header : headerName(headers[i]);
  };
  const report: AdoptReport = {
    rows: lastIdx - headerIdx,
    mapped: (Object.entries(mapping.columns) as Array<[ColumnKey, number]>)
      .sort((a, b) => a[1] - b[1])
      .map(([key, i]) => ({
        header: headerName(headers[i]),
        column: defs.find((d) => d.key === key)!.header,
      })),
    unmapped: mapping.unmapped.map((u) => headerName(u.header)),
    added: added.map((a) => a.header),
    replacedByFormula: computedKeys
      .filter((k) => has(k))
      .map((k) => ({ column: headerText(k), count: perColumn.get(k)!.equal })),
    filledBlank: computedKeys
      .filter((k) => has(k) && perColumn.get(k)!.filled > 0)
      .map((k) => ({ column: headerText(k), count: perColumn.get(k)!.filled })),
    keptTyped: computedKeys
      .filter((k) => perColumn.get(k)!.kept.length > 0)
      .map((k) => ({
        column: headerText(k),
        count: perColumn.get(k)!.kept.length,
        rows: perColumn.get(k)!.kept,
      })),
    formulasToValues: computedKeys
      .map((k) => ({
        key: k,
        rows: keptValues.filter((v) => v.formula && v.col === columns[k]).map((v) => v.row),
      }))
      .filter((x) => x.rows.length > 0 && perColumn.get(x.key)!.rows.length > 0)
      .map((x) => ({
        column: headerText(x.key),
        count: x.rows.length,
        rows: x.rows.map((row) => asText(cell(row - dataTop, "number")) || `row ${row + 1}`),
      })),
    ragJudgementsKept,
    scoreTexts: [...scoreTexts.values()],
    blankHeaders: headers.filter((h) => asText(h).trim() === "").length,
    entries: values
      .slice(headerIdx + 1, lastIdx + 1)
      .filter((row) => row.slice(0, width).some((v) => v !== null && v !== "")).length,
    layout: {
      headerRows: found.fromAbove.length ? [headerRow, headerRow + 1] : [headerRow + 1],
      headersFromAbove: fromAbove.map((i) => headerName(headers[i])),
      unmerged: source.merged
        ? unmerge.map((m) => rangeAddress({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }))
        : [],
      mergesKnown: Boolean(source.merged),
      joined: continuations.map((c) => ({
        risk: asText(values[c.first]?.[mapping.columns.number ?? -1]) || `row ${source.top + c.first + 1}`,
        row: source.top + c.first + 1,
        rows: c.rows.map((r) => source.top + r + 1),
        columns: c.columns.map((i) => headerName(headers[i])),
      })),
      blankRows: extent.blankRows.map((r) => source.top + r + 1),
      below: extent.below.map((b) => ({ row: source.top + b.idx + 1, text: b.text })),
      oddSpaces: oddSpaceCells(source.values, headerIdx, lastIdx, width),
      textDates: (["dateRaised", "lastReviewed"] as ColumnKey[])
        .filter((k) => has(k))
        .map((k) => ({
          column: headerText(k),
          ...textDates(values, headerIdx + 1, lastIdx, mapping.columns[k]!),
        }))
        .filter((d) => d.count > 0),
    },
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
      headers: headers.map(headerName),
      columnsByHeader: columnsByHeaderFor(
        [...headers.map((h) => asText(h)), ...added.map((a) => a.header)],
        kind,
        Object.fromEntries(
          (Object.entries(columns) as Array<[ColumnKey, number]>).map(([k, c]) => [k, c - left]),
        ),
      ),
      choices,
      userColumns,
      remembered: remembered !== null,
      columns,
      added,
      formulaWrites,
      overrideWrites,
      keptValues,
      scoreWrites,
      unmerge,
      headerFills,
      joinWrites,
      fingerprint: fingerprintOf([
        ...(source.merged ?? []).map((m) => [rangeAddress(m)]),
        ...source.values
          .slice(headerIdx - (fromAbove.length ? 1 : 0), lastIdx + 1)
          .map((r) => r.slice(0, width)),
      ]),
      report,
    },
  };
}
