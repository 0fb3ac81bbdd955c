// "Adopt register": preview (one sync), then confirm (one read to notice changes, one write batch).
import { columnLetters, parseRange, rangeAddress, rangesIntersect, type RangeRef } from "../domain/address";
import { rememberMapping } from "../domain/adoptMappings";
import { planAdoption, type AdoptChoices, type AdoptPlan } from "../domain/adoptPlan";
import { fieldName } from "../domain/fieldNames";
import { parseAreas, type FormulaCells } from "../domain/formulaCells";
import type { CellValue } from "../domain/register";
import { columnDef, SCORE_SETS, type ColumnKey } from "../domain/columns";
import type { RegisterDefinition, Settings } from "../domain/settings";
import { queueAuditOrCreate, queueLastAuditRow, recordsAction, type AuditEntry } from "./audit";
import {
  applyWrites,
  estimateBytes,
  formulasWrite,
  numberFormatWrite,
  queuedWrite,
  valuesWrite,
  type PlannedWrite,
} from "./batches";
import type { ExcelHost } from "./host";
import { keptValueWrites } from "./keptValues";
import {
  FIRST_WINDOW_ROWS,
  isTooLarge,
  joinGrids,
  planningRowBytes,
  queueGridRead,
  readGridInWindows,
  type Grid,
} from "./readGrid";
import {
  AUDIT_SHEET,
  AUDIT_TABLE,
  queueGovernance,
  queueHeaderStyle,
  SETTINGS_SHEET,
  textColumnKeys,
  textFormatWrites,
  type GovernedTable,
} from "./layout";
import { queueDirectoryRead } from "./readRegisters";
import { queueSettingsWrite } from "./settingsStore";

export interface AdoptPreview {
  plan: AdoptPlan;
  settings: Settings;
  /** Tables on the sheet that the register's range overlaps: converted to plain ranges first. */
  overlappingTables: string[];
  /** What was read, so that the preview re-plans with the user's choices without reading again. */
  read: SheetRead;
}

export type PreviewResult = { ok: true; preview: AdoptPreview } | { ok: false; message: string };

export type AdoptResult =
  | { status: "adopted"; plan: AdoptPlan; syncs: number }
  | { status: "changed"; message: string; preview: PreviewResult }
  | { status: "failed"; message: string };

export interface SheetRead {
  settings: Settings;
  settingsPresent: boolean;
  tableNames: Set<string>;
  sheetNames: Set<string>;
  sheet: string;
  top: number;
  left: number;
  values: CellValue[][];
  formulaCells: FormulaCells;
  tablesOnSheet: Array<{ name: string; address: string }>;
  /** Merged areas on the sheet (ExcelApi 1.13), or null where the host cannot say. */
  merged: RangeRef[] | null;
}

/**
 * Two syncs: the used range's extent, the sheet's tables, the settings and the workbook's tables and
 * sheets; then the cells (values and where the formulas are) with the tables' addresses.
 */
