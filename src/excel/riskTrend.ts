// One entry's history across the published baselines, for the Edit view's trend chart. Three syncs
// however many baselines or rows there are: how far the baselines sheet reaches, its index (columns A:E
// and G only, so no baseline text), then the chunks of every month's newest baseline together.
import type { CellValue } from "../domain/register";
import { onePerMonth, riskHistory, type CurrentEntry, type TrendPoint } from "../domain/trend";
import type { Baseline } from "../domain/baseline";
import {
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
 * Three syncs; only baselines over 5 MB together fall back to reading them one at a time.
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

/** Every chosen baseline's chunks in one sync; past the response limit, one baseline at a time. */
async function readAll(context: Excel.RequestContext, chosen: readonly BaselineInfo[]): Promise<Decoded[]> {
  const reads = chosen.map((info) => queueBaselineRead(context, info));
  try {
    await context.sync();
    return reads.map((read) => read());
  } catch (e) {
    if (!isTooLarge(e)) throw e;
  }
  const out: Decoded[] = [];
  // One baseline at a time (each one sync, or windows past 3 MB): only histories over 5 MB come here.
  for (const info of chosen) out.push(await readBaselineChunks(context, info));
  return out;
}
