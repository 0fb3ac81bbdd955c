// Fault injection for writing commands: run a command with its n-th sync failing (before, midway or
// after Excel applied it), retry it as the user would, and compare the workbook with a clean run's.
import type { FailureMode, Simulator } from "../../src/workbench/simulator/simulator";
import { toJson } from "../../src/workbench/simulator/workbookJson";

export const MODES: readonly FailureMode[] = ["before", "midway", "after"];

/** A user's attempt at a command: "done" when the add-in reported success (or "nothing to do"). */
export type Attempt = "done" | "failed";

export interface FaultScenario {
  name: string;
  /** The workbook the command starts from (a fresh one each call). */
  setup: () => Promise<Simulator>;
  /**
   * The command as the user runs it, preview included where it has one, with the fixed clock.
   * Returns "done" when the add-in told the user it succeeded.
   */
  run: (sim: Simulator) => Promise<Attempt>;
  /** A retry that needs a step the first attempt did not (e.g. reading the row again): defaults to run. */
  retry?: (sim: Simulator) => Promise<Attempt>;
}

/** Everything a user could see or Excel keeps, formula results as values, in a stable order. */
export function normalizedWorkbook(sim: Simulator): unknown {
  const json = toJson(sim.model);
  return json.sheets.map((s) => {
    const model = sim.model.sheetByName(s.name)!;
    return {
      ...s,
      numberFormats: [...model.cells.entries()]
        .filter(([, c]) => c.numberFormat && c.numberFormat !== "General")
        .map(([k, c]) => [k, c.numberFormat])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
      validations: model.validations.map((v) => [v.range, v.rule]),
      conditionalFormats: model.conditionalFormats.map((c) => [c.range, c.text, c.fill]),
      merges: model.merges,
    };
  });
}

/** The audit log's data rows (header left out), as the grid shows them. */
export function auditRows(sim: Simulator): unknown[][] {
  const table = sim.model.tableByName("AuditLog");
  if (!table) return [];
  const sheet = sim.model.sheetById(table.sheetId)!;
  const rows: unknown[][] = [];
  for (let r = table.range.top + 1; r <= table.range.bottom; r++) {
    const row: unknown[] = [];
    for (let c = table.range.left; c <= table.range.right; c++) row.push(sheet.cell(r, c)?.value ?? null);
    rows.push(row);
  }
  return rows;
}

/** Turns a thrown error into a failed attempt, as the views do. */
export async function attempt(f: () => Promise<Attempt>): Promise<Attempt> {
  try {
    return await f();
  } catch {
    return "failed";
  }
}

/** The syncs a clean run of the scenario makes (set-up excluded). */
export async function syncsOf(s: FaultScenario): Promise<number> {
  const sim = await s.setup();
  sim.resetCounters();
  const result = await s.run(sim);
  if (result !== "done") throw new Error(`${s.name}: a clean run did not finish`);
  return sim.syncCount;
}

export interface FaultOutcome {
  n: number;
  mode: FailureMode;
  first: Attempt;
  retry: Attempt;
  /** Where the workbook differs from a clean run's (at most a few places). */
  differences: string[];
  /** The audit rows beyond or missing from a clean run's. */
  auditDifferences: string[];
}

/** The first few places two normalized workbooks differ, as "Sheet!A1: clean → this run". */
export function differencesBetween(clean: unknown, other: unknown, limit = 6): string[] {
  const flat = (w: unknown) => {
    const out = new Map<string, string>();
    for (const s of w as Array<Record<string, unknown>>) {
      const { cells, name, ...rest } = s as { cells: Record<string, unknown>; name: string };
      out.set(`${name}!(sheet)`, JSON.stringify(rest));
      for (const [a, c] of Object.entries(cells)) out.set(`${name}!${a}`, JSON.stringify(c));
    }
    return out;
  };
  const a = flat(clean);
  const b = flat(other);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((k) => a.get(k) !== b.get(k))
    .slice(0, limit)
    .map((k) => `${k}: ${(a.get(k) ?? "absent").slice(0, 120)} → ${(b.get(k) ?? "absent").slice(0, 120)}`);
}

function auditDifferences(clean: unknown[][], other: unknown[][]): string[] {
  const text = (r: unknown[]) => r.map(String).join(" | ").slice(0, 160);
  const a = clean.map(text);
  const b = other.map(text);
  return [
    ...b.filter((r, i) => a[i] !== r).map((r) => `extra or different: ${r}`),
    ...a.slice(b.length).map((r) => `missing: ${r}`),
  ];
}

/**
 * For every sync of a clean run and every failure mode: fail it, retry once, and compare with the clean
 * run. Returns one outcome per case, so a test's failure names the sync and mode.
 */
export async function injectFaults(s: FaultScenario): Promise<{ syncs: number; outcomes: FaultOutcome[] }> {
  const clean = await s.setup();
  if ((await s.run(clean)) !== "done") throw new Error(`${s.name}: a clean run did not finish`);
  const expected = normalizedWorkbook(clean);
  const expectedAudit = auditRows(clean);
  const syncs = await syncsOf(s);
  const outcomes: FaultOutcome[] = [];
  for (let n = 1; n <= syncs; n++)
    for (const mode of MODES) {
      const sim = await s.setup();
      sim.resetCounters();
      sim.failSync(n, mode);
      const first = await attempt(() => s.run(sim));
      const retry = await attempt(() => (s.retry ?? s.run)(sim));
      outcomes.push({
        n,
        mode,
        first,
        retry,
        differences: differencesBetween(expected, normalizedWorkbook(sim)),
        auditDifferences: auditDifferences(expectedAudit, auditRows(sim)),
      });
    }
  return { syncs, outcomes };
}

/** What every case must show: the failure reported, the retry finished, nothing different from clean. */
export function expectedOutcomes(outcomes: readonly FaultOutcome[]): FaultOutcome[] {
  return outcomes.map((o) => ({
    ...o,
    first: "failed",
    retry: "done",
    differences: [],
    auditDifferences: [],
  }));
}
