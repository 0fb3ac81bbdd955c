// The Reporting view (issue 15) as rendered from the states useReportTracker gives it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { TrackerList } from "../../src/excel/reportTracker";
import { ReportingPanel } from "../../src/taskpane/views/ReportingView";
import type { ReportTrackerState } from "../../src/taskpane/views/useReportTracker";

const noop = async () => {};
const state = (list: TrackerList | null, extra: Partial<ReportTrackerState> = {}): ReportTrackerState => ({
  busy: null,
  message: null,
  resultRef: { current: null },
  list,
  create: noop,
  newMonth: noop,
  build: noop,
  recording: "",
  setRecording: () => {},
  receivedOn: "",
  setReceivedOn: () => {},
  dateProblem: null,
  canRecord: false,
  record: noop,
  ...extra,
});
const render = (s: ReportTrackerState) => renderToStaticMarkup(createElement(ReportingPanel, { s }));
const CSR = "Certificate Signing Request (CSR) Variance Report";

describe("the Reporting view", () => {
  test("no tracker: it offers to create one, and nothing else", () => {
    const html = render(state({ exists: false, latest: [], problems: [], rows: 0 }));
    expect(html).toContain("Create the tracker");
    expect(html).not.toContain("Add the new month");
    expect(html).not.toContain("Record a report received");
  });

  test("a tracker: the latest reports with their statuses, the new month, the table, and a received date", () => {
    const html = render(
      state({
        exists: true,
        rows: 1,
        problems: ["The Bank Holidays sheet lists no holiday in 2031"],
        latest: [
          {
            report: CSR,
            month: { year: 2018, month: 8 },
            monthLabel: "August 2018",
            due: "14 September 2018",
            dueThisMonth: true,
            received: "17 September 2018",
            status: "Received one Working Day late",
            lateOrOverdue: true,
          },
          {
            report: "DCC Responsible Communications Hub Returns Report",
            month: { year: 2018, month: 8 },
            monthLabel: "August 2018",
            due: "",
            dueThisMonth: false,
            received: "",
            status: "Quarterly report. Nothing to review this month",
            lateOrOverdue: false,
          },
        ],
      }),
    );
    expect(html).toContain("Add the new month");
    expect(html).toContain("Build the report&#x27;s table");
    expect(html).toContain(CSR);
    expect(html).toContain("Received one Working Day late");
    expect(html).toContain("August 2018 · Due: 14 September 2018 · Received: 17 September 2018");
    // A quarterly report in a month it is not owed says so, not that the SEC gives no timing.
    expect(html).toContain("August 2018 · not owed this month");
    expect(html).not.toContain("timing not specified");
    expect(html).toContain("no holiday in 2031");
    expect(html).toContain(`${CSR} (August 2018)`);
  });

  test("while a command runs its buttons are disabled and it says what it is doing", () => {
    const html = render(
      state({ exists: true, rows: 1, problems: [], latest: [] }, { busy: "Adding the new month…" }),
    );
    expect(html).toContain("Adding the new month…");
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Add the new month/);
  });
});
