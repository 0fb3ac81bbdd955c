import { reportTableRows, defaultPeriodWords, monthName } from "../../../src/domain/reporting/reportTable";
import { statusText } from "../../../src/domain/reporting/statusText";
import type { TrackerRow } from "../../../src/domain/reporting/types";
import {
  corrections004,
  dcc001,
  dcc004,
  nth,
  trackerRowsOf,
  type DccReportingPaper,
} from "../../fixtures/dccReporting";

// What the tracker computes for each row: the fixture's computed status (the words a person typed are
// the row's deliveryNote, which reportTableRows prints instead).
function build(paper: DccReportingPaper) {
  const rows = trackerRowsOf(paper);
  const statusOf = (row: TrackerRow) => {
    const fixture = nth(paper.rows, rows.indexOf(row));
    return fixture.computed === null ? "" : statusText(fixture.computed, row.obligation.frequency);
  };
  const periodWords = (row: TrackerRow) => {
    const fixture = nth(paper.rows, rows.indexOf(row));
    return fixture.periodPrefix + fixture.period;
  };
  return reportTableRows(rows, statusOf, { periodWords });
}

const oneLine = (text: string) => text.replace(/\s*\n+\s*/g, " ");

describe("reportTableRows", () => {
  it("rebuilds 001's table cell for cell as printed (lines joined with spaces)", () => {
    const table = build(dcc001);
    expect(
      table.map((row) => ({
        report: row.report,
        delivery: oneLine(row.delivery),
        content: oneLine(row.content),
        observations: oneLine(row.observations),
      })),
    ).toEqual(dcc001.printed);
  });

  it("prints the status above the obligation, a blank line between, as 001 does", () => {
    const table = build(dcc001);
    const pmr = nth(table, 0);
    const csr = nth(table, 4);
    expect(pmr.delivery).toBe("On Time\n\nSEC H13.4 – Monthly 25 working days following end of month.");
    expect(csr.delivery).toBe(
      "Received one Working Day late\n\nSEC L8.9 – 10th Working Day following month end.",
    );
    expect(csr.report).toBe("Certificate Signing Request (CSR) Variance Report – August 2018");
  });

  it("rebuilds 004's table with its rows and (corrected) texts", () => {
    const table = build(dcc004);
    expect(table).toHaveLength(dcc004.rows.length);
    table.forEach((row, i) => {
      const f = nth(dcc004.rows, i);
      expect(row.report).toBe(`${f.report} ${f.periodPrefix}${f.period}`.trim());
      expect(row.delivery).toBe(f.status === null ? f.deliveryText : `${f.status}\n\n${f.deliveryText}`);
      expect(row.content).toBe([f.contentReference, f.content].filter((t) => t !== "").join("\n\n"));
      expect(row.observations).toBe(f.observations);
    });
    expect(nth(table, 5).report).toBe(
      "Service Request (SR) Variance Reporting — September 2018 (October and November reports yet to be published)",
    );
    expect(nth(table, 5).delivery).toBe("(SEC H3.24 — 10 working day of month)");
    expect(nth(table, 4).report).toBe("Certificate Signing Request (CSR) Variance Report —");
  });

  it("the papers' computed words are statusText's words; the rest are notes", () => {
    for (const paper of [dcc001, dcc004]) {
      for (const row of paper.rows) {
        if (row.computed !== null) expect(statusText(row.computed, row.frequency)).toBe(row.status);
      }
    }
    const notes = trackerRowsOf(dcc001).map((row) => row.deliveryNote);
    expect(notes).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "Received on time.",
      undefined,
    ]);
  });

  it("a delivery note overrides the computed words; a blank note does not", () => {
    const row = nth(trackerRowsOf(dcc001), 0);
    const late = () => "Received two Working Days late";
    expect(reportTableRows([{ ...row, deliveryNote: "Re-issued." }], late)[0]?.delivery).toMatch(
      /^Re-issued\.\n\n/,
    );
    expect(reportTableRows([{ ...row, deliveryNote: "  " }], late)[0]?.delivery).toMatch(
      /^Received two Working Days late\n\n/,
    );
  });

  it("prints a monthly report's month by default, a quarterly report's name alone", () => {
    const rows = trackerRowsOf(dcc001);
    expect(reportTableRows(rows, () => "On Time").map((row) => row.report)).toEqual([
      "Performance Measurement Report July 2018",
      "DCC Responsible Communications Hub Returns Report",
      "DCC Network Enhancement Report (Network Enhancement Plans - NEP)",
      "Registration Data Provider (RDP) Incident Report August 2018",
      "Certificate Signing Request (CSR) Variance Report August 2018",
      "Service Request (SR) Variance Reporting August 2018",
      "Quarterly Problem Report",
    ]);
    expect(defaultPeriodWords(nth(rows, 1))).toBe("");
    expect(monthName(2019, 1)).toBe("January 2019");
  });

  it("lists every 004 OCR correction against a row and field that carries the corrected words", () => {
    expect(corrections004.length).toBeGreaterThan(10);
    for (const c of corrections004) {
      const row = nth(dcc004.rows, c.row);
      const value = String(row[c.field]);
      // The report correction names the whole corrected cell; the rest are substrings of their field.
      expect(value.includes(c.corrected) || (c.field === "report" && c.corrected.startsWith(value))).toBe(
        true,
      );
      if (!c.corrected.startsWith("No report")) expect(value.includes(c.ocr)).toBe(false);
    }
  });
});
