// The Reporting view (issue 15) as rendered from the states useReportTracker gives it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { TrackerList } from "../../src/excel/reportTracker";
import { ReportingPanel } from "../../src/taskpane/views/ReportingView";
import { addedNotice, type ReportTrackerState } from "../../src/taskpane/views/useReportTracker";

const noop = async () => {};
const state = (list: TrackerList | null, extra: Partial<ReportTrackerState> = {}): ReportTrackerState => ({
  busy: null,
  message: null,
  dismissMessage: () => {},
  resultRef: { current: null },
  recorded: null,
  dismissRecorded: () => {},
  recordedRef: { current: null },
  list,
  create: noop,
  newMonth: noop,
  build: noop,
  recording: "",
  openRecord: () => {},
  cancelRecord: () => {},
  receivedOn: "",
  setReceivedOn: () => {},
  dateProblem: null,
  canRecord: false,
  record: noop,
  ...extra,
});
const render = (s: ReportTrackerState) => renderToStaticMarkup(createElement(ReportingPanel, { s }));
const CSR = "Certificate Signing Request (CSR) Variance Report";
const PMR = "Performance Measurement Report";
const HUB = "DCC Responsible Communications Hub Returns Report";
const SR = "Service Request (SR) Variance Reporting";
/** The CSR report for August 2018, due Friday 14 September 2018, received a Working Day late. */
const csrLate = {
  report: CSR,
  month: { year: 2018, month: 8 },
  monthLabel: "August 2018",
  due: "14 September 2018",
  dueThisMonth: true,
  received: "17 September 2018",
  status: "Received one Working Day late",
  lateOrOverdue: true,
};
/** The SR report for August 2018, not received yet. */
const srAwaited = {
  report: SR,
  month: { year: 2018, month: 8 },
  monthLabel: "August 2018",
  due: "14 September 2018",
  dueThisMonth: true,
  received: "",
  status: "Overdue: not received, two Working Days after it was due",
  lateOrOverdue: true,
};
/** The quarterly report's row for the quarter to June, reviewed in July: nothing to review in September. */
const hubNotOwed = {
  report: HUB,
  month: { year: 2018, month: 6 },
  monthLabel: "Quarter to June 2018",
  due: "",
  dueThisMonth: false,
  received: "",
  status: "Quarterly report. Nothing to review this month",
  lateOrOverdue: false,
};
const tracker = (latest: TrackerList["latest"]): TrackerList => ({
  exists: true,
  rows: latest.length,
  problems: [],
  latest,
});
/** The list item holding `text`, as markup. */
const itemOf = (html: string, text: string) =>
  html.split("<li").find((li) => li.includes(text) && li.includes("rs-candidate")) ?? "";