async function readSheet(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheetName: string | null,
): Promise<SheetRead | string> {
  const directory = queueDirectoryRead(context);
  const ws = sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const tables = ws.tables;
  tables.load("items/name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  if (used.isNullObject) return `Sheet "${ws.name}" is empty: paste a register (with its header row) first.`;
  const ranges = tables.items.map((t) => {
    const r = t.getRange();
    r.load("address");
    return { name: t.name, r };
  });
  const extent = {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
  // Excel makes no table over merged cells: they are found first, so that the preview says which are
  // unmerged and how a risk merged over several rows is read.
  const merged = host.isSetSupported("ExcelApi", "1.13")
    ? ws
        .getRangeByIndexes(
          extent.top,
          extent.left,
          extent.bottom - extent.top + 1,
          extent.right - extent.left + 1,
        )
        .getMergedAreasOrNullObject()
    : null;
  merged?.load("address");
  // The first rows with the tables' addresses; a longer sheet then in windows sized from those rows.
  const first = { ...extent, bottom: Math.min(extent.bottom, extent.top + FIRST_WINDOW_ROWS - 1) };
  const read = queueGridRead(context, host, ws.name, first);
  let grid: Grid;
  try {
    await context.sync();
    grid = read();
    if (first.bottom < extent.bottom)
      grid = joinGrids(host, [
        grid,
        await readGridInWindows(
          context,
          host,
          ws.name,
          { ...extent, top: first.bottom + 1 },
          planningRowBytes(grid.values),
        ),
      ]);
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    // Rows far longer than usual: the tables' addresses alone, then the cells in halving windows.
    for (const { r } of ranges) r.load("address");
    await context.sync();
    grid = await readGridInWindows(context, host, ws.name, extent, null, 250);
  }
  const { settings, tableNames } = directory();
  return {
    settings: settings.settings,
    settingsPresent: settings.state !== "absent",
    tableNames,
    sheetNames: new Set(sheets.items.map((s) => s.name.toLowerCase())),
    sheet: ws.name,
    top: used.rowIndex,
    left: used.columnIndex,
    values: grid.values,
    formulaCells: grid.formulaCells,
    tablesOnSheet: ranges.map(({ name, r }) => ({ name, address: r.address })),
    merged: merged ? (merged.isNullObject ? [] : parseAreas(merged.address)) : null,
  };
}

function plan(read: SheetRead, registerId: string, choices: AdoptChoices = {}): PreviewResult {
  const def = read.settings.registers.find((r) => r.id === registerId);
  if (!def) return { ok: false, message: `There is no register "${registerId}" in the settings.` };
  const result = planAdoption(
    {
      sheet: read.sheet,
      top: read.top,
      left: read.left,
      values: read.values,
      formulaCells: read.formulaCells,
      merged: read.merged,
    },
    def,
    read.settings,
    undefined,
    choices,
  );
  if (!result.ok) return result;
  const p = result.plan;
  const area = { top: p.headerRow, bottom: p.lastRow, left: p.left, right: p.right };
  const overlapping = read.tablesOnSheet
    .filter((t) => rangesIntersect(parseRange(t.address), area))
    .map((t) => t.name);
  const elsewhere =
    read.tableNames.has(def.table.toLowerCase()) &&
    !overlapping.some((n) => n.toLowerCase() === def.table.toLowerCase());
  if (elsewhere)
    return {
      ok: false,
      message: `${def.name} already exists (table ${def.table}). Choose another register to adopt this sheet as.`,
    };
  const clash = read.tablesOnSheet.find(
    (t) =>
      !overlapping.includes(t.name) &&
      rangesIntersect(parseRange(t.address), {
        ...area,
        left: p.left,
        right: p.right,
        top: p.headerRow,
        bottom: p.lastRow,
      }),
  );
  if (clash) return { ok: false, message: `Table ${clash.name} is in the way of the new columns.` };
  return { ok: true, preview: { plan: p, settings: read.settings, overlappingTables: overlapping, read } };
}

/** The preview again with the user's choices (a mapping, a score's number): no read, no sync. */
export function replanAdoption(preview: AdoptPreview, choices: AdoptChoices): PreviewResult {
  return plan(preview.read, preview.plan.def.id, choices);
}

/** What stops a plan from being adopted as it stands: a question the user has not answered. */
export function unansweredQuestion(p: AdoptPlan): string | null {
  const q = p.mapping.questions[0];
  if (!q) return null;
  const names = q.headers.map((i) => `"${p.headers[i]}"`).join(" and ");
  return `${names} both read as ${fieldName(q.key)}: choose which one is ${fieldName(q.key)} (or keep one as it is).`;
}

export async function previewAdoption(
  host: ExcelHost,
  registerId: string,
  sheetName: string | null = null,
): Promise<PreviewResult> {
  return host.run(async (context) => {
    const read = await readSheet(context, host, sheetName);
    if (typeof read === "string") return { ok: false, message: read };
    return plan(read, registerId);
  });
}

function governedTable(p: AdoptPlan): GovernedTable {
  return { kind: p.kind, headerRow: p.headerRow, lastRow: p.lastRow, columns: p.columns };
}

/** Every write of an adoption, in an order that a re-run after any failure completes. */
function plannedWrites(
  p: AdoptPlan,
  read: SheetRead,
  overlapping: string[],
  settings: Settings,
  now: Date,
  auditRecorded = false,
): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  const sheet = p.sheet;
  for (const name of overlapping)
    writes.push(queuedWrite(64, (c) => void c.workbook.tables.getItem(name).convertToRange()));
  for (const a of p.added)
    writes.push(
      valuesWrite(sheet, rangeAddress({ top: p.headerRow, left: a.col, bottom: p.headerRow, right: a.col }), [
        [a.header],
      ]),
    );
  // Merged cells the table overlaps are unmerged (the value stays in the first cell, where it shows), and
  // blank header cells under a group row take the header above them, so the table names every column.
  for (const m of p.unmerge)
    writes.push(
      queuedWrite(64, (c) => c.workbook.worksheets.getItem(sheet).getRange(rangeAddress(m)).unmerge()),
    );
  for (const h of p.headerFills)
    writes.push(
      valuesWrite(sheet, rangeAddress({ top: h.row, bottom: h.row, left: h.col, right: h.col }), [[h.text]]),
    );
  // The table next, before any cell of the register is changed, and before the formulas: written into it, they make calculated
  // columns, whose formulas Excel gives to every row a colleague adds. The added headers go first, as
  // Excel would name blank header cells Column1, Column2… and a retry would read those names.
  const table = rangeAddress({ top: p.headerRow, bottom: p.lastRow, left: p.left, right: p.right });
  writes.push(
    queuedWrite(4096, (c) => {
      const ws = c.workbook.worksheets.getItem(sheet);
      const t = ws.tables.add(table, true);
      t.name = p.def.table;
      t.style = "TableStyleLight9";
      queueGovernance(ws, governedTable(p), settings);
      queueHeaderStyle(ws, governedTable(p), p.right);
    }),
  );
  for (const w of textFormatWrites(governedTable(p)))
    writes.push(numberFormatWrite(sheet, w.address, w.numberFormat));
  // A risk's continuation rows joined into its first row, once its text columns are formatted Text.
  writes.push(...joinWrites(p));
  // Written scores become the numbers the preview showed, in runs of rows per column.
  const scoresByCol = new Map<number, AdoptPlan["scoreWrites"]>();
  for (const w of p.scoreWrites) {
    const list = scoresByCol.get(w.col) ?? [];
    list.push(w);
    scoresByCol.set(w.col, list);
  }
  for (const [col, list] of scoresByCol) writes.push(...keptValueWrites(sheet, col, list));
  for (const o of p.overrideWrites)
    writes.push(valuesWrite(sheet, `${columnLetters(p.columns.ragOverride!)}${o.row + 1}`, [[o.value]]));
  for (const f of p.formulaWrites)
    for (const run of f.runs) {
      const address = rangeAddress({
        top: run.top,
        bottom: run.top + run.formulas.length - 1,
        left: f.col,
        right: f.col,
      });
      writes.push(
        formulasWrite(
          sheet,
          address,
          run.formulas.map((x) => [x]),
        ),
      );
    }
  // Excel may fill a formula written into a table column over the typed values kept there: they are
  // written back after the formulas, so they stay whichever way its AutoCorrect option is set. A column
  // that gets no formula is left as it is (its own formulas included).
  const withFormulas = new Set(p.formulaWrites.filter((f) => f.runs.length > 0).map((f) => f.col));
  const keptByCol = new Map<number, AdoptPlan["keptValues"]>();
  for (const k of p.keptValues) {
    if (!withFormulas.has(k.col)) continue;
    const list = keptByCol.get(k.col) ?? [];
    list.push(k);
    keptByCol.set(k.col, list);
  }
  for (const [col, kept] of keptByCol) writes.push(...keptValueWrites(sheet, col, kept));
  const registers: RegisterDefinition[] = settings.registers.map((r) => {
    if (r.id !== p.def.id) return r;
    const { columnsByHeader: _old, ...adopted } = r;
    // A register pasted with its inherent or target score shows it (its columns were mapped).
    const rest = withMappedScoreSets(adopted, Object.keys(p.mapping.columns) as ColumnKey[]);
    return p.columnsByHeader ? { ...rest, sheet, columnsByHeader: p.columnsByHeader } : { ...rest, sheet };
  });
  // A mapping the user changed is remembered for the next sheet with these headers.
  const chose = Object.keys(p.userColumns).length > 0;
  const adoptMappings = chose
    ? rememberMapping(settings.adoptMappings, p.headers, p.kind, p.mapping)
    : settings.adoptMappings;
  const newSettings: Settings = { ...settings, registers, adoptMappings };
  writes.push(
    queuedWrite(estimateBytes(newSettings) * 2, (c) =>
      queueSettingsWrite(c, newSettings, read.sheetNames.has(SETTINGS_SHEET.toLowerCase())),
    ),
  );
  // The audit row first: no change lands without it, and a retry that finds it (auditRecorded) adds none.
  if (!auditRecorded)
    writes.unshift(
      queuedWrite(1024, (c) =>
        queueAuditOrCreate(
          c,
          read.tableNames.has(AUDIT_TABLE.toLowerCase()),
          read.sheetNames.has(AUDIT_SHEET.toLowerCase()),
          adoptAuditEntry(p),
          now,
        ),
      ),
    );
  return writes;
}

/**
 * The joined text of each risk pasted over several rows, and its continuation rows' cells cleared. In a
 * column not formatted Text a value is written behind an apostrophe, so that it stays text.
 */
function joinWrites(p: AdoptPlan): PlannedWrite[] {
  const textCols = new Set(textColumnKeys(p.kind).map((k) => p.columns[k]));
  return p.joinWrites.map((w) => {
    const v = typeof w.value === "string" && w.value !== "" && !textCols.has(w.col) ? `'${w.value}` : w.value;
    const value = typeof v === "string" && textCols.has(w.col) && /^[=']/.test(v) ? `'${v}` : v;
    return valuesWrite(p.sheet, rangeAddress({ top: w.row, bottom: w.row, left: w.col, right: w.col }), [
      [value ?? ""],
    ]);
  });
}

/** The user's choices as the audit row records them: "Lead" → Owner, "Rating" kept, "High" → 4. */
function chosenText(p: AdoptPlan): string {
  const columns = Object.entries(p.userColumns).map(([i, key]) =>
    key === null
      ? `"${p.headers[Number(i)]}" kept as it is`
      : `"${p.headers[Number(i)]}" → ${fieldName(key)}`,
  );
  const scores = p.report.scoreTexts
    .filter((t) => p.choices.scores && t.id in p.choices.scores)
    .map((t) => (t.score === null ? `"${t.text}" left as it is` : `"${t.text}" → ${t.score}`));
  return [...columns, ...scores].join(", ");
}

function adoptAuditEntry(p: AdoptPlan): AuditEntry {
  const r = p.report;
  const summary =
    `${r.rows} rows; mapped ${r.mapped.length} columns; added ${r.added.length ? r.added.join(", ") : "none"}; kept unmapped ${r.unmapped.length ? r.unmapped.join(", ") : "none"}; ` +
    `${r.ragJudgementsKept} RAG judgement(s) moved to RAG Override` +
    (r.keptTyped.length
      ? `; typed values kept: ${r.keptTyped.map((k) => `${k.column} ${k.count}`).join(", ")}`
      : "") +
    (chosenText(p) ? `; chosen in the preview: ${chosenText(p)}` : "") +
    (p.scoreWrites.length ? `; ${p.scoreWrites.length} written score(s) made numbers` : "") +
    (r.layout.unmerged.length ? `; unmerged ${r.layout.unmerged.join(", ")}` : "") +
    (r.layout.joined.length
      ? `; joined into their first row: ${r.layout.joined.map((j) => `${j.risk} (rows ${j.rows.join(", ")})`).join(", ")}`
      : "");
  const table = rangeAddress({ top: p.headerRow, bottom: p.lastRow, left: p.left, right: p.right });
  return {
    action: "Adopt register",
    register: p.def.name,
    source: `${p.sheet}!${table}`,
    target: p.def.table,
    summary,
  };
}

export async function adoptRegister(
  host: ExcelHost,
  preview: AdoptPreview,
  now = new Date(),
): Promise<AdoptResult> {
  return host.run(async (context) => {
    const read = await readSheet(context, host, preview.plan.sheet);
    if (typeof read === "string") return { status: "failed", message: read };
    // Re-planned with the user's choices, on what the sheet holds now.
    const again = plan(read, preview.plan.def.id, preview.plan.choices);
    if (!again.ok) return { status: "failed", message: again.message };
    if (again.preview.plan.fingerprint !== preview.plan.fingerprint) {
      return {
        status: "changed",
        message: `Sheet "${read.sheet}" changed since the preview. Review the new preview before adopting.`,
        preview: again,
      };
    }
    const fresh = again.preview;
    const question = unansweredQuestion(fresh.plan);
    if (question) return { status: "failed", message: `${question} Nothing was changed.` };
    try {
      // A retry moments after an adoption cut short finds that attempt's audit row as the log's last.
      let auditRecorded = false;
      if (read.tableNames.has(AUDIT_TABLE.toLowerCase())) {
        const last = queueLastAuditRow(context);
        await context.sync();
        auditRecorded = recordsAction(last(), adoptAuditEntry(fresh.plan), now);
      }
      const writeSyncs = await applyWrites(
        context,
        plannedWrites(fresh.plan, read, fresh.overlappingTables, fresh.settings, now, auditRecorded),
      );
      return { status: "adopted", plan: fresh.plan, syncs: writeSyncs + 1 };
    } catch (e) {
      return {
        status: "failed",
        message: `Adoption stopped part way (${(e as Error).message}). No value was lost: run Adopt register again and it completes the rest.`,
      };
    }
  });
}

/** The definition with the inherent and target scores whose columns the adopted sheet has, shown. */
export function withMappedScoreSets(def: RegisterDefinition, keys: readonly ColumnKey[]): RegisterDefinition {
  const mapped = new Set(keys.map((k) => columnDef(def.kind, k)?.scoreSet).filter((x) => x !== undefined));
  if (mapped.size === 0) return def;
  const shown = new Set(def.scoreSets ?? ["current"]);
  return { ...def, scoreSets: SCORE_SETS.filter((x) => x === "current" || shown.has(x) || mapped.has(x)) };
}
