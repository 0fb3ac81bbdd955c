// The words a delivery status prints in the "Delivery per SEC" column, as the Sub-Committee Report
// writes them: "On Time", "Received one Working Day late" (001_00ee6edd6f4261a8.txt, the CSR Variance
// Report of August 2018). "Working Day" is capitalised because the SEC defines it.
import type { DeliveryStatus, Frequency } from "./types";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "one", "two" … "ten", then digits, as the papers count days. */
export const countWords = (n: number): string => WORDS[n] ?? String(n);

const workingDays = (n: number) => `${countWords(n)} Working Day${n === 1 ? "" : "s"}`;

/** The status line printed above the obligation in the Delivery per SEC column. */
export function statusText(status: DeliveryStatus, frequency: Frequency): string {
  switch (status.kind) {
    case "onTime":
      return "On Time";
    case "late":
      return `Received ${workingDays(status.workingDays)} late`;
    case "overdue":
      return `Overdue: not received, ${workingDays(status.workingDays)} after it was due`;
    case "awaited":
      return "Not yet due";
    case "nothingThisMonth":
      return frequency === "quarterly"
        ? "Quarterly report. Nothing to review this month"
        : "Nothing to review this month";
    case "timingNotSpecified":
      return status.received
        ? "Received (timing not specified by the SEC)"
        : "Timing not specified by the SEC";
  }
}
