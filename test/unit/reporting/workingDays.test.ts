import fc from "fast-check";
import { DEFAULT_HOLIDAY_CALENDAR as UK, holidayCalendar } from "../../../src/domain/reporting/bankHolidays";
import type { Day } from "../../../src/domain/reporting/types";
import {
  addDays,
  addWorkingDays,
  compareDays,
  dayFromIso,
  dayFromNumber,
  dayFromSerial,
  dayNumber,
  isoDay,
  isWorkingDay,
  monthEnd,
  nthWorkingDayAfter,
  nthWorkingDayOfMonth,
  periodEnd,
  quarterEndMonth,
  serialFromDay,
  weekday,
  workingDaysBetween,
} from "../../../src/domain/reporting/workingDays";

const d = (year: number, month: number, day: number): Day => ({ year, month, day });
const NONE = holidayCalendar([]);

/** Any day from 2017 to 2030, the years the default calendar covers. */
const anyDay = fc
  .integer({ min: dayNumber(d(2017, 1, 1)), max: dayNumber(d(2030, 11, 30)) })
  .map((n) => dayFromNumber(n));

describe("days", () => {
  test("day numbers, weekdays and ISO text", () => {
    expect(dayNumber(d(1970, 1, 1))).toBe(0);
    expect(dayFromNumber(dayNumber(d(2018, 9, 14)))).toEqual(d(2018, 9, 14));
    expect(weekday(d(2018, 9, 1))).toBe(6); // Saturday
    expect(weekday(d(2018, 9, 14))).toBe(5); // Friday
    expect(weekday(d(1969, 12, 28))).toBe(0); // a Sunday before 1970 still works
    expect(isoDay(d(2018, 9, 4))).toBe("2018-09-04");
    expect(dayFromIso("2018-09-04")).toEqual(d(2018, 9, 4));
    expect(dayFromIso("2018-02-30")).toBeNull();
    expect(dayFromIso("4 Sept 2018")).toBeNull();
    expect(addDays(d(2018, 12, 31), 1)).toEqual(d(2019, 1, 1));
    expect(addDays(d(2020, 3, 1), -1)).toEqual(d(2020, 2, 29));
    expect(compareDays(d(2018, 9, 14), d(2018, 9, 17))).toBeLessThan(0);
    expect(compareDays(d(2018, 9, 14), d(2018, 9, 14))).toBe(0);
  });

  test("weekday agrees with JavaScript's UTC calendar on every day tried", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(weekday(day)).toBe(new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay());
      }),
    );
  });

  test("Excel serials: 1900 system, with the phantom 29 February 1900", () => {
    expect(serialFromDay(d(2018, 9, 14))).toBe(43357);
    expect(dayFromSerial(43357)).toEqual(d(2018, 9, 14));
    expect(dayFromSerial(43357.75)).toEqual(d(2018, 9, 14)); // time of day ignored
    expect(serialFromDay(d(1900, 1, 1))).toBe(1);
    expect(serialFromDay(d(1900, 3, 1))).toBe(61); // one more than the 60 true days since 31 Dec 1899
    fc.assert(fc.property(anyDay, (day) => expect(dayFromSerial(serialFromDay(day))).toEqual(day)));
  });
});

describe("isWorkingDay", () => {
  test.each([
    [d(2018, 9, 14), true, "a Friday"],
    [d(2018, 9, 15), false, "a Saturday"],
    [d(2018, 9, 16), false, "a Sunday"],
    [d(2018, 8, 27), false, "the summer bank holiday"],
    [d(2020, 5, 8), false, "VE day 2020"],
    [d(2020, 5, 4), true, "the Monday the 2020 early May holiday moved from"],
    [d(2022, 5, 30), true, "the Monday the 2022 spring holiday moved from"],
    [d(2022, 6, 2), false, "the 2022 spring bank holiday"],
    [d(2022, 6, 3), false, "the Platinum Jubilee"],
    [d(2022, 9, 19), false, "the State Funeral"],
    [d(2023, 5, 8), false, "the Coronation"],
  ])("%o is %s (%s)", (day, expected) => {
    expect(isWorkingDay(day, UK)).toBe(expected);
  });

  test("the calendar passed in is the one used", () => {
    expect(isWorkingDay(d(2018, 8, 27), NONE)).toBe(true);
    expect(isWorkingDay(d(2018, 8, 28), holidayCalendar(["2018-08-28"]))).toBe(false);
  });
});