describe("the Reporting view", () => {
  test("no tracker: it offers to create one, and nothing else", () => {
    const html = render(state({ exists: false, latest: [], problems: [], rows: 0 }));
    expect(html).toContain("Create the tracker");
    expect(html).not.toContain("Add the new month");
    expect(html).not.toContain("Record received");
  });

  test("a tracker: the latest reports with their statuses, the new month, the table, and a received date", () => {
    const html = render(
      state({
        exists: true,
        rows: 1,
        problems: ["The Bank Holidays sheet lists no holiday in 2031"],
        latest: [csrLate, hubNotOwed],
      }),
    );
    expect(html).toContain("Add the new month");
    expect(html).toContain("Build the report&#x27;s table");
    expect(html).toContain(CSR);
    expect(html).toContain("Received one Working Day late");
    expect(html).toContain("August 2018 · Due: 14 September 2018 · Received: 17 September 2018");
    // A quarterly report in a month it is not owed says so, not that the SEC gives no timing.
    expect(html).toContain("Quarter to June 2018 · not owed this month");
    expect(html).not.toContain("timing not specified");
    expect(html).toContain("no holiday in 2031");
    // The report is chosen from the list, where its whole name is: no dropdown cutting it short.
    expect(html).not.toContain("<select");
    expect(itemOf(html, CSR)).toContain(`aria-label="Change received date: ${CSR} (August 2018)"`);
    // Nothing to receive in a month the report is not owed.
    expect(itemOf(html, HUB)).not.toContain("<button");
    expect(html).not.toContain(`type="date"`);
  });

  test("a report's button opens its date field on its own line, the others' closed", () => {
    const closed = render(state(tracker([srAwaited, csrLate])));
    expect(itemOf(closed, SR)).toContain(`aria-label="Record received: ${SR} (August 2018)"`);
    expect(itemOf(closed, SR)).toContain('aria-expanded="false"');
    const html = render(
      state(tracker([srAwaited, csrLate]), { recording: "Service Request (SR) Variance Reporting|2018-8" }),
    );
    const sr = itemOf(html, SR);
    expect(sr).toContain('aria-expanded="true"');
    expect(sr).toContain(`<form aria-label="Received date of ${SR} (August 2018)"`);
    expect(sr).toContain("Received on");
    expect(sr).toContain('type="date"');
    // No date yet: Record waits for one; Cancel does not.
    expect(sr).toMatch(/<button[^>]*type="submit"[^>]*disabled[^>]*>Record<\/button>/);
    expect(sr).toMatch(/<button(?![^>]*disabled)[^>]*type="button"[^>]*>Cancel<\/button>/);
    expect(itemOf(html, CSR)).not.toContain("<form");
  });

  test("a date given: Record is enabled; a date cut short says what is missing", () => {
    const key = "Service Request (SR) Variance Reporting|2018-8";
    const ready = itemOf(
      render(state(tracker([srAwaited]), { recording: key, receivedOn: "2018-09-17", canRecord: true })),
      SR,
    );
    expect(ready).toMatch(/<button(?![^>]*disabled)[^>]*type="submit"[^>]*>Record<\/button>/);
    const partial = itemOf(
      render(
        state(tracker([srAwaited]), {
          recording: key,
          receivedOn: "2018-09",
          dateProblem: "Enter the whole date: day, month and year.",
        }),
      ),
      SR,
    );
    expect(partial).toContain("Enter the whole date: day, month and year.");
  });

  test("a date recorded is told on its report's line, not at the top of the list", () => {
    const html = render(
      state(tracker([srAwaited, csrLate]), {
        recorded: {
          key: `${CSR}|2018-8`,
          notice: { intent: "success", title: "Date recorded", body: "Received one Working Day late" },
        },
      }),
    );
    const csr = itemOf(html, CSR);
    expect(csr).toContain("Date recorded");
    expect(csr).toContain(">Dismiss</button>");
    expect(itemOf(html, SR)).not.toContain("Date recorded");
    expect(html.indexOf("Date recorded")).toBeGreaterThan(html.indexOf("Latest reports"));
  });

  test("a notice: its title, a short line, its detail as a list, and Dismiss", () => {
    const html = render(
      state(tracker([csrLate]), {
        message: addedNotice([`${PMR} – July 2018`, `${CSR} – August 2018`], "September 2018"),
      }),
    );
    expect(html).toContain("September 2018 paper added");
    expect(html).toContain("2 reports:");
    expect(html).toContain(`<li>${PMR} – July 2018</li>`);
    expect(html).toContain(`<li>${CSR} – August 2018</li>`);
    expect(html).toContain(">Dismiss</button>");
  });
});

describe("what a new month added, as the notice says it", () => {
  // addNextMonth's `added` for the September 2018 paper of the 001 reports (its quarterly report's row,
  // the quarter to June, made for July's paper): the PMR for July, the variance reports for August.
  const SEPTEMBER = [`${PMR} – July 2018`, `${CSR} – August 2018`, `${SR} – August 2018`];

  test("one paper month: the month in the title, the reports listed by name and period", () => {
    expect(addedNotice(SEPTEMBER, "September 2018")).toEqual({
      intent: "success",
      title: "September 2018 paper added",
      body: "3 reports:",
      items: SEPTEMBER,
    });
    expect(addedNotice([`${CSR} – August 2018`], "September 2018").body).toBe("1 report:");
  });

  test("papers of several months added in one click: the title names them all", () => {
    expect(addedNotice(SEPTEMBER, "August and September 2018").title).toBe(
      "August and September 2018 papers added",
    );
    expect(addedNotice(SEPTEMBER, "July 2018 to September 2018").title).toBe(
      "July 2018 to September 2018 papers added",
    );
  });
  test("while a command runs its buttons are disabled and it says what it is doing", () => {
    const html = render(
      state({ exists: true, rows: 1, problems: [], latest: [] }, { busy: "Adding the new month…" }),
    );
    expect(html).toContain("Adding the new month…");
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Add the new month/);
  });
});
