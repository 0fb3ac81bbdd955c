// Saving the settings: validate, store them, and bring every register's formulas and colours in line,
// in one budgeted write after one read. Computed cells typed by hand are left as they are (Check reports
// them): nothing is changed silently.
import { columnLetters, rangeAddress } from "../domain/address";
import type { ColumnKey } from "../domain/columns";
import { formulaTest } from "../domain/formulaCells";
import { computedFormulas, type ColumnLetters } from "../domain/formulas";
import { registerMapping, type CellValue } from "../domain/register";
import { validateSettings, type Settings } from "../domain/settings";
import { queueAuditOrCreate } from "./audit";
import { applyWrites, estimateBytes, formulasWrite, queuedWrite, type PlannedWrite } from "./batches";
import type { ExcelHost } from "./host";
import { AUDIT_TABLE, queueGovernance } from "./layout";
import { keptValueWrites } from "./keptValues";
import { readWorkbookState } from "./readRegisters";
import { planScoreColumns } from "./scoreColumns";
import { queueSettingsWrite } from "./settingsStore";

export type SettingsSaveResult =
  | { status: "saved"; formulas: number; syncs: number }
  | { status: "invalid"; errors: string[] }
  /** Someone changed the stored settings since the view loaded them: nothing was written. */
  | { status: "changed"; message: string; current: Settings }
  | { status: "failed"; message: string };

function describeChanges(before: Settings, after: Settings): string {
  const parts: string[] = [];
  const bands = (s: Settings) => s.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(", ");
  if (bands(before) !== bands(after)) parts.push(`bands ${bands(before)} → ${bands(after)}`);
  if (JSON.stringify(before.riskRag) !== JSON.stringify(after.riskRag))
    parts.push(`risk RAG ${JSON.stringify(after.riskRag)}`);
  if (before.issueRag.join() !== after.issueRag.join()) parts.push(`issue RAG ${after.issueRag.join(", ")}`);
  if (before.escalationThreshold !== after.escalationThreshold)
    parts.push(`escalation threshold ${before.escalationThreshold} → ${after.escalationThreshold}`);
  if (before.likelihoodLevels.join() !== after.likelihoodLevels.join())
    parts.push(`likelihood levels ${after.likelihoodLevels.map((n, i) => `${i + 1} ${n}`).join(", ")}`);
  if (JSON.stringify(before.paper) !== JSON.stringify(after.paper))
    parts.push(
      `paper ${after.paper.typeface} ${after.paper.fontSize} pt${after.paper.reference ? `, reference ${after.paper.reference}` : ""}${before.paper.classification !== after.paper.classification ? ", classification line" : ""}`,
    );
  after.registers.forEach((r) => {
    const b = before.registers.find((x) => x.id === r.id);
    if (b && (b.name !== r.name || b.numberFormat !== r.numberFormat))
      parts.push(`register ${b.name} → ${r.name} (${r.numberFormat})`);
    const sets = (x: readonly string[] | undefined) => (x ?? ["current"]).join(", ");
    if (b && sets(b.scoreSets) !== sets(r.scoreSets))
      parts.push(`${r.name} shows ${sets(r.scoreSets)} scores`);
    if (b && sets(b.printedScores) !== sets(r.printedScores))
      parts.push(`${r.name}'s paper prints ${sets(r.printedScores)} scores`);
  });
  if (JSON.stringify(before.appetite) !== JSON.stringify(after.appetite))
    parts.push(
      `appetite ${
        Object.entries(after.appetite)
          .map(([c, b]) => `${c} ${b}`)
          .join(", ") || "none set"
      }`,
    );
  if (JSON.stringify(before.reviewCadence) !== JSON.stringify(after.reviewCadence))
    parts.push(
      `review every ${Object.entries(after.reviewCadence)
        .map(([b, n]) => `${b} ${n} month(s)`)
        .join(", ")}`,
    );
  return parts.join("; ") || "no change";
}

