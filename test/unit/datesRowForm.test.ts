// The Edit view's Last Reviewed: shown as a date, never as the serial Excel stores, saved as a serial.
import { formFromRow, formUpdates, validateForm } from "../../src/domain/rowForm";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

const row = (lastReviewed: string | number | null, order: "dmy" | "mdy" = "dmy") =>
  formFromRow(
    "panelRisks",
    "risk",
    "Panel Risks",
    5,
    { number: 4, description: "Testing may be insufficient.", impact: 3, likelihood: 3, lastReviewed },
    order,
  );

describe("Last Reviewed in the row form", () => {
  test("a serial shows as the paper prints it; a text date too; other text as it is", () => {
    expect(row(43649).lastReviewed).toBe("3 July 2019");
    expect(row("Jan-19").lastReviewed).toBe("January 2019");
    expect(row("TBC").lastReviewed).toBe("TBC");
    expect(row(null).lastReviewed).toBe("");
  });

  test("unchanged, nothing is written, whatever form the cell held", () => {
    for (const v of [43649, "Jan-19", "14/07/2017", null]) expect(formUpdates(row(v))).toEqual([]);
  });

  test("a typed date is written as its serial with a date format, read in the host's order", () => {
    expect(formUpdates({ ...row(null), lastReviewed: "03/07/2019" })).toEqual([
      { key: "lastReviewed", to: 43649, numberFormat: "d mmmm yyyy" },
    ]);
    expect(formUpdates({ ...row(null, "mdy"), lastReviewed: "03/07/2019" })).toEqual([
      { key: "lastReviewed", to: 43531, numberFormat: "d mmmm yyyy" },
    ]);
    expect(formUpdates({ ...row(43649), lastReviewed: "" })).toEqual([{ key: "lastReviewed", to: "" }]);
    // A text date left as shown is not rewritten; a different day is written as a date.
    expect(formUpdates({ ...row("3/7/2019"), lastReviewed: "3 July 2019" })).toEqual([]);
    expect(formUpdates({ ...row("July 2019"), lastReviewed: "3 July 2019" })).toEqual([
      { key: "lastReviewed", to: 43649, numberFormat: "d mmmm yyyy" },
    ]);
  });

  test("text that is not a date is refused with a clear message, and is kept as text if saved anyway", () => {
    const form = { ...row(null), lastReviewed: "next week" };
    expect(validateForm(form, DEFAULT_SETTINGS)).toContainEqual({
      field: "lastReviewed",
      message: 'Last Reviewed "next week" is not a date: write it as 14 July 2019 or 14/07/2019.',
    });
    expect(formUpdates(form)).toEqual([{ key: "lastReviewed", to: "next week", numberFormat: "@" }]);
  });
});
