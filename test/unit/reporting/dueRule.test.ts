import fc from "fast-check";
import { DEFAULT_HOLIDAY_CALENDAR as UK } from "../../../src/domain/reporting/bankHolidays";
import { dueDate, parseDueRule } from "../../../src/domain/reporting/dueRule";
import type { DueRule, Frequency } from "../../../src/domain/reporting/types";
import { nthWorkingDayOfMonth } from "../../../src/domain/reporting/workingDays";

const after = (days: number): DueRule => ({ kind: "workingDaysAfterPeriodEnd", days });
const ofMonth = (day: number): DueRule => ({ kind: "workingDayOfFollowingMonth", day });
const none: DueRule = { kind: "notSpecified" };

// 001_00ee6edd6f4261a8.txt "2.1 DCC reporting", each cell's lines joined with single spaces.
const PAPER_001: [string, Frequency, DueRule, string][] = [
  ["SEC H13.4 – Monthly 25 working days following end of month.", "monthly", after(25), "SEC H13.4"],
  [
    "SEC F9.15– Quarterly. The SEC does not prescribe when after end of quarter, the report is provided.",
    "quarterly",
    none,
    "SEC F9.15",
  ],
  [
    "SEC F7.21 “within a reasonable period of time following each quarter that ends prior to 1 January 2021”.",
    "quarterly",
    none,
    "SEC F7.21",
  ],
  ["SEC Appendix AG 2.5.10 – Monthly - timing not specified.", "monthly", none, "SEC Appendix AG 2.5.10"],
  ["SEC L8.9 – 10th Working Day following month end.", "monthly", after(10), "SEC L8.9"],
  ["SEC H3.24 – 10th working day of month", "monthly", ofMonth(10), "SEC H3.24"],
  [
    "Per SEC Appendix AG Quarterly specific timing not specified within Appendix AG.",
    "quarterly",
    none,
    "SEC Appendix AG",
  ],
];

// 004_556e2fd768af6e86.txt is OCR of a two-column scan; these are its cells put back together (em dashes,
// brackets, "10" for "10th"), as the December 2018 paper printed them.
const PAPER_004: [string, Frequency, DueRule, string][] = [
  ["(SEC H13.4 — Monthly 25 working days following end of month).", "monthly", after(25), "SEC H13.4"],
  [
    "(SEC F9.15 — Quarterly) The SEC does not prescribe when after end of quarter, the report is provided.",
    "quarterly",
    none,
    "SEC F9.15",
  ],
  [
    "(SEC F7.21 “within a reasonable period of time following each quarter that ends prior to 01 January 2021”).",
    "quarterly",
    none,
    "SEC F7.21",
  ],
  ["(SEC Appendix AG 2.5.10 — Monthly - timing not specified).", "monthly", none, "SEC Appendix AG 2.5.10"],
  ["SEC L8.9 — 10 Working Day following month end", "monthly", after(10), "SEC L8.9"],
  ["(SEC H3.24 — 10 working day of month)", "monthly", ofMonth(10), "SEC H3.24"],
  [
    "Per SEC Appendix AG Quarterly timing not specified within Appendix AG.",
    "quarterly",
    none,
    "SEC Appendix AG",
  ],
];

describe("parseDueRule", () => {
  test.each([...PAPER_001, ...PAPER_004])("%s", (text, frequency, rule, secReference) => {
    // The NEP's words also end it (below): that part is checked there.
    const { endsBefore: _end, ...parsed } = parseDueRule(text) as { endsBefore?: unknown };
    expect(parsed).toEqual({ ok: true, frequency, rule, secReference });
  });

  test.each([
    ["SEC H13.4-Monthly 25 working days following end of month", after(25), "SEC H13.4"],
    ["sec h13.4 — MONTHLY 25 WORKING DAYS FOLLOWING END OF MONTH", after(25), "SEC H13.4"],
    ["SEC H13.4 – Monthly twenty-five working days following the end of the month.", after(25), "SEC H13.4"],
    ["SEC H13.4 – Monthly twenty five working days after the end of each month.", after(25), "SEC H13.4"],
    ["SEC L8.9 – tenth Working Day following month-end.", after(10), "SEC L8.9"],
    ["SEC L8.9 – ten working days following month end.", after(10), "SEC L8.9"],
    ["SEC L8.9 – 1st working day following month end.", after(1), "SEC L8.9"],
    ["SEC H3.24 – 5th working day of the following month", ofMonth(5), "SEC H3.24"],
    ["sec appendix ag 2.5.10 - monthly - timing not specified", none, "SEC Appendix AG 2.5.10"],
  ])("forgiving about form: %s", (text, rule, secReference) => {
    expect(parseDueRule(text)).toEqual({ ok: true, frequency: "monthly", rule, secReference });
  });

  test("a quarterly working-day rule counts from the quarter's end", () => {
    expect(parseDueRule("SEC X1.2 – Quarterly 20 working days following end of quarter.")).toEqual({
      ok: true,
      frequency: "quarterly",
      rule: after(20),
      secReference: "SEC X1.2",
    });
  });

  test.each([
    ["Monthly 25 working days following end of month.", 'No SEC clause (such as "SEC H13.4") in "Monthly 25'],
    [
      "SEC H13.4 – 25 working days following the end.",
      'No frequency ("Monthly" or "Quarterly") in "SEC H13.4',
    ],
    ["SEC H13.4 – Monthly or quarterly, as agreed.", "Both monthly and quarterly"],
    ["SEC H13.4 – Monthly.", 'No timing in "SEC H13.4 – Monthly."'],
    [
      "SEC H13.4 – Monthly working days following end of month.",
      'No count of working days before "working day"',
    ],
    ["SEC H13.4 – Monthly 0 working days following end of month.", "No count of working days"],
    [
      "SEC H13.4 – Monthly 25 working days before end of month.",
      'Could not tell what "25 working days before end of month" counts from',
    ],
    ["SEC H3.24 – 25th working day of month", "No month has 25 working days"],
    ["SEC H13.4 – Monthly 61 working days following end of month.", "more than the 60"],
  ])("says what it could not read: %s", (text, error) => {
    const parsed = parseDueRule(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });

  test("property: never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDueRule(`SEC H13.4 ${text}`);
        expect(typeof parsed.ok).toBe("boolean");
        expect(typeof parseDueRule(text).ok).toBe("boolean");
      }),
    );
  });

  test("property: any dash, spacing, case and ordinal form reads the same count", () => {
    const dash = fc.constantFrom("–", "—", "-", " – ", " - ", "– ");
    const suffix = (n: number) =>
      n % 10 === 1 && n !== 11
        ? "st"
        : n % 10 === 2 && n !== 12
          ? "nd"
          : n % 10 === 3 && n !== 13
            ? "rd"
            : "th";
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        dash,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (n, d, ordinal, upper, plural) => {
          const count = ordinal ? `${n}${suffix(n)}` : String(n);
          const text = `SEC L8.9${d}${count} Working Day${plural ? "s" : ""} following month end.`;
          const parsed = parseDueRule(upper ? text.toUpperCase() : text);
          expect(parsed).toEqual({
            ok: true,
            frequency: "monthly",
            rule: after(n),
            secReference: "SEC L8.9",
          });
        },
      ),
    );
  });
});

