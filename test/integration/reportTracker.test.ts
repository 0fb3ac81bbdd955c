/**
 * The DCC reporting tracker (issue 15) against the simulated workbook: created with the obligations of
 * the Sub-Committee Report's "2.1 DCC reporting" table (../shared/seeds/001_00ee6edd6f4261a8.txt, lines
 * 23–170, each cell's lines joined), a new month across a year end (twice: no new rows), the CSR report
 * received one Working Day late, the report's table built print-ready, the syncs at 5 and 500 rows, and
 * text that looks like a number or a date kept as text.
 */
import {
  addNextMonth,
  buildReportTable,
  createReportTracker,
  listReportTracker,
  readReportTracker,
  recordReceived,
  type NewTrackerRow,
} from "../../src/excel/reportTracker";
import {
  HOLIDAYS_SHEET,
  REPORT_TABLE_SHEET,
  TRACKER_HEADERS,
  TRACKER_SHEET,
} from "../../src/excel/reportTrackerLayout";
import { readFileSync } from "node:fs";
import path from "node:path";
import { serialFromDate } from "../../src/domain/dates";
import { applyActionImport, previewActionImport } from "../../src/excel/actionLog";
import { AUDIT_SHEET } from "../../src/excel/layout";
import { createRegisters } from "../../src/excel/createRegisters";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { expectedOutcomes, injectFaults, type Attempt, type FaultScenario } from "../helpers/faults";
import { cellValue } from "../helpers/workbooks";

/** The seed's Delivery per SEC texts, verbatim (001, lines 32–35, 69–73, 133–135, 144–145). */
const PMR = "Performance Measurement Report";
const PMR_DELIVERY = "SEC H13.4 – Monthly 25 working days following end of month.";
const HUB = "DCC Responsible Communications Hub Returns Report";
const HUB_DELIVERY =
  "SEC F9.15– Quarterly. The SEC does not prescribe when after end of quarter, the report is provided.";
const CSR = "Certificate Signing Request (CSR) Variance Report";
const CSR_DELIVERY = "SEC L8.9 – 10th Working Day following month end.";
const SR = "Service Request (SR) Variance Reporting";
const SR_DELIVERY = "SEC H3.24 – 10th working day of month";

type Month = { year: number; month: number };
const monthAt = (m: Month, n: number): Month => {
  const i = m.year * 12 + m.month - 1 + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
};

/**
 * The rows of one Ops Group paper month, as 001 has them for September 2018: the Performance Measurement
 * Report two months back (due 25 working days after month end), the variance reports the month before,
 * the quarterly report its last quarter's (reviewed the month after the quarter).
 */
const obligations = (paper: Month): NewTrackerRow[] => {
  const last = monthAt(paper, -1);
  const quarter = monthAt(last, -(last.month % 3));
  return [
    {
      report: PMR,
      month: monthAt(paper, -2),
      reviewedIn: paper,
      frequency: "monthly",
      delivery: PMR_DELIVERY,
      contentReference: "Per SEC H13.1. & L8.6",
    },
    {
      report: HUB,
      month: quarter,
      reviewedIn: monthAt(quarter, 1),
      frequency: "quarterly",
      delivery: HUB_DELIVERY,
      contentReference: "n/a",
    },
    {
      report: CSR,
      month: last,
      reviewedIn: paper,
      frequency: "monthly",
      delivery: CSR_DELIVERY,
      contentReference: "Per SEC L8.9(a),",
      // Text that Excel would read as a number, and an action number it would read as a date.
      content: "407,397",
      actions: ["12/03"],
    },
    {
      report: SR,
      month: last,
      reviewedIn: paper,
      frequency: "monthly",
      delivery: SR_DELIVERY,
      contentReference: "Per SEC H3.24.",
    },
  ];
};

const DEC_2018 = { year: 2018, month: 12 };
const NOV_2018 = { year: 2018, month: 11 };
const SEP_2018 = { year: 2018, month: 9 };
/** A day in February 2019: the January and February papers' months have begun, March's has not. */
const FEB_2019 = new Date(2019, 1, 20, 10, 0);
const col = (header: string) => TRACKER_HEADERS.indexOf(header);

