// A register's inherent and target scores, turned on and off in Settings: a set turned on gets its
// columns (added at the table's end with their headers, or shown again where the table has them), a
// set turned off has its columns hidden, never deleted, so its cells stay for the day it is turned on
// again. Queues only, into the settings save's one write phase: the number of writes is the same for
// 20 rows as for 1,000 (the formulas, validation and colours are the save's own writes).
import { columnLetters, rangeAddress } from "../domain/address";
import { columnDef, type ColumnKey, type ScoreSet } from "../domain/columns";
import { DATE_FORMAT } from "../domain/dates";
import type { RegisterSnapshot } from "../domain/register";
import { KINDS, SCORE_COLUMNS, SCORE_SET_LABELS, shownScoreSets } from "../domain/registerKinds";
import type { RegisterDefinition, RegisterKind, Settings } from "../domain/settings";
import { numberFormatWrite, queuedWrite, type PlannedWrite } from "./batches";

/** The columns a score set brings to a register of this kind: its scores, and the target's date. */
export function setColumnKeys(kind: RegisterKind, set: ScoreSet): ColumnKey[] {
  const c = SCORE_COLUMNS[set];
  const keys: ColumnKey[] = KINDS[kind].hasLikelihood
    ? [c.impact, c.likelihood, c.severity, c.band]
    : [c.impact];
  if (set === "target") keys.push("targetDate");
  return keys.filter((k) => columnDef(kind, k) !== undefined);
}

export interface ScoreColumnPlan {
  /** In order, before the save's formulas: columns added, columns shown or hidden, new columns' formats. */
  writes: PlannedWrite[];
  /** The sheet column of each column added (its cells are blank: every row takes the formulas). */
  added: Partial<Record<ColumnKey, number>>;
  /** Columns the table had, shown again. */
  shown: ColumnKey[];
  /** Columns hidden (their cells kept). */
  hidden: ColumnKey[];
  /** What changed, for the audit row: "Inherent (before controls) shown, 4 columns added". */
  summary: string[];
}

/**
 * What saving `after` over `before` does to one register's table. `columns` is the table's mapped
 * columns (sheet column of each key). An appetite needs each risk's Impact Category: a register
 * without that column gets it when the settings give any appetite.
 */
export function planScoreColumns(
  snapshot: RegisterSnapshot,
  columns: Partial<Record<ColumnKey, number>>,
  before: RegisterDefinition | undefined,
  after: RegisterDefinition,
  settings: Settings,
): ScoreColumnPlan {
  const kind = after.kind;
  const plan: ScoreColumnPlan = { writes: [], added: {}, shown: [], hidden: [], summary: [] };
  const was = shownScoreSets(kind, before?.scoreSets);
  const now = shownScoreSets(kind, after.scoreSets);
  const sheet = snapshot.sheet;
  const table = after.table;
  const rows = Math.max(1, snapshot.values.length);
  let next = snapshot.left + snapshot.headers.length;
  const add = (key: ColumnKey) => {
    const def = columnDef(kind, key)!;
    const col = next++;
    plan.added[key] = col;
    plan.writes.push(
      queuedWrite(def.header.length + 64, (c) => {
        // The header as the name (ExcelApi 1.4): no values, so the request is the same for any length.
        c.workbook.tables.getItem(table).columns.add(undefined, undefined, def.header);
        const letter = columnLetters(col);
        c.workbook.worksheets.getItem(sheet).getRange(`${letter}:${letter}`).format.columnWidth = def.width;
      }),
    );
    cellFormat(key, col);
  };
  // Dates shown as dates; text kept as text (a category typed "=…" stays text).
  const cellFormat = (key: ColumnKey, col: number) => {
    const def = columnDef(kind, key)!;
    const format = def.role === "date" || def.dateResult ? DATE_FORMAT : def.role === "text" ? "@" : null;
    if (!format) return;
    const address = rangeAddress({
      top: snapshot.top + 1,
      bottom: snapshot.top + rows,
      left: col,
      right: col,
    });
    plan.writes.push(
      numberFormatWrite(
        sheet,
        address,
        Array.from({ length: rows }, () => [format]),
      ),
    );
  };
  const setHidden = (key: ColumnKey, hidden: boolean) => {
    const letter = columnLetters(columns[key]!);
    plan.writes.push(
      queuedWrite(64, (c) => {
        c.workbook.worksheets.getItem(sheet).getRange(`${letter}:${letter}`).columnHidden = hidden;
      }),
    );
    (hidden ? plan.hidden : plan.shown).push(key);
  };
  for (const set of now) {
    if (set === "current") continue;
    let added = 0;
    for (const key of setColumnKeys(kind, set)) {
      if (columns[key] === undefined) {
        add(key);
        added++;
      } else if (!was.includes(set)) {
        setHidden(key, false);
        // A Target Date column the register had, blank and unformatted, shows its dates as dates.
        if (columnDef(kind, key)!.role === "date") cellFormat(key, columns[key]!);
      }
    }
    if (!was.includes(set) || added)
      plan.summary.push(
        `${after.name}: ${SCORE_SET_LABELS[set]} shown${added ? `, ${added} column(s) added` : ""}`,
      );
  }
  for (const set of was) {
    if (set === "current" || now.includes(set)) continue;
    let hidden = 0;
    for (const key of setColumnKeys(kind, set))
      if (columns[key] !== undefined) {
        setHidden(key, true);
        hidden++;
      }
    plan.summary.push(`${after.name}: ${SCORE_SET_LABELS[set]} no longer shown, ${hidden} column(s) hidden`);
  }
  if (
    Object.keys(settings.appetite).length > 0 &&
    columnDef(kind, "riskCategory") &&
    KINDS[kind].ragFrom === "band" &&
    columns.riskCategory === undefined
  ) {
    add("riskCategory");
    plan.summary.push(`${after.name}: Impact Category column added (appetite is judged by it)`);
  }
  return plan;
}