describe("nthWorkingDayAfter", () => {
  test("August 2018: 10th working day after 31 August (1 Sept a Saturday) is Friday 14 September", () => {
    expect(nthWorkingDayAfter(d(2018, 8, 31), 10, UK)).toEqual(d(2018, 9, 14));
  });

  test("July 2018: counting starts on 1 August; the 25th skips the 27 August bank holiday", () => {
    expect(nthWorkingDayAfter(d(2018, 7, 31), 1, UK)).toEqual(d(2018, 8, 1));
    expect(nthWorkingDayAfter(d(2018, 7, 31), 10, UK)).toEqual(d(2018, 8, 14));
    // Aug: 1-3 (3), 6-10 (8), 13-17 (13), 20-24 (18), 28-31 (22); Sept 3, 4, 5 (25).
    expect(nthWorkingDayAfter(d(2018, 7, 31), 25, UK)).toEqual(d(2018, 9, 5));
    expect(nthWorkingDayAfter(d(2018, 7, 31), 25, NONE)).toEqual(d(2018, 9, 4));
  });

  test("across the year end: 25 working days after December 2018 skips 1 January", () => {
    // Jan 2019: 2-4 (3), 7-11 (8), 14-18 (13), 21-25 (18), 28-31 (22); Feb 1 (23), 4 (24), 5 (25).
    expect(nthWorkingDayAfter(d(2018, 12, 31), 25, UK)).toEqual(d(2019, 2, 5));
    expect(nthWorkingDayAfter(d(2018, 12, 31), 25, NONE)).toEqual(d(2019, 2, 4));
    expect(nthWorkingDayAfter(d(2018, 12, 24), 1, UK)).toEqual(d(2018, 12, 27));
    // 2021: 25 Sat, 26 Sun, 27 and 28 substitute days.
    expect(nthWorkingDayAfter(d(2021, 12, 24), 1, UK)).toEqual(d(2021, 12, 29));
  });

  test("Easter 2019: 10th and 25th after March, past Good Friday, Easter Monday and early May", () => {
    expect(nthWorkingDayAfter(d(2019, 3, 31), 10, UK)).toEqual(d(2019, 4, 12));
    // Apr: 1-5 (5), 8-12 (10), 15-18 (14), 23-26 (18), 29-30 (20); May 1-3 (23), 7 (24), 8 (25).
    expect(nthWorkingDayAfter(d(2019, 3, 31), 25, UK)).toEqual(d(2019, 5, 8));
  });

  test("VE day 2020: 10th working day after April 2020 skips Friday 8 May, not Monday 4 May", () => {
    // May: 1 (1), 4-7 (5), 11-15 (10).
    expect(nthWorkingDayAfter(d(2020, 4, 30), 10, UK)).toEqual(d(2020, 5, 15));
    expect(nthWorkingDayAfter(d(2020, 4, 30), 2, UK)).toEqual(d(2020, 5, 4));
  });

  test("the 2022 jubilee: 10th working day after May 2022 skips 2 and 3 June", () => {
    // June: 1 (1), 6-10 (6), 13-16 (10).
    expect(nthWorkingDayAfter(d(2022, 5, 31), 10, UK)).toEqual(d(2022, 6, 16));
    expect(nthWorkingDayAfter(d(2022, 5, 31), 2, UK)).toEqual(d(2022, 6, 6));
  });

  test("0 gives the day itself; a negative or fractional count is refused", () => {
    expect(nthWorkingDayAfter(d(2018, 9, 15), 0, UK)).toEqual(d(2018, 9, 15));
    expect(() => nthWorkingDayAfter(d(2018, 9, 15), -1, UK)).toThrow(RangeError);
    expect(() => nthWorkingDayAfter(d(2018, 9, 15), 1.5, UK)).toThrow(RangeError);
    expect(addWorkingDays).toBe(nthWorkingDayAfter);
  });

  test("properties: a working day, strictly later, counted back exactly, monotonic in n", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 40 }), (day, n) => {
        const result = nthWorkingDayAfter(day, n, UK);
        expect(isWorkingDay(result, UK)).toBe(true);
        expect(compareDays(result, day)).toBeGreaterThan(0);
        expect(workingDaysBetween(day, result, UK)).toBe(n);
        expect(workingDaysBetween(day, addDays(result, -1), UK)).toBe(n - 1);
        expect(compareDays(nthWorkingDayAfter(day, n + 1, UK), result)).toBeGreaterThan(0);
      }),
    );
  });
});

