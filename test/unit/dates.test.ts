import {
  dateCell,
  dateFromSerial,
  dateOrderFromPattern,
  displayDate,
  formatPaperDate,
  localDateOf,
  parseRegisterDate,
  readRegisterDate,
  serialFromDate,
} from "../../src/domain/dates";

describe("serials", () => {
  test("14 July 2017 is 42930; Excel's 1900 leap-year day is skipped both ways", () => {
    expect(serialFromDate({ year: 2017, month: 7, day: 14 })).toBe(42930);
    expect(serialFromDate({ year: 1900, month: 1, day: 1 })).toBe(1);
    expect(serialFromDate({ year: 1900, month: 2, day: 28 })).toBe(59);
    expect(serialFromDate({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(dateFromSerial(42930)).toEqual({ year: 2017, month: 7, day: 14 });
    expect(dateFromSerial(42930.99)).toEqual({ year: 2017, month: 7, day: 14 });
    expect(dateFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(dateFromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(dateFromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  test("every day from 1901 to 2100 round-trips", () => {
    const wrong: number[] = [];
    for (let s = 367; s < 73051; s++) if (serialFromDate(dateFromSerial(s)) !== s) wrong.push(s);
    expect(wrong).toEqual([]);
  });

  test("today is the local calendar day, whatever the offset", () => {
    const late = new Date(2026, 10, 22, 23, 59); // local time
    expect(localDateOf(late)).toEqual({ year: 2026, month: 11, day: 22 });
  });
});

describe("register dates written as text", () => {
  test.each([
    ["14 July 2017", 42930, "day"],
    ["14 Jul 2017", 42930, "day"],
    ["14-Jul-17", 42930, "day"],
    ["14th July 2017", 42930, "day"],
    ["July 14, 2017", 42930, "day"],
    ["14/07/2017", 42930, "day"],
    ["14.07.2017", 42930, "day"],
    ["2017-07-14", 42930, "day"],
    ["2026-11-22T09:00:00.000Z", 46348, "day"],
    ["Jan-19", 43466, "month"],
    ["January 2019", 43466, "month"],
    ["Sept 2019", 43709, "month"],
  ])("%s", (text, serial, precision) => {
    const d = parseRegisterDate(text)!;
    expect([serialFromDate(d.date), d.precision]).toEqual([serial, precision]);
  });

  test("the order decides only an ambiguous numeric date", () => {
    expect(parseRegisterDate("03/07/2017", "dmy")!.date).toEqual({ year: 2017, month: 7, day: 3 });
    expect(parseRegisterDate("03/07/2017", "mdy")!.date).toEqual({ year: 2017, month: 3, day: 7 });
    expect(parseRegisterDate("07/14/2017", "dmy")!.date).toEqual({ year: 2017, month: 7, day: 14 });
    expect(parseRegisterDate("31/02/2017")).toBeNull();
  });

  test("text that is not a date is no date", () => {
    for (const t of ["", "TBC", "Q3 2019", "OPSG-008", "2019", "13/13/2019"])
      expect(parseRegisterDate(t)).toBeNull();
  });
});

describe("printing", () => {
  test("serials and text print as the paper does; other text prints as it is", () => {
    expect(formatPaperDate({ year: 2018, month: 10, day: 5 })).toBe("5 October 2018");
    expect(displayDate(42930)).toBe("14 July 2017");
    expect(displayDate("14/07/2017")).toBe("14 July 2017");
    expect(displayDate("Jan-19")).toBe("January 2019");
    expect(displayDate("TBC")).toBe("TBC");
    expect(displayDate(null)).toBe("");
    expect(readRegisterDate(true)).toBeNull();
  });

  test("a date is written as its serial with a format that shows it", () => {
    expect(dateCell(parseRegisterDate("14 July 2017")!)).toEqual({
      serial: 42930,
      numberFormat: "d mmmm yyyy",
    });
    expect(dateCell(parseRegisterDate("Jan-19")!)).toEqual({ serial: 43466, numberFormat: "mmmm yyyy" });
  });

  test("the host's short-date pattern gives the day order", () => {
    expect(dateOrderFromPattern("dd/mm/yyyy")).toBe("dmy");
    expect(dateOrderFromPattern("m/d/yyyy")).toBe("mdy");
    expect(dateOrderFromPattern("M/d/yyyy")).toBe("mdy");
    expect(dateOrderFromPattern("jj/mm/aaaa")).toBe("dmy");
    expect(dateOrderFromPattern("M/T/JJ")).toBe("mdy");
  });
});
