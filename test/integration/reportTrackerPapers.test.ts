/**
 * Issue 15's "done means": both papers' "2.1 DCC reporting" tables rebuilt from the tracker in the
 * workbook, with the same rows and texts. The rows of 001 (SECP_61_1210_19, Ops Group September 2018)
 * and 004 (OCR'd, December 2018; corrections listed in test/fixtures/dccReporting.ts) are typed into the
 * tracker as a secretariat would keep them (received dates, Reviewed In, a Delivery Note where the paper
 * uses its own words), the table is built by the add-in, and the built sheet's cells are compared with
 * the paper. Then 001's tracker is carried to December by the add-in's own new month, and its December
 * paper has 004's periods.
 */
import { serialFromDate } from "../../src/domain/dates";
import { defaultPeriodWords } from "../../src/domain/reporting/reportTable";
import type { Day } from "../../src/domain/reporting/types";
import {
  addNextMonth,
  buildReportTable,
  createReportTracker,
  readReportTracker,
  type NewTrackerRow,
} from "../../src/excel/reportTracker";
import { REPORT_TABLE_SHEET, TRACKER_HEADERS, TRACKER_SHEET } from "../../src/excel/reportTrackerLayout";
import { Simulator } from "../../src/workbench/simulator/simulator";
import {
  dcc001,
  dcc004,
  nth,
  trackerRowsOf,
  type DccReportingPaper,
  type DccReportingRow,
} from "../fixtures/dccReporting";
import { cellValue } from "../helpers/workbooks";

/**
 * What the secretariat recorded for a row beyond the paper's words: the day the report came (001's PMR
 * by 5 September, its due day; the CSR report on Monday 17 September, after its Friday deadline), or the
 * paper's own status words as the row's Delivery Note where the tracker would compute others (with the
 * received day where the words say when: 001's SR report "Received on time." by its due day): a report
 * the SEC gives no timing for that the group still called "On Time" (RDP), words of the group's own
 * ("Received on time.", "Not received due to timing of OPSG December meeting"), "No report to review
 * this month" for 004's quarterlies, and a dash for 004's SR report, printed with no status words.
 */
interface Kept {
  received?: Day;
  note?: string;
}

function kept(row: DccReportingRow): Kept {
  if (row.computed?.kind === "onTime" && row.secReference === "SEC H13.4")
    return { received: { year: 2018, month: 9, day: 4 } };
  if (row.computed?.kind === "late") return { received: { year: 2018, month: 9, day: 17 } };
  if (row.computed?.kind === "nothingThisMonth") return {};
  if (row.status === null) return { note: "—" };
  // 001's SR report, "Received on time.": by its due day, Friday 14 September.
  if (row.status === "Received on time.")
    return { note: row.status, received: { year: 2018, month: 9, day: 14 } };
  return { note: row.status };
}

/** A paper's rows as the tracker keeps them. */
function trackerRows(paper: DccReportingPaper): NewTrackerRow[] {
  const paperMonth = { year: paper.paperYear, month: paper.paperMonth };
  return paper.rows.map((row, i) => {
    const period = { year: row.periodYear, month: row.periodMonth };
    const words = `${row.periodPrefix}${row.period}`;
    // The paper's period words, where they are not what the tracker prints by default.
    const printed = words === defaultPeriodWords(nth(trackerRowsOf(paper), i)) ? undefined : words;
    const { received, note } = kept(row);
    return {
      report: row.report,
      month: period,
      // A monthly report is reviewed in this paper (004's SR report for September too); a quarterly
      // report in the month after its quarter, so this paper has nothing of it to review.
      reviewedIn:
        row.frequency === "monthly"
          ? paperMonth
          : { year: row.periodYear + Math.floor(row.periodMonth / 12), month: (row.periodMonth % 12) + 1 },
      frequency: row.frequency,
      delivery: row.deliveryText,
      ...(printed !== undefined ? { printedPeriod: printed } : {}),
      ...(received ? { received } : {}),
      ...(note ? { deliveryNote: note } : {}),
      contentReference: row.contentReference,
      content: row.content,
      observations: row.observations,
    };
  });
}

/** The built table's body, as the sheet holds it. */
function builtTable(sim: Simulator) {
  const rows: Array<{ report: unknown; delivery: unknown; content: unknown; observations: unknown }> = [];
  for (let r = 3; cellValue(sim, REPORT_TABLE_SHEET, r, 1) !== null; r++)
    rows.push({
      report: cellValue(sim, REPORT_TABLE_SHEET, r, 0),
      delivery: cellValue(sim, REPORT_TABLE_SHEET, r, 1),
      content: cellValue(sim, REPORT_TABLE_SHEET, r, 2),
      observations: cellValue(sim, REPORT_TABLE_SHEET, r, 3),
    });
  return rows;
}