describe("nthWorkingDayOfMonth", () => {
  test("10th working day of September 2018 and of January 2019 (1 January skipped)", () => {
    expect(nthWorkingDayOfMonth(2018, 9, 10, UK)).toEqual(d(2018, 9, 14));
    expect(nthWorkingDayOfMonth(2019, 1, 1, UK)).toEqual(d(2019, 1, 2));
    expect(nthWorkingDayOfMonth(2019, 1, 10, UK)).toEqual(d(2019, 1, 15));
  });

  test("null past the month's last working day; n below 1 refused", () => {
    // April 2017: starts on a Saturday, 20 weekdays less Good Friday and Easter Monday = 18.
    expect(nthWorkingDayOfMonth(2017, 4, 18, UK)).toEqual(d(2017, 4, 28));
    expect(nthWorkingDayOfMonth(2017, 4, 19, UK)).toBeNull();
    expect(() => nthWorkingDayOfMonth(2017, 4, 0, UK)).toThrow(RangeError);
  });

  test("property: it is in its month, a working day, with n-1 working days before it in the month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2017, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 18 }),
        (y, m, n) => {
          const result = nthWorkingDayOfMonth(y, m, n, UK);
          expect(result).not.toBeNull();
          expect([result!.year, result!.month]).toEqual([y, m]);
          expect(isWorkingDay(result!, UK)).toBe(true);
          expect(workingDaysBetween(addDays(d(y, m, 1), -1), result!, UK)).toBe(n);
        },
      ),
    );
  });
});

describe("workingDaysBetween", () => {
  test("after a, up to and including b", () => {
    expect(workingDaysBetween(d(2018, 9, 14), d(2018, 9, 17), UK)).toBe(1); // Fri to Mon
    expect(workingDaysBetween(d(2018, 9, 14), d(2018, 9, 15), UK)).toBe(0); // Fri to Sat
    expect(workingDaysBetween(d(2018, 9, 14), d(2018, 9, 14), UK)).toBe(0);
    // Fri 21 Dec 2018 to Wed 2 Jan 2019: 24, 27, 28, 31 Dec and 2 Jan.
    expect(workingDaysBetween(d(2018, 12, 21), d(2019, 1, 2), UK)).toBe(5);
  });

  test("b before a is negative: minus the count the other way round", () => {
    expect(workingDaysBetween(d(2018, 9, 17), d(2018, 9, 14), UK)).toBe(-1);
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const there = workingDaysBetween(a, b, UK);
        expect(there + workingDaysBetween(b, a, UK)).toBe(0);
        expect(Object.is(there, -0)).toBe(false); // a plain 0, so toBe(0) and === agree
      }),
    );
  });

  test("property: the count is the day-by-day walk's, across years, weekends and holidays", () => {
    // The walk the count replaced: every day after a up to b, a working day or not.
    const walked = (a: Day, b: Day) => {
      let count = 0;
      for (let x = addDays(a, 1); compareDays(x, b) <= 0; x = addDays(x, 1)) if (isWorkingDay(x, UK)) count++;
      return count;
    };
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (a, n) => {
        const b = addDays(a, n);
        expect(workingDaysBetween(a, b, UK)).toBe(walked(a, b));
      }),
      { numRuns: 300 },
    );
    // Two years overdue, 2018 to 2020.
    expect(workingDaysBetween(d(2018, 12, 31), d(2020, 12, 31), UK)).toBe(
      walked(d(2018, 12, 31), d(2020, 12, 31)),
    );
    // A holiday that falls on a weekend takes no working day (a calendar without substitutes).
    expect(workingDaysBetween(d(2022, 12, 23), d(2022, 12, 27), holidayCalendar(["2022-12-25"]))).toBe(2);
  });

  test("property: adds up across a middle day", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(workingDaysBetween(a, c, UK)).toBe(
          workingDaysBetween(a, b, UK) + workingDaysBetween(b, c, UK),
        );
      }),
    );
  });
});

describe("period ends", () => {
  test("months, leap Februaries and quarters", () => {
    expect(monthEnd(2018, 8)).toEqual(d(2018, 8, 31));
    expect(monthEnd(2018, 9)).toEqual(d(2018, 9, 30));
    expect(monthEnd(2019, 2)).toEqual(d(2019, 2, 28));
    expect(monthEnd(2020, 2)).toEqual(d(2020, 2, 29));
    expect(monthEnd(2018, 12)).toEqual(d(2018, 12, 31));
    expect(periodEnd({ frequency: "monthly", year: 2018, month: 7 })).toEqual(d(2018, 7, 31));
    expect(periodEnd({ frequency: "quarterly", year: 2018, month: 9 })).toEqual(d(2018, 9, 30));
    expect(periodEnd({ frequency: "quarterly", year: 2018, month: 12 })).toEqual(d(2018, 12, 31));
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(quarterEndMonth)).toEqual([
      3, 3, 3, 6, 6, 6, 9, 9, 9, 12, 12, 12,
    ]);
  });
});
