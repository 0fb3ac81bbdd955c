// Maps a pasted register's headers to the register's columns, and finds the header row.
import { columnsFor, normaliseHeader, type ColumnKey } from "./columns";
import { KINDS } from "./registerKinds";
import type { RegisterKind } from "./settings";

export interface HeaderMapping {
  /** Column key → index of the header it was mapped from. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Headers that name no register column: kept as they are and reported. */
  unmapped: Array<{ index: number; header: string }>;
  /** Register columns with no header: adoption adds them. */
  missing: ColumnKey[];
  /**
   * Register columns that two or more headers name, for the user to settle: the first header listed
   * holds the column for now, and adoption waits for an answer (never a silent choice).
   */
  questions: Array<{ key: ColumnKey; headers: number[] }>;
}

/**
 * The user's choice per header index: a register column, or null for "keep as it is". Headers not
 * listed are mapped by their names.
 */
export type ChosenColumns = Readonly<Record<number, ColumnKey | null>>;

/** How strongly a header could name a column below which a lost claim is no question. */
const CLAIM = 50;

function strength(header: string, aliases: ReadonlyArray<readonly [string, number]>): number {
  let best = 0;
  for (const [alias, score] of aliases) {
    if (header === alias) best = Math.max(best, score);
    else if (alias.length >= 6 && header.startsWith(alias)) best = Math.max(best, score - 5);
  }
  return best;
}

/**
 * The user's choices first; then greedy by strength: the strongest (header, column) pair is taken
 * first, each header and column once, so "Impact (1-5)" takes the score and a plain "Impact" beside it
 * becomes the impacts narrative. A header left with nothing that strongly names a column another
 * header took is a question, as are two headers the user gave the same column.
 */
export function mapHeaders(
  headers: readonly unknown[],
  kind: RegisterKind,
  chosen: ChosenColumns = {},
): HeaderMapping {
  const defs = columnsFor(kind);
  const known = new Set(defs.map((d) => d.key));
  const normalised = headers.map(normaliseHeader);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const usedHeaders = new Set<number>();
  const claims = new Map<ColumnKey, number[]>();
  const claim = (key: ColumnKey, index: number) => claims.set(key, [...(claims.get(key) ?? []), index]);
  normalised.forEach((h, index) => {
    if (!h || !(index in chosen)) return;
    const key = chosen[index] ?? null;
    usedHeaders.add(index);
    if (key === null || !known.has(key)) return;
    if (columns[key] === undefined) columns[key] = index;
    claim(key, index);
  });
  const pairs: Array<{ index: number; key: ColumnKey; score: number; order: number }> = [];
  normalised.forEach((h, index) => {
    if (!h || usedHeaders.has(index)) return;
    defs.forEach((def, order) => {
      const score = strength(h, def.aliases);
      if (score > 0) pairs.push({ index, key: def.key, score, order });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.index - b.index || a.order - b.order);
  for (const p of pairs) {
    if (usedHeaders.has(p.index) || columns[p.key] !== undefined) continue;
    columns[p.key] = p.index;
    usedHeaders.add(p.index);
    claim(p.key, p.index);
  }
  // A header the names left out, though it names a column strongly, is a rival for that column.
  const explicit = (i: number) => i in chosen;
  const seen = new Set<number>();
  for (const p of pairs) {
    if (usedHeaders.has(p.index) || seen.has(p.index)) continue;
    seen.add(p.index); // its strongest claim only
    const holder = columns[p.key];
    if (p.score < CLAIM || holder === undefined || explicit(holder)) continue;
    claims.get(p.key)!.push(p.index);
  }
  // The header holding the column comes first, the rivals in sheet order.
  const questions = [...claims]
    .filter(([, idx]) => idx.length > 1)
    .map(([key, idx]) => ({
      key,
      headers: [columns[key]!, ...idx.filter((i) => i !== columns[key]).sort((a, b) => a - b)],
    }))
    .sort((a, b) => Math.min(...a.headers) - Math.min(...b.headers));
  const unmapped = headers
    .map((h, index) => ({ index, header: String(h ?? "").trim() }))
    .filter((h) => !Object.values(columns).includes(h.index) && h.header !== "");
  // An inherent or target score is optional: its columns are missing only where the sheet has one of them.
  const setsPresent = new Set(
    defs.filter((d) => d.scoreSet && columns[d.key] !== undefined).map((d) => d.scoreSet),
  );
  const missing = defs
    .filter((d) => !d.scoreSet || setsPresent.has(d.scoreSet))
    .map((d) => d.key)
    .filter((k) => columns[k] === undefined);
  return { columns, unmapped, missing, questions };
}

/** The kind a set of headers reads as: the first kind whose header words it has, else a risk register. */
export function detectKind(headers: readonly unknown[]): RegisterKind {
  const text = headers.map(normaliseHeader).join(" | ");
  const found = Object.values(KINDS).find((k) => k.detect?.test(text));
  return found?.kind ?? "risk";
}

export interface HeaderRowFound {
  /** The header row (the lower one of two). */
  row: number;
  kind: RegisterKind;
  /** The headers as read: the row's own, blanks taken from the row above when it is a group row. */
  headers: unknown[];
  /** Header cells (column indexes) blank in the header row that take their text from the row above. */
  fromAbove: number[];
}

const blankCell = (v: unknown) => String(v ?? "").trim() === "";

function headerScore(cells: readonly unknown[]): { kind: RegisterKind; mapped: number } | null {
  const kind = detectKind(cells);
  const m = mapHeaders(cells, kind);
  const mapped = Object.keys(m.columns).length;
  const core =
    (m.columns.number !== undefined || m.columns.description !== undefined) &&
    KINDS[kind].headerCore.some((key) => m.columns[key] !== undefined);
  return core && mapped >= 3 ? { kind, mapped } : null;
}

/**
 * Finds the row (of the first 30) that maps the most headers, needing a number or description and a
 * score. Two header rows (a group row "Scores" over "Impact | Likelihood", the other headers in the row
 * above or merged down over both) read as one: the lower row is the table's header, and its blank
 * cells take the text above them, when that maps more columns than either row alone.
 */
export function findHeaderRow(grid: readonly (readonly unknown[])[]): HeaderRowFound | null {
  let best: (HeaderRowFound & { score: number }) | null = null;
  const rows = grid.slice(0, 30);
  rows.forEach((cells, row) => {
    const single = headerScore(cells);
    if (single && (!best || single.mapped > best.score))
      best = { row, kind: single.kind, headers: [...cells], fromAbove: [], score: single.mapped };
    const above = row > 0 ? rows[row - 1]! : null;
    if (!above || cells.every(blankCell)) return;
    const fromAbove: number[] = [];
    const width = Math.max(cells.length, above.length);
    const headers = Array.from({ length: width }, (_, i) => {
      if (!blankCell(cells[i]) || blankCell(above[i])) return cells[i] ?? "";
      fromAbove.push(i);
      return above[i];
    });
    const both = fromAbove.length ? headerScore(headers) : null;
    const upper = headerScore(above);
    if (
      both &&
      both.mapped > (single?.mapped ?? 0) &&
      both.mapped > (upper?.mapped ?? 0) &&
      (!best || both.mapped > best.score)
    )
      best = { row, kind: both.kind, headers, fromAbove, score: both.mapped };
  });
  if (!best) return null;
  const { score: _score, ...found } = best as HeaderRowFound & { score: number };
  return found;
}