/** The tracker's body as the grid holds it, by header. */
function trackerRows(sim: Simulator) {
  const sheet = sim.model.sheetByName(TRACKER_SHEET)!;
  const rows: Array<Record<string, unknown>> = [];
  for (let r = 1; cellValue(sim, TRACKER_SHEET, r, 0) !== null; r++)
    rows.push(Object.fromEntries(TRACKER_HEADERS.map((h, c) => [h, sheet.cell(r, c)?.value ?? null])));
  return rows;
}

/** The audit log's rows (its six texts each), below its header. */
function auditRows(sim: Simulator): string[][] {
  const rows: string[][] = [];
  for (let r = 1; cellValue(sim, AUDIT_SHEET, r, 0) !== null; r++)
    rows.push([0, 1, 2, 3, 4, 5].map((c) => String(cellValue(sim, AUDIT_SHEET, r, c) ?? "")));
  return rows;
}

/** A tracker in a workbook with the registers, so with the audit log and the action log. */
async function createdWithLogs(): Promise<Simulator> {
  const sim = new Simulator();
  await createRegisters(sim.host, FEB_2019);
  const result = await createReportTracker(sim.host, obligations(DEC_2018), FEB_2019);
  if (result.status !== "done") throw new Error(result.status === "exists" ? result.message : result.message);
  return sim;
}

async function created(rows = obligations(DEC_2018)): Promise<Simulator> {
  const sim = new Simulator();
  const result = await createReportTracker(sim.host, rows, FEB_2019);
  if (result.status !== "done") throw new Error(result.message);
  return sim;
}

