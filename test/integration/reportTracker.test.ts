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
import { serialFromDate } from "../../src/domain/dates";
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

const obligations = (month: { year: number; month: number }): NewTrackerRow[] => [
  {
    report: PMR,
    month,
    frequency: "monthly",
    delivery: PMR_DELIVERY,
    contentReference: "Per SEC H13.1. & L8.6",
  },
  { report: HUB, month, frequency: "quarterly", delivery: HUB_DELIVERY, contentReference: "n/a" },
  {
    report: CSR,
    month,
    frequency: "monthly",
    delivery: CSR_DELIVERY,
    contentReference: "Per SEC L8.9(a),",
    // Text that Excel would read as a number, and an action number it would read as a date.
    content: "407,397",
    actions: ["12/03"],
  },
  { report: SR, month, frequency: "monthly", delivery: SR_DELIVERY, contentReference: "Per SEC H3.24." },
];

const DEC_2018 = { year: 2018, month: 12 };
/** A day in February 2019: December and January have ended, February has not. */
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
    // CSR for December 2018: the 10th working day after 31 December, New Year's Day not counted.
    const csr = rows[2]!;
    expect(csr.Due).toBe(serialFromDate({ year: 2019, month: 1, day: 15 }));
    expect(csr.Period).toBe(serialFromDate({ year: 2018, month: 12, day: 1 }));
    expect(csr.Status).toBe("Overdue: not received, 26 Working Days after it was due");
    // The quarterly report in a quarter's last month: no timing in the SEC.
    expect(rows[1]).toMatchObject({ Due: null, Status: "Timing not specified by the SEC" });
    const sheet = sim.model.sheetByName(TRACKER_SHEET)!;
    expect(sheet.cell(3, col("Due"))?.numberFormat).toBe("d mmmm yyyy");
    expect(sheet.cell(3, col("Period"))?.numberFormat).toBe("mmmm yyyy");
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes("Monthly,Quarterly"))).toBe(true);
    expect(cellValue(sim, HOLIDAYS_SHEET, 0, 0)).toBe("Date");
    expect(cellValue(sim, HOLIDAYS_SHEET, 0, 1)).toBe("Name");

    const again = await createReportTracker(sim.host, [], FEB_2019);
    expect(again.status).toBe("exists");
    expect(trackerRows(sim)).toHaveLength(4);
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

  test("a new month across the year end, and a second click adds nothing", async () => {
    const sim = await created();
    const first = await addNextMonth(sim.host, FEB_2019);
    expect(first).toMatchObject({ status: "done", syncs: 3 });
    const rows = trackerRows(sim);
    expect(rows).toHaveLength(8);
    const jan = rows.slice(4);
    expect(jan.map((r) => r.Report)).toEqual([PMR, HUB, CSR, SR]);
    expect(jan.every((r) => r.Period === serialFromDate({ year: 2019, month: 1, day: 1 }))).toBe(true);
    // The obligation's words come over; nothing recorded yet.
    expect(jan.map((r) => r["Delivery per SEC"])).toEqual([
      PMR_DELIVERY,
      HUB_DELIVERY,
      CSR_DELIVERY,
      SR_DELIVERY,
    ]);
    expect(jan.every((r) => r.Received === null && r.Content === null && r.Observations === null)).toBe(true);
    // January's quarterly report is not this month's; CSR January is due on 14 February 2019.
    expect(jan[1]!.Status).toBe("Quarterly report. Nothing to review this month");
    expect(jan[2]!.Due).toBe(serialFromDate({ year: 2019, month: 2, day: 14 }));
    expect(jan[2]!.Status).toBe("Overdue: not received, four Working Days after it was due");

    const second = await addNextMonth(sim.host, FEB_2019);
    expect(second).toMatchObject({ status: "done", added: [] });
    expect(trackerRows(sim)).toHaveLength(8);
  });

  test("the 001 paper's CSR report for August 2018, received one Working Day late", async () => {
    const sim = await created(obligations({ year: 2018, month: 8 }));
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
    const sim = await created();
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
    const sim = await created(obligations({ year: 2018, month: 8 }));
    await recordReceived(
      sim.host,
      CSR,
      { year: 2018, month: 8 },
      { year: 2018, month: 9, day: 17 },
      new Date(2018, 8, 28),
    );
    await recordReceived(
      sim.host,
      PMR,
      { year: 2018, month: 8 },
      { year: 2018, month: 10, day: 1 },
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
      [`${PMR} August 2018`, `On Time\n\n${PMR_DELIVERY}`, "Per SEC H13.1. & L8.6"],
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
    expect(cell(3 + 4 + 1, 0)).toBe("Late or overdue in August 2018:");
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
    const sim = await created(obligations({ year: 2018, month: 8 }));
    // The 001 paper's own words for the SR report (line 142).
    await sim.host.run(async (context) => {
      context.workbook.worksheets.getItem(TRACKER_SHEET).getRange(`H5`).values = [["Received on time."]];
      await context.sync();
    });
    expect(TRACKER_HEADERS[7]).toBe("Delivery Note");
    const result = await buildReportTable(sim.host, new Date(2018, 8, 28));
    if (result.status !== "done") throw new Error(result.message);
    expect(cellValue(sim, REPORT_TABLE_SHEET, 6, 1)).toBe(`Received on time.\n\n${SR_DELIVERY}`);
    // The tracker's own Status stays the computed one.
    expect(trackerRows(sim)[3]!.Status).toBe("Overdue: not received, ten Working Days after it was due");
  });

  test("syncs are the same at 5 rows and at 500", async () => {
    const counts: number[][] = [];
    for (const months of [1, 100]) {
      // Five reports a month, the last month December 2018.
      const rows: NewTrackerRow[] = [];
      for (let k = months - 1; k >= 0; k--) {
        const index = 2018 * 12 + 11 - k;
        const month = { year: Math.floor(index / 12), month: (index % 12) + 1 };
        rows.push(...obligations(month), {
          report: "Quarterly Problem Report",
          month,
          frequency: "quarterly",
          delivery: "Per SEC Appendix AG Quarterly specific timing not specified within Appendix AG.",
        });
      }
      const sim = new Simulator();
      const create = await createReportTracker(sim.host, rows.slice(0, months * 5), FEB_2019);
      expect(create.status).toBe("done");
      expect(trackerRows(sim)).toHaveLength(months * 5);
      sim.resetCounters();
      await readReportTracker(sim.host);
      const read = sim.syncCount;
      sim.resetCounters();
      const add = await addNextMonth(sim.host, FEB_2019);
      expect(add).toMatchObject({ status: "done" });
      const added = sim.syncCount;
      sim.resetCounters();
      await recordReceived(
        sim.host,
        CSR,
        { year: 2019, month: 1 },
        { year: 2019, month: 2, day: 14 },
        FEB_2019,
      );
      const record = sim.syncCount;
      sim.resetCounters();
      await buildReportTable(sim.host, FEB_2019);
      counts.push([create.status === "done" ? create.syncs : -1, read, added, record, sim.syncCount]);
    }
    expect(counts).toEqual([
      [2, 2, 3, 3, 3],
      [2, 2, 3, 3, 3],
    ]);
  });
});

