// The DCC reporting tracker's words (issue 15): an obligation the SEC puts on the DCC to send a report,
// one row of the tracker per report and period, and what the Sub-Committee Report's "2.1 DCC reporting"
// table prints. Pure data: due dates and statuses are worked out in dueRule.ts and deliveryStatus.ts.

/** A calendar day, month 1–12 (no time zone: the SEC's days are England and Wales days). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A month: the period's, or the Ops Group meeting month whose paper reviews the row. */
export interface Month {
  year: number;
  month: number;
}

/** How often a report is owed. */
export type Frequency = "monthly" | "quarterly";

/**
 * When a report is due after the end of its period, as the SEC words it:
 * - `workingDaysAfterPeriodEnd`: the nth working day after the period ends ("25 working days following
 *   end of month", "10th Working Day following month end");
 * - `workingDayOfFollowingMonth`: the nth working day of the month after the period ("10th working day
 *   of month", for the previous month's report);
 * - `notSpecified`: the SEC gives no timing ("Quarterly … timing not specified", "within a reasonable
 *   period of time following each quarter").
 */
export type DueRule =
  | { kind: "workingDaysAfterPeriodEnd"; days: number }
  | { kind: "workingDayOfFollowingMonth"; day: number }
  | { kind: "notSpecified" };

/** An obligation: one report the DCC owes, as the tracker's obligations list it. */
export interface Obligation {
  /** "Performance Measurement Report": the report's name, without its period. */
  report: string;
  /** "SEC H13.4": the clause that sets the obligation. */
  secReference: string;
  frequency: Frequency;
  rule: DueRule;
  /** The "Delivery per SEC" words as the paper prints them: "SEC H13.4 – Monthly 25 working days following end of month." */
  deliveryText: string;
  /** The "Content" column's reference: "Per SEC H13.1. & L8.6". */
  contentReference: string;
  /** Months between the period's month and the month of the paper that reviews it (default 1; the
   * Performance Measurement Report, due 25 working days after month end, is reviewed 2 months on). */
  reviewLag?: number;
  /** Owed only for periods ending before this day (NEP, SEC F7.21: "each quarter that ends prior to
   * 1 January 2021"); absent: owed for every period. */
  endsBefore?: Day;
}

/** The period a report covers: a month, or a quarter (named by its last month). */
export interface Period {
  frequency: Frequency;
  year: number;
  /** The period's last month, 1–12 (a quarter ends in March, June, September or December). */
  month: number;
}

/** What the tracker computes for one report and period. */
export type DeliveryStatus =
  | { kind: "onTime" }
  | { kind: "late"; workingDays: number }
  | { kind: "overdue"; workingDays: number }
  | { kind: "awaited" }
  | { kind: "nothingThisMonth" }
  | { kind: "timingNotSpecified"; received: boolean };

/** One row of the tracker: a report for a period. */
export interface TrackerRow {
  obligation: Obligation;
  period: Period;
  /** The day the DCC's report arrived; null while it has not. */
  received: Day | null;
  /** Whether this month's paper has the report to review (a quarterly report's off months: false). */
  dueThisMonth: boolean;
  /** The month of the Ops Group paper that reviews the report (newMonth.ts); absent: the period's month
   * plus the obligation's reviewLag. 004 reviews its SR report for September in December. */
  reviewedIn?: Month;
  /** The words printed after the report's name instead of its month ("July18", "– August 2018",
   * "— September 2018 (October and November reports yet to be published)"); absent: the month. */
  periodWords?: string;
  /** The content summary the group recorded ("7 Incidents opened and resolved in the month."). */
  content: string;
  /** The group's observations, as the paper prints them (one paragraph per line). */
  observations: string;
  /** Action numbers of the action log that the observations led to (SECP47/02, OPSG14/03). */
  actions: readonly string[];
  /** A person's own words for the delivery ("Received on time.", "Provided on time but re-issued 2 days
   * later."): printed instead of the computed status, as a RAG override replaces a computed RAG. */
  deliveryNote?: string;
}

/** A row of the "Report | Delivery per SEC | Content | Observations" table, as printed. */
export interface ReportTableRow {
  /** "Performance Measurement Report July18" : the report and its period, as the paper prints it. */
  report: string;
  /** The delivery status words, then the obligation ("On Time" / "SEC H13.4 – Monthly …"). */
  delivery: string;
  content: string;
  observations: string;
}
