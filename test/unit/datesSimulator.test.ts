// The simulator's reading of text entered into cells and its Range.text rendering.
// Sources: https://github.com/OfficeDev/office-js/issues/1559 (Range.values reads text in en-US),
// https://github.com/OfficeDev/office-js/issues/229 (a date takes "m/d/yyyy" yet shows in the host's order),
// https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year (serial 60)
import { parseEntry, serialOf, dateOfSerial } from "../../src/workbench/simulator/inputParsing";
import { renderText } from "../../src/workbench/simulator/numberFormat";
import { enterText } from "../../src/workbench/simulator/cells";
import type { CellModel } from "../../src/workbench/simulator/model";

const TODAY = new Date("2026-11-22T09:00:00Z");

describe("text entered into a cell", () => {
  test.each([
    ["3", 3, undefined],
    ["-2", -2, undefined],
    ["3.5", 3.5, undefined],
    ["1e3", 1000, "0.00E+00"],
    ["1,000", 1000, "#,##0"],
    ["1,000.5", 1000.5, "#,##0.00"],
    ["50%", 0.5, "0%"],
    ["$5", 5, "$#,##0"],
    ["(5)", -5, undefined],
    ["08", 8, undefined],
    ["2019", 2019, undefined],
    ["TRUE", true, undefined],
    ["14 July 2017", 42930, "d-mmm-yy"],
    ["14 Jul 2017", 42930, "d-mmm-yy"],
    ["14-Jul-17", 42930, "d-mmm-yy"],
    ["July 14, 2017", 42930, "d-mmm-yy"],
    ["2017-07-14", 42930, "m/d/yyyy"],
    ["07/14/2017", 42930, "m/d/yyyy"],
    ["July 2017", 42917, "mmm-yy"],
    ["10:30", 0.4375, "h:mm"],
    ["2017-07-14 10:30", 42930.4375, "m/d/yyyy h:mm"],
  ])("%s (en-US) is %s with format %s", (text, value, format) => {
    const got = parseEntry(text, "en-US", TODAY);
    expect([got?.value, got?.format]).toEqual([value, format]);
  });

  test("the day/month order follows the locale; an impossible month stays text", () => {
    expect(parseEntry("03/07/2017", "en-GB", TODAY)?.value).toBe(42919); // 3 July
    expect(parseEntry("03/07/2017", "en-US", TODAY)?.value).toBe(42801); // 7 March
    expect(parseEntry("14/07/2017", "en-GB", TODAY)?.value).toBe(42930);
    expect(parseEntry("14/07/2017", "en-US", TODAY)).toBeNull();
    expect(parseEntry("£5", "en-GB", TODAY)).toEqual({ value: 5, format: "£#,##0" });
    expect(parseEntry("£5", "en-US", TODAY)).toBeNull();
  });

  test("a month and a small number is a day of this year, as Excel reads Jan-19", () => {
    expect(parseEntry("Jan-19", "en-US", TODAY)).toMatchObject({
      value: serialOf(2026, 1, 19),
      format: "d-mmm",
    });
    expect(parseEntry("Jan-2019", "en-US", TODAY)).toMatchObject({ value: 43466, format: "mmm-yy" });
    expect(parseEntry("Feb-30", "en-US", TODAY)).toMatchObject({
      value: serialOf(1930, 2, 1),
      format: "mmm-yy",
    });
  });

  test("text that is not a number or date stays text", () => {
    for (const t of [
      "OPSG-008",
      "Panel risk 3",
      "14.07.2017",
      "1.2.3",
      "Issue 4",
      "2026-12-02 07:32:49 UTC",
      "abc",
    ])
      expect([t, parseEntry(t, "en-GB", TODAY)]).toEqual([t, null]);
  });

  test("the 1900 date system keeps Excel's 29 February 1900", () => {
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(serialOf(1900, 2, 28)).toBe(59);
    expect(serialOf(1900, 2, 29)).toBe(60);
    expect(serialOf(1900, 3, 1)).toBe(61);
    expect(dateOfSerial(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(dateOfSerial(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(dateOfSerial(42930)).toMatchObject({ year: 2017, month: 7, day: 14, weekday: 5 });
  });
});

describe("the format a cell takes", () => {
  // Source: https://learn.microsoft.com/en-us/office/vba/api/excel.range.formula ("If you set the value
  // or formula of a cell to a date, Excel checks whether that cell is already formatted with one of the
  // date or time number formats. If not, Excel changes the number format").
  const cellWith = (numberFormat?: string) => ({ value: null, numberFormat }) as CellModel;
  test.each([
    [undefined, "14 July 2017", "d-mmm-yy"],
    ["0.00", "14 July 2017", "d-mmm-yy"],
    ["dd/mm/yyyy", "14 July 2017", "dd/mm/yyyy"],
    ["0.00", "50%", "0.00"],
    [undefined, "50%", "0%"],
    ["@", "14 July 2017", "@"],
  ])("a cell formatted %s given %s is formatted %s", (format, text, after) => {
    const cell = cellWith(format);
    enterText(cell, text, "en-GB", TODAY);
    expect(cell.numberFormat).toBe(after);
  });
});

describe("Range.text through a number format", () => {
  test.each([
    [42930, "General", "42930"],
    [0.1 + 0.2, "General", "0.3"],
    [3, "@", "3"],
    [3.14159, "0", "3"],
    [3.14159, "0.0", "3.1"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0.125, "0.0%", "12.5%"],
    [42930, "d mmmm yyyy", "14 July 2017"],
    [42930, "dd/mm/yyyy", "14/07/2017"],
    [42930, "d-mmm-yy", "14-Jul-17"],
    [42930, "yyyy-mm-dd", "2017-07-14"],
    [42930.4375, "yyyy-mm-dd hh:mm", "2017-07-14 10:30"],
    [42930, "dddd d mmmm", "Friday 14 July"],
    [0.75, "h:mm AM/PM", "6:00 PM"],
    [42930, "[$-409]mmm-yy", "Jul-17"],
  ])("%s as %s is %s", (value, format, text) => {
    expect(renderText(value, format, "en-GB")).toBe(text);
  });

  test("the built-in short date shows in the host's order", () => {
    expect(renderText(42930, "m/d/yyyy", "en-GB")).toBe("14/07/2017");
    expect(renderText(42930, "m/d/yyyy", "en-US")).toBe("7/14/2017");
  });

  test("text, booleans and blanks", () => {
    expect(renderText("08", "@", "en-GB")).toBe("08");
    expect(renderText(true, "General", "en-GB")).toBe("TRUE");
    expect(renderText(null, "General", "en-GB")).toBe("");
  });
});
