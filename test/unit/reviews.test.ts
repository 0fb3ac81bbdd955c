// Reviews (issue 14 item 3): the cadence per band, EDATE as Excel computes it, the overdue list with
// owners, and the cover note's sentence. Fixed dates throughout.
// EDATE: https://support.microsoft.com/en-us/office/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5
// (the month-end rule: https://learn.microsoft.com/en-us/dax/edate-function-dax).
import fc from "fast-check";
import { coverNote, coverNoteLines, overdueReviewSentence } from "../../src/domain/coverNote";
import { dateFromSerial, serialFromDate } from "../../src/domain/dates";
import { recordsOf } from "../../src/domain/records";
import type { CellValue } from "../../src/domain/register";
import {
  cadenceMonths,
  edate,
  nextReviewGives,
  overdueReviews,
  overdueReviewsOf,
} from "../../src/domain/reviews";
import { DEFAULT_SETTINGS, PANEL_ISSUES, PANEL_RISKS } from "../../src/domain/settings";
import { snapshot } from "./check/registers";

const d = (year: number, month: number, day: number) => serialFromDate({ year, month, day });
const settings = DEFAULT_SETTINGS;

test("the cadence comes from the band: Critical and High monthly, Moderate quarterly, Low six-monthly", () => {
  expect(["Critical", "High", "Moderate", "Low", "high"].map((b) => cadenceMonths(b, settings))).toEqual([
    1, 1, 3, 6, 1,
  ]);
  expect(cadenceMonths("", settings)).toBeNull();
  expect(cadenceMonths(null, settings)).toBeNull();
  expect(cadenceMonths("Severe", settings)).toBeNull();
  expect(cadenceMonths("Low", { ...settings, reviewCadence: { High: 1 } })).toBeNull();
});

test("EDATE keeps the day of the month, or takes the month's last day (31 January + 1 month)", () => {
  expect(edate(d(2011, 1, 15), 1)).toBe(d(2011, 2, 15)); // Microsoft's example
  expect(edate(d(2011, 1, 15), -1)).toBe(d(2010, 12, 15));
  expect(edate(d(2026, 1, 31), 1)).toBe(d(2026, 2, 28));
  expect(edate(d(2028, 1, 31), 1)).toBe(d(2028, 2, 29));
  expect(edate(d(2026, 3, 31), 3)).toBe(d(2026, 6, 30));
  expect(edate(d(2026, 8, 31), 6)).toBe(d(2027, 2, 28));
  expect(edate(d(2026, 12, 15), 1)).toBe(d(2027, 1, 15));
  expect(edate(d(2026, 5, 10), 1.9)).toBe(d(2026, 6, 10)); // months truncated
});

test("EDATE agrees with a month-by-month count for any date and cadence", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: d(1901, 1, 1), max: d(9000, 12, 31) }),
      fc.integer({ min: 0, max: 24 }),
      (s, m) => {
        const from = dateFromSerial(s);
        const to = dateFromSerial(edate(s, m));
        const months = (to.year - from.year) * 12 + to.month - from.month;
        const last = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
        return months === m && to.day === Math.min(from.day, last);
      },
    ),
  );
});

test("what the Next Review formula gives: blank until reviewed, blank without a band", () => {
  expect(nextReviewGives(d(2026, 7, 14), "High", settings)).toBe(d(2026, 8, 14));
  expect(nextReviewGives(d(2026, 7, 14), "Low", settings)).toBe(d(2027, 1, 14));
  expect(nextReviewGives(null, "High", settings)).toBeNull();
  expect(nextReviewGives("14/07/2026", "High", settings)).toBeNull(); // ISNUMBER of text is FALSE
  expect(nextReviewGives(d(2026, 7, 14), "", settings)).toBeNull();
});

const HEADERS = [
  "#",
  "There is a risk that…",
  "Severity Band",
  "Owner",
  "Last Reviewed",
  "Next Review",
  "Status",
];
const row = (n: number, band: string, owner: CellValue, last: CellValue, status = "Open") => [
  n,
  `Risk ${n}`,
  band,
  owner,
  last,
  null,
  status,
];

