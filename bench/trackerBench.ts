// The DCC reporting tracker's commands (issue 15) for bench/run.ts: Create, a new month, a report
// recorded as received, the report's table built, and the pane's list, on trackers of N rows. The rows
// are the seven obligations of the seed paper 001's "2.1 DCC reporting" table (their Delivery per SEC
// words, content references, content and observations verbatim, test/fixtures/dccReporting.ts), kept
// paper month after paper month as a committee keeps them: each paper the four monthly reports, and in
// the month after a quarter the three quarterly ones too, every report received (on the 14th of the
// month after its period) but the latest paper's. The latest paper month is November 2026; "now" is 3
// December 2026, so December's has begun and a new month adds its four monthly reports. The tracker is
// made by createReportTracker itself, so it is the DccReporting table on "DCC Reporting" with the layout
// of src/excel/reportTrackerLayout.ts.
import { dcc001 } from "../test/fixtures/dccReporting";
import {
  addNextMonth,
  buildReportTable,
  createReportTracker,
  listReportTracker,
  recordReceived,
  type Month,
  type NewTrackerRow,
} from "../src/excel/reportTracker";
import { Simulator } from "../src/workbench/simulator/simulator";

/**
 * The largest tracker benched: ten reports kept for 20 years is 2,400 rows, so 5,000 is more than any
 * committee keeps (and its whole-table read stays well inside a 5 MB response). Larger bench sizes are
 * run at this size, once.
 */
export const TRACKER_CAP = 5000;

/** The fixed day the commands run on (local time). */
const NOW = new Date(2026, 11, 3, 10, 0);
/** The latest paper month the tracker holds; "now" is in the next, so a new month adds December's. */
const LAST_PAPER: Month = { year: 2026, month: 11 };
/** The variance reports' period the new month adds (the December 2026 paper's). */
const NEW_PERIOD: Month = { year: 2026, month: 11 };

const monthAt = (index: number): Month => ({ year: Math.floor(index / 12), month: (index % 12) + 1 });
const indexOf = (m: Month) => m.year * 12 + m.month - 1;

/**
 * One paper month's rows, in the paper's order, as 001 has September 2018's: the Performance
 * Measurement Report two months back, the other monthly reports the month before, and the quarterly
 * ones in the month after their quarter ends (src/domain/reporting/newMonth.ts).
 */
function paperRows(paper: Month, received: boolean): NewTrackerRow[] {
  const p = indexOf(paper);
  const quarterly = monthAt(p - 1).month % 3 === 0; // the month before the paper ends a quarter
  return dcc001.rows
    .filter((o) => o.frequency === "monthly" || quarterly)
    .map((o) => {
      const month = monthAt(o.secReference === "SEC H13.4" ? p - 2 : p - 1);
      const after = monthAt(indexOf(month) + 1);
      return {
        report: o.report,
        month,
        reviewedIn: paper,
        frequency: o.frequency,
        delivery: o.deliveryText,
        contentReference: o.contentReference,
        content: o.content,
        observations: o.observations,
        received: received ? { year: after.year, month: after.month, day: 14 } : null,
      };
    });
}

/** The tracker's last n rows, paper month after paper month up to LAST_PAPER (its first may be cut). */
export function trackerRows(n: number): NewTrackerRow[] {
  const papers: NewTrackerRow[][] = [];
  let count = 0;
  for (let i = indexOf(LAST_PAPER); count < n; i--) {
    const rows = paperRows(monthAt(i), i !== indexOf(LAST_PAPER));
    papers.unshift(rows);
    count += rows.length;
  }
  return papers.flat().slice(count - n);
}

/** The tracker sizes for the bench's sizes: each capped at TRACKER_CAP, each run once. */
export function trackerSizes(sizes: readonly number[]): number[] {
  return [...new Set(sizes.map((s) => Math.min(s, TRACKER_CAP)))];
}

type Measured = { syncs: number; failed: string | null };

/**
 * Runs the five commands on a tracker of `size` rows, each measured on its own (`measure` resets the
 * simulator's counters first). Returns where a command's own sync count (its result's `syncs`) differs
 * from the simulator's, for the summary.
 */
export async function trackerCommandsAt<M extends Measured>(
  size: number,
  measure: (sim: Simulator, run: () => Promise<unknown>) => Promise<M>,
  push: (command: string, m: M) => void,
): Promise<string[]> {
  const mismatches: string[] = [];
  const sim = new Simulator();
  /** Measures one command; `run` throws when it did not do its work, else gives the syncs it says it took. */
  const step = async (command: string, run: () => Promise<number | null>) => {
    const said: { syncs: number | null } = { syncs: null };
    const m = await measure(sim, async () => {
      said.syncs = await run();
    });
    if (said.syncs !== null && said.syncs !== m.syncs)
      mismatches.push(`${command} at ${size}: says ${said.syncs} syncs, the simulator counted ${m.syncs}`);
    push(command, m);
    return m;
  };
  const reports = dcc001.rows.length;

  const create = await step("Tracker create", async () => {
    const r = await createReportTracker(sim.host, trackerRows(size), NOW);
    if (r.status !== "done") throw new Error(r.message);
    if (r.rows !== size) throw new Error(`created ${r.rows} rows, not ${size}`);
    return r.syncs;
  });
  // Without a tracker the other commands only refuse: nothing more to measure at this size.
  if (create.failed) return mismatches;

  let added = 0;
  await step("Tracker new month", async () => {
    const r = await addNextMonth(sim.host, NOW);
    if (r.status !== "done") throw new Error(r.message);
    // At least the four monthly reports for November (the quarterly ones' September rows are there).
    if (r.added.length < 4) throw new Error(`added ${r.added.length} rows: ${r.message}`);
    added = r.added.length;
    return r.syncs;
  });

  // The CSR Variance Report for November 2026 (a month just added), received on 2 December.
  const csr = dcc001.rows[4]!.report;
  await step("Tracker record received", async () => {
    const r = await recordReceived(sim.host, csr, NEW_PERIOD, { year: 2026, month: 12, day: 2 }, NOW);
    if (r.status !== "done") throw new Error(r.message);
    return r.syncs;
  });

  // The latest paper's table: every one of the seven reports once, as 001 prints them.
  await step("Tracker build table", async () => {
    const r = await buildReportTable(sim.host, NOW);
    if (r.status !== "done") throw new Error(r.message);
    if (r.rows.length !== reports) throw new Error(`the table has ${r.rows.length} rows, not ${reports}`);
    return r.syncs;
  });

  await step("Tracker list", async () => {
    const r = await listReportTracker(sim.host, NOW);
    if (!r.exists) throw new Error("no tracker listed");
    if (r.rows !== size + added) throw new Error(`listed ${r.rows} rows, not ${size + added}`);
    // The latest paper's seven reports, then any earlier one still overdue (October's, not received).
    if (r.latest.length < reports)
      throw new Error(`listed ${r.latest.length} reports, not ${reports} or more`);
    return null; // the list does not say how many syncs it took
  });
  return mismatches;
}
