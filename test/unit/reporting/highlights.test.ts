import {
  highlightSentence,
  lateOrOverdueHighlights,
  shortReportName,
  type RowWithStatus,
} from "../../../src/domain/reporting/highlights";
import type { DeliveryStatus } from "../../../src/domain/reporting/types";
import { dcc001, nth, trackerRowsOf } from "../../fixtures/dccReporting";

const rows001 = trackerRowsOf(dcc001);
// 001's statuses: the computed ones, and "Received on time." (a note) as on time.
const with001: RowWithStatus[] = rows001.map((row, i) => ({
  row,
  status: nth(dcc001.rows, i).computed ?? { kind: "onTime" },
}));

describe("lateOrOverdueHighlights", () => {
  it("lists 001's one late report, the CSR Variance Report", () => {
    expect(lateOrOverdueHighlights(with001)).toEqual([
      "The CSR Variance Report – August 2018 was received one Working Day late.",
    ]);
  });

  it("puts overdue reports first, then late ones, each in tracker order", () => {
    const set = (i: number, status: DeliveryStatus): RowWithStatus => ({ row: nth(rows001, i), status });
    expect(
      lateOrOverdueHighlights([
        set(0, { kind: "late", workingDays: 3 }),
        set(3, { kind: "overdue", workingDays: 2 }),
        set(4, { kind: "onTime" }),
        set(5, { kind: "overdue", workingDays: 12 }),
        set(1, { kind: "nothingThisMonth" }),
        set(6, { kind: "awaited" }),
      ]),
    ).toEqual([
      "The RDP Incident Report – August 2018 has not been received; it was due two Working Days ago.",
      // 001's SR row carries the paper's own words, "Received on time.": quoted, as the dates disagree.
      "The SR Variance Reporting – August 2018 has not been received; it was due 12 Working Days ago (noted: “Received on time.”)",
      "The Performance Measurement Report – July 2018 was received three Working Days late.",
    ]);
  });

  it("quotes a Delivery Note after what the dates say, and no note's words without it", () => {
    const sr = nth(rows001, 5);
    expect(highlightSentence({ row: sr, status: { kind: "late", workingDays: 2 } })).toBe(
      "The SR Variance Reporting – August 2018 was received two Working Days late (noted: “Received on time.”)",
    );
    expect(
      highlightSentence({ row: { ...sr, deliveryNote: "  " }, status: { kind: "late", workingDays: 2 } }),
    ).toBe("The SR Variance Reporting – August 2018 was received two Working Days late.");
  });

  it("names a quarterly report's quarter", () => {
    expect(highlightSentence({ row: nth(rows001, 1), status: { kind: "late", workingDays: 1 } })).toBe(
      "The DCC Responsible Communications Hub Returns Report for the quarter to June 2018 was received one Working Day late.",
    );
  });

  it("says nothing for on time, awaited, nothing this month or timing not specified", () => {
    const row = nth(rows001, 0);
    const quiet: DeliveryStatus[] = [
      { kind: "onTime" },
      { kind: "awaited" },
      { kind: "nothingThisMonth" },
      { kind: "timingNotSpecified", received: false },
    ];
    for (const status of quiet) expect(highlightSentence({ row, status })).toBeNull();
    expect(lateOrOverdueHighlights([])).toEqual([]);
  });

  it("shortens a name only where its bracketed initials spell the words before them", () => {
    expect(shortReportName("Certificate Signing Request (CSR) Variance Report")).toBe("CSR Variance Report");
    expect(shortReportName("Registration Data Provider (RDP) Incident Report")).toBe("RDP Incident Report");
    expect(shortReportName("DCC Network Enhancement Report (Network Enhancement Plans - NEP)")).toBe(
      "DCC Network Enhancement Report (Network Enhancement Plans - NEP)",
    );
    expect(shortReportName("Quarterly Problem Report (QXR)")).toBe("Quarterly Problem Report (QXR)");
  });
});
