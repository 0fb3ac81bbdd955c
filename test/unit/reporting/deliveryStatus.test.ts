import fc from "fast-check";
import { DEFAULT_HOLIDAY_CALENDAR as UK } from "../../../src/domain/reporting/bankHolidays";
import { deliveryStatus, periodLabel } from "../../../src/domain/reporting/deliveryStatus";
import { dueDate, parseDueRule } from "../../../src/domain/reporting/dueRule";
import { statusText } from "../../../src/domain/reporting/statusText";
import type { Day, Obligation, Period } from "../../../src/domain/reporting/types";
import {
  addDays,
  compareDays,
  dayFromNumber,
  dayNumber,
  isWorkingDay,
  workingDaysBetween,
} from "../../../src/domain/reporting/workingDays";

const d = (year: number, month: number, day: number): Day => ({ year, month, day });

/** An obligation read from a paper's "Delivery per SEC" words, as the tracker will read it. */
function obligation(report: string, deliveryText: string, contentReference: string): Obligation {
  const parsed = parseDueRule(deliveryText);
  if (!parsed.ok) throw new Error(parsed.error);
  const { frequency, rule, secReference } = parsed;
  return { report, secReference, frequency, rule, deliveryText, contentReference };
}

// 001_00ee6edd6f4261a8.txt "2.1 DCC reporting".
const CSR = obligation(
  "Certificate Signing Request (CSR) Variance Report",
  "SEC L8.9 – 10th Working Day following month end.",
  "Per SEC L8.9(a),",
);
const PMR = obligation(
  "Performance Measurement Report",
  "SEC H13.4 – Monthly 25 working days following end of month.",
  "Per SEC H13.1. & L8.6",
);
const RETURNS = obligation(
  "DCC Responsible Communications Hub Returns Report",
  "SEC F9.15– Quarterly. The SEC does not prescribe when after end of quarter, the report is provided.",
  "n/a",
);
const RDP = obligation(
  "Registration Data Provider (RDP) Incident Report",
  "SEC Appendix AG 2.5.10 – Monthly - timing not specified.",
  "Per SEC Appendix AG.",
);
const SR = obligation(
  "Service Request (SR) Variance Reporting",
  "SEC H3.24 – 10th working day of month",
  "Per SEC H3.24.",
);

const month = (year: number, m: number): Period => ({ frequency: "monthly", year, month: m });
const row = (o: Obligation, period: Period, received: Day | null, dueThisMonth = true) => ({
  obligation: o,
  period,
  received,
  dueThisMonth,
});

