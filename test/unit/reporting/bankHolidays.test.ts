import {
  calendarCoversYear,
  DEFAULT_BANK_HOLIDAYS,
  DEFAULT_HOLIDAY_CALENDAR,
  holidayCalendar,
} from "../../../src/domain/reporting/bankHolidays";

// Independent of the code under test: JavaScript's own UTC calendar.
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plus = (date: Date, days: number) => new Date(date.getTime() + days * 86400000);

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The first (or, from the month's end, last) Monday of a month. */
function monday(year: number, month: number, which: "first" | "last"): Date {
  let d = which === "first" ? utc(year, month, 1) : utc(year, month + 1, 0);
  while (d.getUTCDay() !== 1) d = plus(d, which === "first" ? 1 : -1);
  return d;
}

/** The standing England and Wales pattern, with substitute days, before any one-off moves. */
function standing(year: number): Map<string, string> {
  const out = new Map<string, string>();
  const newYear = utc(year, 1, 1);
  const nyDay = newYear.getUTCDay();
  if (nyDay === 0 || nyDay === 6)
    out.set(iso(plus(newYear, nyDay === 6 ? 2 : 1)), "New Year’s Day (substitute day)");
  else out.set(iso(newYear), "New Year’s Day");
  const e = easter(year);
  out.set(iso(plus(e, -2)), "Good Friday");
  out.set(iso(plus(e, 1)), "Easter Monday");
  out.set(iso(monday(year, 5, "first")), "Early May bank holiday");
  out.set(iso(monday(year, 5, "last")), "Spring bank holiday");
  out.set(iso(monday(year, 8, "last")), "Summer bank holiday");
  const xmas = utc(year, 12, 25).getUTCDay();
  if (xmas === 6) {
    out.set(`${year}-12-27`, "Christmas Day (substitute day)");
    out.set(`${year}-12-28`, "Boxing Day (substitute day)");
  } else if (xmas === 0) {
    out.set(`${year}-12-26`, "Boxing Day");
    out.set(`${year}-12-27`, "Christmas Day (substitute day)");
  } else if (xmas === 5) {
    out.set(`${year}-12-25`, "Christmas Day");
    out.set(`${year}-12-28`, "Boxing Day (substitute day)");
  } else {
    out.set(`${year}-12-25`, "Christmas Day");
    out.set(`${year}-12-26`, "Boxing Day");
  }
  return out;
}

const YEARS = Array.from({ length: 14 }, (_, i) => 2017 + i);
const listed = (year: number) => DEFAULT_BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));

const UNPUBLISHED = " (expected: check GOV.UK)";

describe("DEFAULT_BANK_HOLIDAYS", () => {
  test("covers 2017 to 2030 and nothing else, in date order without repeats", () => {
    const years = new Set(DEFAULT_BANK_HOLIDAYS.map((h) => Number(h.date.slice(0, 4))));
    expect([...years]).toEqual(YEARS);
    const dates = DEFAULT_BANK_HOLIDAYS.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  test("every entry is a real ISO date on a weekday", () => {
    const bad = DEFAULT_BANK_HOLIDAYS.filter((h) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(h.date);
      if (!m) return true;
      const d = utc(Number(m[1]), Number(m[2]), Number(m[3]));
      return iso(d) !== h.date || d.getUTCDay() === 0 || d.getUTCDay() === 6;
    });
    expect(bad).toEqual([]);
  });

  test.each(YEARS)("%i has the expected number of holidays", (year) => {
    const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8;
    expect(listed(year)).toHaveLength(expected);
  });

  test.each(YEARS)("%i: Good Friday and Easter Monday agree with the Gregorian Easter", (year) => {
    const e = easter(year);
    const byName = (name: string) =>
      listed(year)
        .filter((h) => h.name.replace(UNPUBLISHED, "") === name)
        .map((h) => h.date);
    expect(byName("Good Friday")).toEqual([iso(plus(e, -2))]);
    expect(byName("Easter Monday")).toEqual([iso(plus(e, 1))]);
  });

  test("the Easter algorithm itself: known Easter Sundays", () => {
    expect(iso(easter(2018))).toBe("2018-04-01");
    expect(iso(easter(2019))).toBe("2019-04-21");
    expect(iso(easter(2024))).toBe("2024-03-31");
    expect(iso(easter(2027))).toBe("2027-03-28");
  });

  test.each(YEARS)("%i is the standing pattern apart from the one-off moves and additions", (year) => {
    const expected = standing(year);
    if (year === 2020) {
      expected.delete("2020-05-04");
      expected.set("2020-05-08", "Early May bank holiday (VE day)");
    }
    if (year === 2022) {
      expected.delete("2022-05-30");
      expected.set("2022-06-02", "Spring bank holiday");
      expected.set("2022-06-03", "Platinum Jubilee bank holiday");
      expected.set("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II");
    }
    if (year === 2023) expected.set("2023-05-08", "Bank holiday for the coronation of King Charles III");
    // Years GOV.UK has not published are named as expected, so the sheet tells the user to check them.
    if (year >= 2029) for (const [date, name] of expected) expected.set(date, `${name}${UNPUBLISHED}`);
    const actual = new Map(listed(year).map((h) => [h.date, h.name]));
    expect([...actual].sort()).toEqual([...expected].sort());
  });
});

describe("holiday calendars", () => {
  test("built from entries or from plain ISO strings (the workbook's edited copy)", () => {
    expect(DEFAULT_HOLIDAY_CALENDAR.has("2018-08-27")).toBe(true);
    expect(DEFAULT_HOLIDAY_CALENDAR.has("2018-08-20")).toBe(false);
    const edited = holidayCalendar(["2031-01-01", { date: "2031-12-25", name: "Christmas Day" }]);
    expect([...edited]).toEqual(["2031-01-01", "2031-12-25"]);
  });

  test("says which years it covers, so a missing year can be flagged", () => {
    expect(YEARS.every((y) => calendarCoversYear(DEFAULT_HOLIDAY_CALENDAR, y))).toBe(true);
    expect(calendarCoversYear(DEFAULT_HOLIDAY_CALENDAR, 2016)).toBe(false);
    expect(calendarCoversYear(DEFAULT_HOLIDAY_CALENDAR, 2031)).toBe(false);
  });
});