describe("the tracker as the pane lists it", () => {
  test("each report's latest month with its status; a row the tracker cannot read, and a year without holidays, named", async () => {
    const sim = await created([
      ...obligations(DEC_2018),
      { report: "Odd Report", month: DEC_2018, frequency: "monthly", delivery: "Whenever the DCC likes" },
      { report: "Far Report", month: { year: 2031, month: 1 }, frequency: "monthly", delivery: CSR_DELIVERY },
    ]);
    const list = await listReportTracker(sim.host, FEB_2019);
    expect(list.exists).toBe(true);
    expect(list.latest.map((i) => [i.report, i.monthLabel])).toEqual([
      [PMR, "December 2018"],
      [HUB, "December 2018"],
      [CSR, "December 2018"],
      [SR, "December 2018"],
      ["Far Report", "January 2031"],
    ]);
    expect(list.latest[2]).toMatchObject({ due: "15 January 2019", received: "", lateOrOverdue: true });
    expect(list.problems).toHaveLength(2);
    expect(list.problems[0]).toMatch(/^Odd Report: /);
    expect(list.problems[1]).toMatch(/no holiday in 2031/);
    expect(trackerRows(sim)[4]!.Status).toMatch(/^Not computed: Odd Report: /);
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
          (await recordReceived(sim.host, CSR, DEC_2018, { year: 2019, month: 1, day: 16 }, FEB_2019)).status,
        ),
    },
    {
      name: "the report's table",
      setup: () => created(),
      run: async (sim) => done((await buildReportTable(sim.host, FEB_2019)).status),
    },
  ];
  for (const s of scenarios)
    test(`${s.name}: the failure is reported, the retry finishes, the workbook is as a clean run's`, async () => {
      const { syncs, outcomes } = await injectFaults(s);
      expect(syncs).toBeGreaterThan(0);
      expect(outcomes).toEqual(expectedOutcomes(outcomes));
    }, 60000);
});