describe("the DCC reporting tracker", () => {
  test("create: both sheets and tables, the rows' Due and Status computed; a second create is refused", async () => {
    const sim = new Simulator();
    const result = await createReportTracker(sim.host, obligations(DEC_2018), FEB_2019);
    expect(result).toMatchObject({ status: "done", syncs: 2, rows: 4 });
    const rows = trackerRows(sim);
    expect(rows.map((r) => r.Report)).toEqual([PMR, HUB, CSR, SR]);
    // The December 2018 paper's rows: the PMR for October, the CSR and SR reports for November, the
    // quarterly report for the quarter to September (reviewed in October).
    expect(rows.map((r) => [r.Period, r["Reviewed In"]])).toEqual(
      [
        [{ year: 2018, month: 10 }, DEC_2018],
        [
          { year: 2018, month: 9 },
          { year: 2018, month: 10 },
        ],
        [NOV_2018, DEC_2018],
        [NOV_2018, DEC_2018],
      ].map((pair) => pair.map((m) => serialFromDate({ ...m, day: 1 }))),
    );
    // CSR for November 2018: the 10th working day after 30 November.
    const csr = rows[2]!;
    expect(csr.Due).toBe(serialFromDate({ year: 2018, month: 12, day: 14 }));
    expect(csr.Status).toBe("Overdue: not received, 45 Working Days after it was due");
    // The quarterly report: no timing in the SEC.
    expect(rows[1]).toMatchObject({ Due: null, Status: "Timing not specified by the SEC" });
    const sheet = sim.model.sheetByName(TRACKER_SHEET)!;
    expect(sheet.cell(3, col("Due"))?.numberFormat).toBe("d mmmm yyyy");
    expect(sheet.cell(3, col("Period"))?.numberFormat).toBe("mmmm yyyy");
    expect(sheet.cell(3, col("Reviewed In"))?.numberFormat).toBe("mmmm yyyy");
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes("Monthly,Quarterly"))).toBe(true);
    expect(cellValue(sim, HOLIDAYS_SHEET, 0, 0)).toBe("Date");
    expect(cellValue(sim, HOLIDAYS_SHEET, 0, 1)).toBe("Name");

    const again = await createReportTracker(sim.host, [], FEB_2019);
    expect(again.status).toBe("exists");
    expect(trackerRows(sim)).toHaveLength(4);
  });

  test("the NEP report, owed for quarters ending before 1 January 2021, gets no row after", async () => {
    // SEC F7.21 as 001 words it (line 57): "each quarter that ends prior to 1 January 2021".
    const NEP = "DCC Network Enhancement Report (Network Enhancement Plans - NEP)";
    const sim = await created([
      ...obligations({ year: 2020, month: 10 }).filter((r) => r.report === CSR),
      {
        report: NEP,
        month: { year: 2020, month: 9 },
        frequency: "quarterly",
        delivery:
          "SEC F7.21 “within a reasonable period of time following each quarter that ends prior to 1 January 2021”.",
      },
    ]);
    const added = await addNextMonth(sim.host, new Date(2021, 4, 10));
    expect(added.status === "done" && added.added.filter((a) => a.startsWith("DCC Network"))).toEqual([
      `${NEP} for the quarter to December 2020`,
    ]);
    // The May 2021 paper: the CSR report for April, and nothing of the NEP report.
    const built = await buildReportTable(sim.host, new Date(2021, 4, 10));
    expect(built.status === "done" && built.rows.map((r) => r.report)).toEqual([`${CSR} April 2021`]);
  });

  test("a Reviewed In left blank is the paper of the month the report is due in", async () => {
    // 001's first rows typed without Reviewed In: the PMR for July is due 5 September 2018, the CSR
    // report for August on 14 September, the quarterly report has no timing (the month after its quarter).
    const sim = await created(obligations(SEP_2018).map(({ reviewedIn: _ignored, ...row }) => row));
    expect(trackerRows(sim).map((r) => r["Reviewed In"])).toEqual(
      [SEP_2018, { year: 2018, month: 7 }, SEP_2018, SEP_2018].map((m) => serialFromDate({ ...m, day: 1 })),
    );
    // So the September paper has all four, as 001 does.
    const built = await buildReportTable(sim.host, new Date(2018, 8, 20));
    expect(built).toMatchObject({ status: "done", month: SEP_2018 });
    expect(built.status === "done" && built.rows.map((r) => r.report)).toEqual([
      `${PMR} July 2018`,
      HUB,
      `${CSR} August 2018`,
      `${SR} August 2018`,
    ]);
  });

  test("a sheet called DCC Reporting that holds a user's data is never written over", async () => {
    const sim = new Simulator();
    putCells(sim, TRACKER_SHEET, "A1", [["Our own notes"], ["keep me"]]);
    const result = await createReportTracker(sim.host, obligations(DEC_2018), FEB_2019);
    expect(result).toMatchObject({ status: "failed" });
    expect(cellValue(sim, TRACKER_SHEET, 1, 0)).toBe("keep me");
    expect(sim.model.sheetByName(HOLIDAYS_SHEET)).toBeUndefined();
  });

  test("text that looks like a number or a date stays text", async () => {
    const sim = await created();
    const csr = trackerRows(sim)[2]!;
    expect(csr.Content).toBe("407,397");
    expect(csr.Actions).toBe("12/03");
    expect(csr["Content Reference"]).toBe("Per SEC L8.9(a),");
  });

  test("a new month across the year end: each paper month begun since the latest, and never twice", async () => {
    const sim = await created();
    const first = await addNextMonth(sim.host, FEB_2019);
    expect(first).toMatchObject({
      status: "done",
      syncs: 3,
      paperMonths: [
        { year: 2019, month: 1 },
        { year: 2019, month: 2 },
      ],
    });
    expect(first.status === "done" && first.message).toBe(
      "Added the January and February 2019 papers' 7 report(s).",
    );
    const rows = trackerRows(sim);
    expect(rows).toHaveLength(11);
    const jan = rows.slice(4, 8);
    // The January 2019 paper: the PMR for November, the quarter to December (reviewed this month), the
    // variance reports for December; each reviewed in January.
    expect(jan.map((r) => [r.Report, r.Period, r["Reviewed In"]])).toEqual(
      [
        [PMR, NOV_2018],
        [HUB, DEC_2018],
        [CSR, DEC_2018],
        [SR, DEC_2018],
      ].map(([report, m]) => [
        report,
        serialFromDate({ ...(m as Month), day: 1 }),
        serialFromDate({ year: 2019, month: 1, day: 1 }),
      ]),
    );
    // The obligation's words come over; nothing recorded yet.
    expect(jan.map((r) => r["Delivery per SEC"])).toEqual([
      PMR_DELIVERY,
      HUB_DELIVERY,
      CSR_DELIVERY,
      SR_DELIVERY,
    ]);
    expect(jan.every((r) => r.Received === null && r.Content === null && r.Observations === null)).toBe(true);
    // CSR December is due on the 10th working day after 31 December, New Year's Day not counted.
    expect(jan[2]!.Due).toBe(serialFromDate({ year: 2019, month: 1, day: 15 }));
    expect(jan[2]!.Status).toBe("Overdue: not received, 26 Working Days after it was due");

    // February's paper: no quarterly row (the quarter to December has its row), the rest a month on.
    const feb = rows.slice(8);
    expect(feb.map((r) => r.Report)).toEqual([PMR, CSR, SR]);
    expect(feb.every((r) => r["Reviewed In"] === serialFromDate({ year: 2019, month: 2, day: 1 }))).toBe(
      true,
    );
    expect(feb[1]!.Due).toBe(serialFromDate({ year: 2019, month: 2, day: 14 }));
    expect(feb[1]!.Status).toBe("Overdue: not received, four Working Days after it was due");

    // March has not begun: nothing is added, and the message says when it can be.
    const second = await addNextMonth(sim.host, FEB_2019);
    expect(second).toMatchObject({ status: "done", added: [] });
    expect(second.status === "done" && second.message).toMatch(/March 2019's can be added from 1 March 2019/);
    expect(trackerRows(sim)).toHaveLength(11);
  });

  test("a tracker of quarterly reports alone: the months between its quarters add nothing", async () => {
    const sim = await created(obligations(DEC_2018).filter((r) => r.frequency === "quarterly"));
    const november = await addNextMonth(sim.host, new Date(2018, 11, 20));
    expect(november.status === "done" && november.message).toMatch(
      /No report is owed for a paper from November 2018 to December 2018/,
    );
    const january = await addNextMonth(sim.host, new Date(2019, 0, 3));
    expect(january).toMatchObject({ status: "done", added: [`${HUB} for the quarter to December 2018`] });
  });

  test("the 001 paper's CSR report for August 2018, received one Working Day late", async () => {
    const sim = await created(obligations(SEP_2018));
    const result = await recordReceived(
      sim.host,
      CSR,
      { year: 2018, month: 8 },
      { year: 2018, month: 9, day: 17 },
      new Date(2018, 8, 20),
    );
    expect(result).toMatchObject({ status: "done", statusText: "Received one Working Day late", syncs: 3 });
    const csr = trackerRows(sim)[2]!;
    expect(csr.Received).toBe(serialFromDate({ year: 2018, month: 9, day: 17 }));
    expect(csr.Due).toBe(serialFromDate({ year: 2018, month: 9, day: 14 }));
    expect(csr.Status).toBe("Received one Working Day late");
  });

  test("a bank holiday edited in the workbook moves the due date", async () => {
    const sim = await created(obligations({ year: 2019, month: 1 }));
    // New Year's Day 2019 is in the shipped data; a user types another date over it (1 March 2019).
    const state = await readReportTracker(sim.host);
    expect(state.holidays.some((h) => h.day.year === 2019 && h.day.month === 1 && h.day.day === 1)).toBe(
      true,
    );
    await sim.host.run(async (context) => {
      const table = context.workbook.tables.getItem("BankHolidays").getRange();
      table.load("values");
      await context.sync();
      const i = table.values.findIndex((r) => r[0] === serialFromDate({ year: 2019, month: 1, day: 1 }));
      context.workbook.worksheets.getItem(HOLIDAYS_SHEET).getRange(`A${i + 1}`).values = [
        [serialFromDate({ year: 2019, month: 3, day: 1 })],
      ];
      await context.sync();
    });
    await buildReportTable(sim.host, FEB_2019);
    // The 10th working day after 31 December, with 1 January a working day now: 14 January, not 15.
    const rows = trackerRows(sim);
    expect(rows[2]!.Due).toBe(serialFromDate({ year: 2019, month: 1, day: 14 }));
    const after = await readReportTracker(sim.host);
    expect(after.holidays.some((h) => h.day.year === 2019 && h.day.month === 3 && h.day.day === 1)).toBe(
      true,
    );
    expect(after.holidays.some((h) => h.day.year === 2019 && h.day.month === 1 && h.day.day === 1)).toBe(
      false,
    );
  });

  test("build the report's table: the paper's four columns, print-ready, with what is late", async () => {
    const sim = await created(obligations(SEP_2018));
    await recordReceived(
      sim.host,
      CSR,
      { year: 2018, month: 8 },
      { year: 2018, month: 9, day: 17 },
      new Date(2018, 8, 28),
    );
    // The PMR for July 2018, due 5 September (25 working days; 27 August a bank holiday), on the 4th.
    await recordReceived(
      sim.host,
      PMR,
      { year: 2018, month: 7 },
      { year: 2018, month: 9, day: 4 },
      new Date(2018, 8, 28),
    );
    const result = await buildReportTable(sim.host, new Date(2018, 8, 28));
    if (result.status !== "done") throw new Error(result.message);
    expect(result.syncs).toBe(3);
    const cell = (r: number, c: number) => cellValue(sim, REPORT_TABLE_SHEET, r, c);
    expect(cell(0, 0)).toBe("2.1 DCC reporting");
    expect([0, 1, 2, 3].map((c) => cell(2, c))).toEqual([
      "Report",
      "Delivery per SEC",
      "Content",
      "Observations",
    ]);
    // The rows as the paper prints them: the report and its month; the status above the obligation;
    // the content reference and summary (a quarterly report's off month: n/a).
    const printed = [3, 4, 5, 6].map((r) => [0, 1, 2].map((c) => cell(r, c)));
    expect(printed).toEqual([
      [`${PMR} July 2018`, `On Time\n\n${PMR_DELIVERY}`, "Per SEC H13.1. & L8.6"],
      [HUB, `Quarterly report. Nothing to review this month\n\n${HUB_DELIVERY}`, "n/a"],
      [
        `${CSR} August 2018`,
        `Received one Working Day late\n\n${CSR_DELIVERY}`,
        "Per SEC L8.9(a),\n\n407,397",
      ],
      [
        `${SR} August 2018`,
        `Overdue: not received, ten Working Days after it was due\n\n${SR_DELIVERY}`,
        "Per SEC H3.24.",
      ],
    ]);
    expect(result.rows).toHaveLength(4);
    // The SR report, due on 14 September and not received by the 28th, is overdue (listed first).
    const highlights = [
      "The SR Variance Reporting – August 2018 has not been received; it was due ten Working Days ago.",
      "The CSR Variance Report – August 2018 was received one Working Day late.",
    ];
    expect(result.lateOrOverdue).toEqual(highlights);
    // The highlights under the table.
    expect(cell(3 + 4 + 1, 0)).toBe("Late or overdue in September 2018:");
    expect([cell(3 + 4 + 2, 0), cell(3 + 4 + 3, 0)]).toEqual(highlights);
    const csrRow = 2;
    const sheet = sim.model.sheetByName(REPORT_TABLE_SHEET)!;
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      printTitleRows: "$3:$3",
    });
    expect(sheet.cell(3 + csrRow, 1)?.numberFormat).toBe("@");

    // Built again: the sheet is made afresh, not doubled.
    const again = await buildReportTable(sim.host, new Date(2018, 8, 28));
    expect(again.status).toBe("done");
    expect(sim.model.sheets.filter((s) => s.name.startsWith(REPORT_TABLE_SHEET))).toHaveLength(1);
  });

  test("a Delivery Note typed in the tracker is printed instead of the computed status", async () => {
    const sim = await created(obligations(SEP_2018));
    // The 001 paper's own words for the SR report (line 142).
    await sim.host.run(async (context) => {
      const letter = String.fromCharCode(65 + col("Delivery Note"));
      context.workbook.worksheets.getItem(TRACKER_SHEET).getRange(`${letter}5`).values = [
        ["Received on time."],
      ];
      await context.sync();
    });
    const result = await buildReportTable(sim.host, new Date(2018, 8, 28));
    if (result.status !== "done") throw new Error(result.message);
    expect(cellValue(sim, REPORT_TABLE_SHEET, 6, 1)).toBe(`Received on time.\n\n${SR_DELIVERY}`);
    // The tracker's own Status stays the computed one.
    expect(trackerRows(sim)[3]!.Status).toBe("Overdue: not received, ten Working Days after it was due");
  });

  test("syncs are the same at 4 rows and at 400, with or without the action and audit logs", async () => {
    const counts: number[][] = [];
    for (const withLogs of [false, true])
      for (const papers of [1, 100]) {
        // A paper month's rows, for each of the papers up to December 2018 (the quarterly report in
        // the months it is reviewed).
        const rows: NewTrackerRow[] = [];
        for (let k = papers - 1; k >= 0; k--) {
          const paper = monthAt(DEC_2018, -k);
          rows.push(...obligations(paper).filter((r) => r.frequency === "monthly" || paper.month % 3 === 1));
        }
        const sim = new Simulator();
        if (withLogs) await createRegisters(sim.host, FEB_2019);
        const create = await createReportTracker(sim.host, rows, FEB_2019);
        expect(create.status).toBe("done");
        expect(trackerRows(sim)).toHaveLength(rows.length);
        sim.resetCounters();
        await readReportTracker(sim.host);
        const read = sim.syncCount;
        sim.resetCounters();
        const add = await addNextMonth(sim.host, FEB_2019);
        expect(add).toMatchObject({
          status: "done",
          added: expect.arrayContaining([`${CSR} – December 2018`]),
        });
        const added = sim.syncCount;
        sim.resetCounters();
        await recordReceived(sim.host, CSR, DEC_2018, { year: 2019, month: 1, day: 14 }, FEB_2019);
        const record = sim.syncCount;
        sim.resetCounters();
        const built = await buildReportTable(sim.host, FEB_2019);
        expect(built).toMatchObject({ status: "done", syncs: sim.syncCount });
        const build = sim.syncCount;
        sim.resetCounters();
        await listReportTracker(sim.host, FEB_2019);
        counts.push([
          create.status === "done" ? create.syncs : -1,
          read,
          added,
          record,
          build,
          sim.syncCount,
        ]);
      }
    // Build and the list read the action log too (one sync more) when the workbook has one.
    expect(counts).toEqual([
      [2, 2, 3, 3, 3, 2],
      [2, 2, 3, 3, 3, 2],
      [2, 2, 3, 3, 4, 3],
      [2, 2, 3, 3, 4, 3],
    ]);
  });

  test("each command writes one audit row when the workbook has the audit log", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, FEB_2019);
    await createReportTracker(sim.host, obligations(DEC_2018), FEB_2019);
    const before = auditRows(sim).length;
    await addNextMonth(sim.host, FEB_2019);
    await recordReceived(sim.host, CSR, DEC_2018, { year: 2019, month: 1, day: 16 }, FEB_2019);
    await buildReportTable(sim.host, FEB_2019);
    // Nothing to add: no audit row.
    await addNextMonth(sim.host, new Date(2019, 0, 20));
    const added = auditRows(sim).slice(before);
    expect(added.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["Add DCC reporting month", "DCC reporting tracker", "Up to the February 2019 paper"],
      ["Record DCC report received", "DCC reporting tracker", "CSR Variance Report – December 2018"],
      ["Build DCC reporting table", "DCC reporting tracker", "February 2019 paper"],
    ]);
    expect(added[0]![5]).toBe(
      `Added ${PMR} – November 2018; ${HUB} for the quarter to December 2018; ${CSR} – December 2018; ${SR} – December 2018; ` +
        `${PMR} – December 2018; ${CSR} – January 2019; ${SR} – January 2019.`,
    );
    expect(added[1]![5]).toBe("Received 16 January 2019: Received one Working Day late.");
  });

  test("the Actions column is checked against the action log", async () => {
    const sim = new Simulator();
    await createRegisters(sim.host, FEB_2019);
    // The August 2017 Panel minutes' actions, imported into the action log (SECP47/01 to SECP47/04).
    const minutes = readFileSync(
      path.join(__dirname, "../../../shared/seeds/002_2bd199d1195febd0.txt"),
      "utf8",
    );
    const preview = await previewActionImport(sim.host, minutes, {
      meetingDate: { year: 2017, month: 8, day: 11 },
    });
    if ("error" in preview) throw new Error(preview.error);
    const log = await applyActionImport(sim.host, preview, undefined, FEB_2019);
    expect(log).toMatchObject({ status: "done", added: expect.arrayContaining(["SECP47/02"]) });
    const rows = obligations(DEC_2018);
    rows[0] = { ...rows[0]!, actions: ["SECP47/02", "SECP47/09"] };
    rows[2] = { ...rows[2]!, actions: ["secp47/02"] };
    await createReportTracker(sim.host, rows, FEB_2019);
    const list = await listReportTracker(sim.host, FEB_2019);
    expect(list.problems.filter((p) => /action/.test(p))).toEqual([
      `Performance Measurement Report – October 2018: action SECP47/09 is not in the action log (SEC Panel actions).`,
    ]);
    const built = await buildReportTable(sim.host, FEB_2019);
    expect(built).toMatchObject({
      status: "done",
      unknownActions: list.problems.filter((p) => /action/.test(p)),
    });
  });
});

