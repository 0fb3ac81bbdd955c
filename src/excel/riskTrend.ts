// One entry's history across the published baselines, for the Edit view's trend chart. Three syncs
// while the baselines fit one response: how far the baselines sheet reaches, its index (columns A:E
// and G only, so no baseline text), then the chunks of every month's newest baseline together.
import type { CellValue } from "../domain/register";
import { onePerMonth, riskHistory, type CurrentEntry, type TrendPoint } from "../domain/trend";
import type { Baseline } from "../domain/baseline";
import {
  baselineReadRows,
  CHUNK_ROWS_PER_SYNC,
  queueBaselineExtent,
  queueBaselineIndex,
  queueBaselineRead,
  readBaselineChunks,
  type BaselineInfo,
} from "./baselineStore";
import type { ExcelHost } from "./host";
import { isTooLarge } from "./readGrid";

/** Months of history the chart shows by default: a year of monthly papers. */
export const TREND_MONTHS = 12;

export interface RiskHistory {
  /** Oldest first: one per month's paper (its newest version), then the entry now when given. */
  points: TrendPoint[];
  /** Labels of baselines that could not be read back (damaged): left out of the history. */
  skipped: string[];
}

/**
 * The history of entry `number` of register `registerId` over the last `months` months' papers (the
 * newest version of each), with `current` (the entry as the Edit view holds it) as the last point.
 * Three syncs while the chosen baselines together fit one response (about 3.5 MB); past that, one more
 * sync per response's worth.
 */
export async function readRiskHistory(
  host: ExcelHost,
  registerId: string,
  number: CellValue,
  options: { months?: number; current?: CurrentEntry } = {},
): Promise<RiskHistory> {
  return host.run(async (context) => {
    const extent = queueBaselineExtent(context);
    await context.sync();
    const rows = extent();
    const index = queueBaselineIndex(context, rows);
    if (rows > 1) await context.sync(); // no index to read when the sheet is missing or empty
    const chosen = onePerMonth(index(), options.months ?? TREND_MONTHS);
    const results = chosen.length ? await readAll(context, chosen) : [];
    const baselines: Baseline[] = [];
    const skipped: string[] = [];
    results.forEach((r, i) => (r.ok ? baselines.push(r.baseline) : skipped.push(chosen[i]!.label)));
    return { points: riskHistory(registerId, number, baselines, options.current), skipped };
  });
}

type Decoded = { ok: true; baseline: Baseline } | { ok: false; error: string };

/**
 * The chosen baselines' chunks, as many baselines a sync as stay under the response budget (all of
 * them in one sync unless together they pass CHUNK_ROWS_PER_SYNC rows); a baseline larger than that
 * alone is read in windows. Excel's refusal is still caught, for chunks longer than planned.
 */
async function readAll(context: Excel.RequestContext, chosen: readonly BaselineInfo[]): Promise<Decoded[]> {
  const out: Decoded[] = [];
  for (const group of syncGroups(chosen)) {
    if (group.length === 1 && baselineReadRows(group[0]!) > CHUNK_ROWS_PER_SYNC) {
      out.push(await readBaselineChunks(context, group[0]!));
      continue;
    }
    const reads = group.map((info) => queueBaselineRead(context, info));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group, planned by size
      await context.sync();
      out.push(...reads.map((read) => read()));
    } catch (e) {
      if (!isTooLarge(e)) throw e;

      for (const info of group) out.push(await readBaselineChunks(context, info));
    }
  }
  return out;
}

/** Consecutive baselines grouped so that each group's rows stay within one sync's budget. */
function syncGroups(chosen: readonly BaselineInfo[]): BaselineInfo[][] {
  const groups: BaselineInfo[][] = [];
  let rows = Infinity;
  for (const info of chosen) {
    const n = baselineReadRows(info);
    if (rows + n > CHUNK_ROWS_PER_SYNC) {
      groups.push([]);
      rows = 0;
    }
    groups[groups.length - 1]!.push(info);
    rows += n;
  }
  return groups;
}