describe("dueDate", () => {
  const month = (year: number, m: number) => ({ frequency: "monthly" as const, year, month: m });

  test("CSR Variance Report August 2018 (SEC L8.9, 10th working day after month end): Friday 14 September", () => {
    expect(dueDate(month(2018, 8), after(10), UK)).toEqual({ year: 2018, month: 9, day: 14 });
  });

  test("July 2018: the 10th working day after the month counts from 1 August", () => {
    expect(dueDate(month(2018, 7), after(10), UK)).toEqual({ year: 2018, month: 8, day: 14 });
  });

  test("Performance Measurement Report July 2018 (25 working days, past 27 August): Wednesday 5 September", () => {
    expect(dueDate(month(2018, 7), after(25), UK)).toEqual({ year: 2018, month: 9, day: 5 });
  });

  test("SR Variance September 2018 (SEC H3.24, 10th working day of month): Friday 12 October", () => {
    expect(dueDate(month(2018, 9), ofMonth(10), UK)).toEqual({ year: 2018, month: 10, day: 12 });
    expect(dueDate(month(2018, 9), ofMonth(10), UK)).toEqual(nthWorkingDayOfMonth(2018, 10, 10, UK));
  });

  test("December 2018's 10th working day of January skips New Year's Day: Tuesday 15 January 2019", () => {
    expect(dueDate(month(2018, 12), ofMonth(10), UK)).toEqual({ year: 2019, month: 1, day: 15 });
  });

  test("a quarter counts from its last day; no timing gives no date", () => {
    const q3 = { frequency: "quarterly" as const, year: 2018, month: 9 };
    expect(dueDate(q3, after(20), UK)).toEqual({ year: 2018, month: 10, day: 26 });
    expect(dueDate(q3, none, UK)).toBeNull();
    expect(dueDate(month(2018, 8), none, UK)).toBeNull();
  });

  test("property: the two 'nth' rules agree wherever the next month has n working days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2017, max: 2029 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 18 }),
        (y, m, n) => {
          const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
          expect(dueDate(month(y, m), ofMonth(n), UK)).toEqual(nthWorkingDayOfMonth(next.y, next.m, n, UK));
          expect(dueDate(month(y, m), ofMonth(n), UK)).toEqual(dueDate(month(y, m), after(n), UK));
        },
      ),
    );
  });
});

describe("parseDueRule: an obligation that ends", () => {
  test("the NEP's 'each quarter that ends prior to 1 January 2021' (001) and '01 January 2021' (004)", () => {
    const jan2021 = { year: 2021, month: 1, day: 1 };
    for (const [text] of [...PAPER_001, ...PAPER_004].filter(([t]) => t.includes("F7.21"))) {
      const parsed = parseDueRule(text);
      expect(parsed).toMatchObject({ ok: true, frequency: "quarterly", endsBefore: jan2021 });
    }
    // The papers' other obligations never end.
    for (const [text] of [...PAPER_001, ...PAPER_004].filter(([t]) => !t.includes("F7.21")))
      expect(parseDueRule(text)).not.toHaveProperty("endsBefore");
  });

  test("'before 31st March 2025' reads too; a date without 'prior to' or 'before' does not end it", () => {
    expect(
      parseDueRule("SEC X1.2 – Quarterly, for quarters before 31st March 2025, timing not specified"),
    ).toMatchObject({
      endsBefore: { year: 2025, month: 3, day: 31 },
    });
    expect(parseDueRule("SEC X1.2 – Quarterly from 1 January 2021, timing not specified")).not.toHaveProperty(
      "endsBefore",
    );
  });
});