const oneLine = (text: unknown) => String(text).replace(/\s*\n+\s*/g, " ");

async function rebuilt(paper: DccReportingPaper, now: Date) {
  const sim = new Simulator();
  const created = await createReportTracker(sim.host, trackerRows(paper), now);
  expect(created).toMatchObject({ status: "done", rows: paper.rows.length });
  const built = await buildReportTable(sim.host, now);
  if (built.status !== "done") throw new Error(built.message);
  expect(built.month).toEqual({ year: paper.paperYear, month: paper.paperMonth });
  return { sim, built };
}

describe("the papers' DCC reporting tables, rebuilt from the tracker in the workbook", () => {
  test("001 (September 2018): every cell as printed, the CSR report one Working Day late computed", async () => {
    const { sim, built } = await rebuilt(dcc001, new Date(2018, 8, 20));
    const table = builtTable(sim);
    expect(
      table.map((row) => ({
        report: oneLine(row.report),
        delivery: oneLine(row.delivery),
        content: oneLine(row.content),
        observations: oneLine(row.observations),
      })),
    ).toEqual(dcc001.printed);
    // The status words came from the rule and the received dates where the paper's are the tracker's.
    const status = TRACKER_HEADERS.indexOf("Status");
    expect(cellValue(sim, TRACKER_SHEET, 1, status)).toBe("On Time");
    expect(cellValue(sim, TRACKER_SHEET, 5, status)).toBe("Received one Working Day late");
    expect(built.lateOrOverdue).toEqual([
      "The CSR Variance Report – August 2018 was received one Working Day late.",
    ]);
    // The observations keep their paragraphs in the cell.
    expect(String(nth(table, 0).observations).split("\n")).toHaveLength(4);
  });

  test("004 (December 2018): every row and (corrected) text as the paper has it", async () => {
    const { sim } = await rebuilt(dcc004, new Date(2018, 11, 12));
    const table = builtTable(sim);
    expect(table).toHaveLength(dcc004.rows.length);
    table.forEach((row, i) => {
      const f = nth(dcc004.rows, i);
      expect(row.report).toBe(`${f.report} ${f.periodPrefix}${f.period}`.trim());
      expect(row.delivery).toBe(f.status === null ? f.deliveryText : `${f.status}\n\n${f.deliveryText}`);
      const content = [f.contentReference, f.content].filter((t) => t !== "").join("\n\n");
      // A quarterly report with nothing this month and no content prints "n/a", as 004 does.
      expect(row.content).toBe(content === "" ? "n/a" : content);
      expect(row.observations).toBe(f.observations);
    });
    expect(nth(table, 5).report).toBe(
      "Service Request (SR) Variance Reporting — September 2018 (October and November reports yet to be published)",
    );
  });

  test("001's tracker carried to December by the add-in's new month has 004's periods", async () => {
    const sim = new Simulator();
    await createReportTracker(sim.host, trackerRows(dcc001), new Date(2018, 8, 20));
    const added = await addNextMonth(sim.host, new Date(2018, 11, 10));
    expect(added).toMatchObject({
      status: "done",
      paperMonths: [10, 11, 12].map((month) => ({ year: 2018, month })),
    });
    const built = await buildReportTable(sim.host, new Date(2018, 11, 10));
    if (built.status !== "done") throw new Error(built.message);
    expect(built.month).toEqual({ year: 2018, month: 12 });
    const state = await readReportTracker(sim.host);
    const december = state.rows.filter(
      (r) => r.row && r.cells.reviewedIn === serialFromDate({ year: 2018, month: 12, day: 1 }),
    );
    // 004 prints its SR report for September ("October and November reports yet to be published"):
    // the tracker's December paper has November's, as the rule gives.
    const periods = dcc004.rows.map((row, i) =>
      i === 5 ? [row.report, 2018, 11] : [row.report, row.periodYear, row.periodMonth],
    );
    const quarterlies = periods.filter((_, i) => nth(dcc004.rows, i).frequency === "quarterly");
    expect(december.map((r) => [r.row!.obligation.report, r.row!.period.year, r.row!.period.month])).toEqual(
      periods.filter((p) => !quarterlies.includes(p)),
    );
    // The quarterlies' row for the quarter to September was made for October's paper; December's
    // prints it with nothing to review.
    expect(built.rows.map((row) => row.report.split(" ")[0])).toEqual(
      dcc004.rows.map((r) => r.report.split(" ")[0]),
    );
    expect(nth(built.rows, 1).delivery).toMatch(/^Quarterly report\. Nothing to review this month/);
  });
});