test("overdueReviews lists the live risks overdue on the day, with their owners, in register order", () => {
  const snap = snapshot(PANEL_RISKS, HEADERS, [
    row(13, "High", "DCC", d(2026, 6, 1)),
    row(2, "Low", "SECAS", d(2026, 6, 1)),
    row(4, "Critical", " SECAS ", d(2026, 6, 14)),
    row(5, "Critical", "Ofgem", d(2026, 1, 1), "Closed"),
  ]);
  const list = overdueReviews(recordsOf(snap), settings, { year: 2026, month: 8, day: 4 });
  expect(list.map((o) => [o.id, o.owner, o.daysOverdue, o.neverReviewed])).toEqual([
    ["13", "DCC", 34, false],
    ["4", "SECAS", 21, false],
  ]);
  // An issue register has no reviews.
  const issues = snapshot(PANEL_ISSUES, HEADERS, [row(1, "High", "DCC", d(2020, 1, 1))]);
  expect(
    overdueReviewsOf([issues, snap], settings, { year: 2026, month: 8, day: 4 }).map((o) => o.id),
  ).toEqual(["13", "4"]);
});

describe("the cover note's sentence", () => {
  test("plurals, number order and owners", () => {
    expect(overdueReviewSentence([])).toBe("");
    expect(overdueReviewSentence([{ id: "4", owner: "SECAS" }])).toBe(
      "SEC Panel Risk 4 is overdue for review (owner: SECAS).",
    );
    expect(
      overdueReviewSentence([
        { id: "13", owner: "DCC" },
        { id: "4", owner: "SECAS" },
      ]),
    ).toBe("SEC Panel Risks 4 and 13 are overdue for review (owners: SECAS; DCC).");
    expect(
      overdueReviewSentence([
        { id: "10", owner: "SECAS" },
        { id: "2", owner: "SECAS" },
      ]),
    ).toBe("SEC Panel Risks 2 and 10 are overdue for review (owner: SECAS).");
    expect(
      overdueReviewSentence([
        { id: "4", owner: "SECAS" },
        { id: "13", owner: "DCC" },
        { id: "6", owner: "SECAS" },
      ]),
    ).toBe("SEC Panel Risks 4, 6 and 13 are overdue for review (owners: SECAS (4 and 6); DCC (13)).");
    expect(overdueReviewSentence([{ id: "4", owner: "" }])).toBe(
      "SEC Panel Risk 4 is overdue for review (no owner recorded).",
    );
  });

  test("it closes the updates to existing risks when some are overdue, and is absent when none are", () => {
    const snap = snapshot(PANEL_RISKS, HEADERS, [
      row(4, "High", "SECAS", d(2026, 6, 14)),
      row(13, "Critical", "DCC", d(2026, 6, 30)),
      row(7, "Low", "DCC", d(2026, 6, 30)),
    ]);
    const overdue = (day: number) =>
      overdueReviews(recordsOf(snap), settings, { year: 2026, month: 8, day }).map((o) => ({
        id: o.id,
        owner: o.owner,
      }));
    const lines = (day: number) =>
      coverNoteLines(coverNote({ changes: [], descriptions: new Map(), overdueReviews: overdue(day) }));
    const at4 = lines(4);
    const i = at4.indexOf("2.2 Updates to existing risks");
    expect(at4.slice(i, i + 3)).toEqual([
      "2.2 Updates to existing risks",
      "There are no updates to existing risks this month.",
      "SEC Panel Risks 4 and 13 are overdue for review (owners: SECAS; DCC).",
    ]);
    // On 20 July only Risk 4 (due 14 July) is overdue; on 10 July none is, and the note says nothing.
    const july = (day: number) =>
      coverNoteLines(
        coverNote({
          changes: [],
          descriptions: new Map(),
          overdueReviews: overdueReviews(recordsOf(snap), settings, { year: 2026, month: 7, day }),
        }),
      );
    expect(july(20)).toContain("SEC Panel Risk 4 is overdue for review (owner: SECAS).");
    expect(july(10).some((l) => /overdue/.test(l))).toBe(false);
    expect(coverNoteLines(coverNote({ changes: [], descriptions: new Map() }))).toEqual(july(10));
  });
});