describe("the tracker as the pane lists it", () => {
  test("the latest paper month's reports with their status; a row the tracker cannot read named", async () => {
    const sim = await created([
      ...obligations(DEC_2018),
      { report: "Odd Report", month: NOV_2018, frequency: "monthly", delivery: "Whenever the DCC likes" },
    ]);
    const list = await listReportTracker(sim.host, FEB_2019);
    expect(list.exists).toBe(true);
    expect(list.paperMonthLabel).toBe("December 2018");
    expect(list.latest.map((i) => [i.report, i.monthLabel, i.dueThisMonth])).toEqual([
      [PMR, "October 2018", true],
      [HUB, "Quarter to September 2018", false],
      [CSR, "November 2018", true],
      [SR, "November 2018", true],
    ]);
    expect(list.latest[2]).toMatchObject({ due: "14 December 2018", received: "", lateOrOverdue: true });
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0]).toMatch(/^Odd Report: /);
    expect(trackerRows(sim)[4]!.Status).toMatch(/^Not computed: Odd Report: /);
  });

  test("an earlier report still overdue is listed after the paper's; a year without holidays is named", async () => {
    const sim = await created([
      ...obligations({ year: 2030, month: 12 }),
      ...obligations({ year: 2031, month: 1 }).filter((r) => r.report !== HUB),
    ]);
    const list = await listReportTracker(sim.host, new Date(2031, 0, 28));
    expect(list.paperMonthLabel).toBe("January 2031");
    expect(list.latest.map((i) => [i.report, i.monthLabel])).toEqual([
      [PMR, "November 2030"],
      [HUB, "Quarter to September 2030"],
      [CSR, "December 2030"],
      [SR, "December 2030"],
      [PMR, "October 2030"],
      [CSR, "November 2030"],
      [SR, "November 2030"],
    ]);
    expect(list.latest.slice(4).every((i) => i.lateOrOverdue)).toBe(true);
    expect(list.problems).toEqual([expect.stringMatching(/no holiday in 2031/)]);
  });

  test("no tracker: the pane is told so", async () => {
    const list = await listReportTracker(new Simulator().host, FEB_2019);
    expect(list).toMatchObject({ exists: false, latest: [], rows: 0 });
    expect(await addNextMonth(new Simulator().host, FEB_2019)).toMatchObject({ status: "failed" });
  });
});