describe("deliveryStatus", () => {
  test("the 001 paper's CSR Variance Report – August 2018: 'Received one Working Day late'", () => {
    // Due: the 10th working day after 31 August 2018. 1 September is a Saturday, so counting starts on
    // Monday 3 September: 3, 4, 5, 6, 7 (5), 10, 11, 12, 13, 14 (10): due Friday 14 September 2018.
    // Received Monday 17 September 2018, the next working day: one Working Day late.
    expect(dueDate(month(2018, 8), CSR.rule, UK)).toEqual(d(2018, 9, 14));
    const status = deliveryStatus(row(CSR, month(2018, 8), d(2018, 9, 17)), d(2018, 9, 20), UK);
    expect(status).toEqual({ kind: "late", workingDays: 1 });
    expect(statusText(status, CSR.frequency)).toBe("Received one Working Day late");
  });

  test("received on the due day, or before it, is On Time", () => {
    const today = d(2018, 9, 20);
    expect(statusText(deliveryStatus(row(CSR, month(2018, 8), d(2018, 9, 14)), today, UK), "monthly")).toBe(
      "On Time",
    );
    expect(deliveryStatus(row(CSR, month(2018, 8), d(2018, 9, 3)), today, UK)).toEqual({ kind: "onTime" });
    // PMR July 2018: 25 working days after 31 July, past the 27 August bank holiday, is 5 September.
    expect(deliveryStatus(row(PMR, month(2018, 7), d(2018, 9, 5)), today, UK)).toEqual({ kind: "onTime" });
    expect(deliveryStatus(row(PMR, month(2018, 7), d(2018, 9, 6)), today, UK)).toEqual({
      kind: "late",
      workingDays: 1,
    });
  });

  test("received the Saturday after a Friday deadline is still one Working Day late", () => {
    expect(deliveryStatus(row(CSR, month(2018, 8), d(2018, 9, 15)), d(2018, 9, 20), UK)).toEqual({
      kind: "late",
      workingDays: 1,
    });
  });

  test("late across Easter 2019: due Friday 12 April, received Tuesday 23 April is five Working Days late", () => {
    // 15, 16, 17, 18 April (4); Good Friday 19 and Easter Monday 22 skipped; 23 April (5).
    const status = deliveryStatus(row(CSR, month(2019, 3), d(2019, 4, 23)), d(2019, 5, 1), UK);
    expect(status).toEqual({ kind: "late", workingDays: 5 });
    expect(statusText(status, "monthly")).toBe("Received five Working Days late");
  });

  test("late across Christmas: SR November 2018 due Friday 14 December, received 2 January 2019", () => {
    // 17-21 Dec (5), 24 (6), 27, 28 (8), 31 (9), 2 Jan (10): Christmas, Boxing Day and New Year's Day skipped.
    expect(dueDate(month(2018, 11), SR.rule, UK)).toEqual(d(2018, 12, 14));
    const status = deliveryStatus(row(SR, month(2018, 11), d(2019, 1, 2)), d(2019, 1, 10), UK);
    expect(statusText(status, "monthly")).toBe("Received ten Working Days late");
  });

  test("not received: awaited up to and on the due day, overdue after it", () => {
    const r = row(CSR, month(2018, 8), null);
    expect(deliveryStatus(r, d(2018, 9, 1), UK)).toEqual({ kind: "awaited" });
    expect(deliveryStatus(r, d(2018, 9, 14), UK)).toEqual({ kind: "awaited" });
    expect(deliveryStatus(r, d(2018, 9, 15), UK)).toEqual({ kind: "overdue", workingDays: 1 });
    const status = deliveryStatus(r, d(2018, 9, 19), UK);
    expect(status).toEqual({ kind: "overdue", workingDays: 3 });
    expect(statusText(status, "monthly")).toBe("Overdue: not received, three Working Days after it was due");
  });

  test("a quarterly report's off month: 'Quarterly report. Nothing to review this month'", () => {
    const q = { frequency: "quarterly" as const, year: 2018, month: 9 };
    const status = deliveryStatus(row(RETURNS, q, null, false), d(2018, 9, 20), UK);
    expect(status).toEqual({ kind: "nothingThisMonth" });
    expect(statusText(status, RETURNS.frequency)).toBe("Quarterly report. Nothing to review this month");
    // Off month wins even over a received report: the paper has nothing to review.
    expect(deliveryStatus(row(CSR, month(2018, 8), d(2018, 9, 30), false), d(2018, 10, 20), UK)).toEqual({
      kind: "nothingThisMonth",
    });
  });

  test("no SEC timing: neither on time nor late, only whether it came", () => {
    expect(deliveryStatus(row(RDP, month(2018, 8), d(2018, 9, 28)), d(2018, 10, 1), UK)).toEqual({
      kind: "timingNotSpecified",
      received: true,
    });
    const q = { frequency: "quarterly" as const, year: 2018, month: 9 };
    expect(deliveryStatus(row(RETURNS, q, null), d(2018, 12, 1), UK)).toEqual({
      kind: "timingNotSpecified",
      received: false,
    });
  });

  const anyDay = fc
    .integer({ min: dayNumber(d(2018, 8, 1)), max: dayNumber(d(2018, 12, 31)) })
    .map((n) => dayFromNumber(n));

  test("property: on time exactly when received by the due day; late by the working days past it", () => {
    const due = d(2018, 9, 14);
    fc.assert(
      fc.property(anyDay, (received) => {
        const status = deliveryStatus(row(CSR, month(2018, 8), received), d(2019, 1, 31), UK);
        if (compareDays(received, due) <= 0) expect(status).toEqual({ kind: "onTime" });
        else if (isWorkingDay(received, UK))
          expect(status).toEqual({ kind: "late", workingDays: workingDaysBetween(due, received, UK) });
        else expect(status.kind).toBe("late");
      }),
    );
  });

  test("property: an overdue count never falls as the days go by", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 10 }), (today, step) => {
        const r = row(CSR, month(2018, 8), null);
        const count = (day: Day) => {
          const s = deliveryStatus(r, day, UK);
          return s.kind === "overdue" ? s.workingDays : 0;
        };
        expect(count(addDays(today, step))).toBeGreaterThanOrEqual(count(today));
      }),
    );
  });
});

describe("periodLabel", () => {
  test("the paper's period words", () => {
    expect(periodLabel(month(2018, 7))).toBe("July 2018");
    expect(periodLabel(month(2018, 12))).toBe("December 2018");
    expect(periodLabel({ frequency: "quarterly", year: 2018, month: 9 })).toBe(
      "Quarter ending September 2018",
    );
  });
});