export async function saveSettings(
  host: ExcelHost,
  candidate: unknown,
  now = new Date(),
  /** The settings the view showed when the user began editing: a co-author's change since is not overwritten. */
  loaded?: Settings,
): Promise<SettingsSaveResult> {
  const valid = validateSettings(candidate);
  if (!valid.ok) return { status: "invalid", errors: valid.errors };
  const settings = valid.settings;
  const state = await readWorkbookState(host);
  const before = state.settings.settings;
  if (loaded && JSON.stringify(loaded) !== JSON.stringify(before))
    return {
      status: "changed",
      message: `Someone changed the settings since you opened them (${describeChanges(loaded, before)}). Nothing was saved: the view now shows the stored settings; make your change again and save.`,
      current: before,
    };
  // Registers are matched by id, never by position. Adding and removing one has its own plan and batch
  // (src/excel/registerList.ts): it creates a sheet and a table, which a save of the policy does not.
  const ids = (s: Settings) => s.registers.map((r) => r.id).join("\n");
  if (state.settings.state !== "absent" && ids(settings) !== ids(before))
    return {
      status: "invalid",
      errors: ["Registers are added and removed in the Registers section, not by saving the settings."],
    };
  if (
    settings.registers.some((r) => {
      const b = before.registers.find((x) => x.id === r.id);
      return b && (r.sheet !== b.sheet || r.table !== b.table || r.kind !== b.kind || r.role !== b.role);
    })
  ) {
    return {
      status: "invalid",
      errors: ["A register's sheet, table, kind and role cannot be changed here."],
    };
  }
  // The registers first, the stored settings and the audit row last and together: a save cut short
  // leaves the old settings stored, so the retry describes and audits the same change a clean save does.
  const writes: PlannedWrite[] = [];
  const scoreSummaries: string[] = [];
  let formulas = 0;
  for (const snapshot of state.registers) {
    const mapping = registerMapping(snapshot.headers, snapshot.def);
    const columns: Partial<Record<ColumnKey, number>> = {};
    const letters: ColumnLetters = {};
    for (const [k, i] of Object.entries(mapping.columns) as Array<[ColumnKey, number]>) {
      columns[k] = snapshot.left + i;
      letters[k] = columnLetters(snapshot.left + i);
    }
    // Inherent and target scores turned on or off: columns added (blank, so every row takes the
    // formulas) or shown, or hidden, before the formulas and governance below reach them.
    const after = settings.registers.find((r) => r.id === snapshot.def.id) ?? snapshot.def;
    const scorePlan = planScoreColumns(
      snapshot,
      columns,
      before.registers.find((r) => r.id === snapshot.def.id),
      after,
      settings,
    );
    writes.push(...scorePlan.writes);
    scoreSummaries.push(...scorePlan.summary);
    const fresh = new Set<number>();
    for (const [k, col] of Object.entries(scorePlan.added) as Array<[ColumnKey, number]>) {
      columns[k] = col;
      letters[k] = columnLetters(col);
      fresh.add(col);
    }
    const isFormulaCell = formulaTest(
      snapshot.formulaCells,
      snapshot.top + 1,
      snapshot.left,
      snapshot.values,
    );
    const isFormula = (row: number, col: number) => fresh.has(col) || isFormulaCell(row, col);
    const rows = snapshot.values.length;
    const keys = Object.keys(computedFormulas(snapshot.def.kind, letters, 1, settings)) as ColumnKey[];
    for (const key of keys) {
      const col = columns[key];
      if (col === undefined) continue;
      // Runs of formula cells: typed values in between are kept.
      let run: { top: number; formulas: string[][] } | null = null;
      const flush = () => {
        if (!run) return;
        const r = run;
        writes.push(
          formulasWrite(
            snapshot.sheet,
            rangeAddress({ top: r.top, bottom: r.top + r.formulas.length - 1, left: col, right: col }),
            r.formulas,
          ),
        );
        formulas += r.formulas.length;
        run = null;
      };
      const kept: Array<{ row: number; value: CellValue }> = [];
      const formulasBefore = formulas;
      for (let i = 0; i < rows; i++) {
        const sheetRow = snapshot.top + 1 + i;
        if (!isFormula(sheetRow, col)) {
          kept.push({ row: sheetRow, value: snapshot.values[i]?.[col - snapshot.left] ?? null });
          flush();
          continue;
        }
        const f = computedFormulas(snapshot.def.kind, letters, sheetRow + 1, settings)[key as "rag"]!;
        if (!run) run = { top: sheetRow, formulas: [] };
        (run as { formulas: string[][] }).formulas.push([f]);
      }
      flush();
      // Excel may fill the new formula over the column's typed values: they are written back.
      if (formulas > formulasBefore && kept.length)
        writes.push(...keptValueWrites(snapshot.sheet, col, kept));
    }
    writes.push(
      queuedWrite(4096, (c) =>
        queueGovernance(
          c.workbook.worksheets.getItem(snapshot.sheet),
          {
            kind: snapshot.def.kind,
            headerRow: snapshot.top,
            lastRow: snapshot.top + Math.max(1, rows),
            columns,
          },
          settings,
        ),
      ),
    );
  }
  const summary = [describeChanges(before, settings), ...scoreSummaries]
    .filter((x, i) => i === 0 || x)
    .join("; ")
    .replace(/^no change; /, "");
  writes.push(
    queuedWrite(estimateBytes(settings) * 2 + 1024, (c) => {
      queueSettingsWrite(c, settings, state.settings.state !== "absent");
      // Saving what is already stored (a retry after a lost reply) changes nothing worth an audit row.
      if (summary !== "no change" || state.settings.state === "absent")
        queueAuditOrCreate(
          c,
          state.tableNames.has(AUDIT_TABLE.toLowerCase()),
          state.tableNames.has(AUDIT_TABLE.toLowerCase()),
          { action: "Change settings", register: "(all)", summary },
          now,
        );
    }),
  );
  try {
    const syncs = await host.run((context) => applyWrites(context, writes));
    return { status: "saved", formulas, syncs: syncs + 2 };
  } catch (e) {
    return {
      status: "failed",
      message: `Saving the settings stopped part way (${(e as Error).message}). Save them again: every step is repeated safely.`,
    };
  }
}