describe("the tracker's commands cut short, then retried", () => {
  const done = (status: string): Attempt => (status === "done" || status === "exists" ? "done" : "failed");
  const scenarios: FaultScenario[] = [
    {
      name: "create",
      setup: async () => new Simulator(),
      run: async (sim) => done((await createReportTracker(sim.host, obligations(DEC_2018), FEB_2019)).status),
    },
    {
      name: "a new month",
      setup: () => created(),
      run: async (sim) => done((await addNextMonth(sim.host, FEB_2019)).status),
    },
    {
      name: "a report received",
      setup: () => created(),
      run: async (sim) =>
        done(
          (await recordReceived(sim.host, CSR, NOV_2018, { year: 2018, month: 12, day: 17 }, FEB_2019))
            .status,
        ),
    },
    {
      name: "the report's table",
      setup: () => created(),
      run: async (sim) => done((await buildReportTable(sim.host, FEB_2019)).status),
    },
    // With the audit log and the action log: the audit row is written once, however the batch was cut.
    {
      name: "a new month, with the audit log",
      setup: () => createdWithLogs(),
      run: async (sim) => done((await addNextMonth(sim.host, FEB_2019)).status),
    },
    {
      name: "a report received, with the audit log",
      setup: () => createdWithLogs(),
      run: async (sim) =>
        done(
          (await recordReceived(sim.host, CSR, NOV_2018, { year: 2018, month: 12, day: 17 }, FEB_2019))
            .status,
        ),
    },
    {
      name: "the report's table, with the audit and action logs",
      setup: () => createdWithLogs(),
      run: async (sim) => {
        const built = await buildReportTable(sim.host, FEB_2019);
        // The action log's read failing does not stop the table: it is reported with the table instead.
        const reported = built.status === "done" && built.unknownActions.some((p) => /not checked/.test(p));
        return reported ? "failed" : done(built.status);
      },
    },
  ];
  for (const s of scenarios)
    test(`${s.name}: the failure is reported, the retry finishes, the workbook is as a clean run's`, async () => {
      const { syncs, outcomes } = await injectFaults(s);
      expect(syncs).toBeGreaterThan(0);
      expect(outcomes).toEqual(expectedOutcomes(outcomes));
    }, 60000);
});
