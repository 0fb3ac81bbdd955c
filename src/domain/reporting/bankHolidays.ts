// England and Wales bank holidays, the days the SEC's "Working Day" excludes (with weekends). Kept as
// data, not rules, because governments move them (VE day 2020, the 2022 jubilee, the 2022 state funeral,
// the 2023 coronation). 2017–2028 are GOV.UK's published list; 2029–2030 follow the standing pattern
// and should be checked when GOV.UK publishes them. The workbook keeps an editable copy, so the date
// arithmetic takes a HolidayCalendar rather than reading this constant.

/** One bank holiday: an ISO date ("2018-08-27") and GOV.UK's name for it. */
export interface BankHoliday {
  date: string;
  name: string;
}

/** The days that are not working days besides weekends, as ISO dates ("2018-08-27"). */
export type HolidayCalendar = ReadonlySet<string>;

const NEW_YEAR = "New Year’s Day";
const NEW_YEAR_SUB = "New Year’s Day (substitute day)";
const GOOD_FRIDAY = "Good Friday";
const EASTER_MONDAY = "Easter Monday";
const EARLY_MAY = "Early May bank holiday";
const SPRING = "Spring bank holiday";
const SUMMER = "Summer bank holiday";
const CHRISTMAS = "Christmas Day";
const CHRISTMAS_SUB = "Christmas Day (substitute day)";
const BOXING = "Boxing Day";
const BOXING_SUB = "Boxing Day (substitute day)";

const h = (date: string, name: string): BankHoliday => ({ date, name });

export const DEFAULT_BANK_HOLIDAYS: readonly BankHoliday[] = [
  // 2017
  h("2017-01-02", NEW_YEAR_SUB),
  h("2017-04-14", GOOD_FRIDAY),
  h("2017-04-17", EASTER_MONDAY),
  h("2017-05-01", EARLY_MAY),
  h("2017-05-29", SPRING),
  h("2017-08-28", SUMMER),
  h("2017-12-25", CHRISTMAS),
  h("2017-12-26", BOXING),
  // 2018
  h("2018-01-01", NEW_YEAR),
  h("2018-03-30", GOOD_FRIDAY),
  h("2018-04-02", EASTER_MONDAY),
  h("2018-05-07", EARLY_MAY),
  h("2018-05-28", SPRING),
  h("2018-08-27", SUMMER),
  h("2018-12-25", CHRISTMAS),
  h("2018-12-26", BOXING),
  // 2019
  h("2019-01-01", NEW_YEAR),
  h("2019-04-19", GOOD_FRIDAY),
  h("2019-04-22", EASTER_MONDAY),
  h("2019-05-06", EARLY_MAY),
  h("2019-05-27", SPRING),
  h("2019-08-26", SUMMER),
  h("2019-12-25", CHRISTMAS),
  h("2019-12-26", BOXING),
  // 2020: the early May bank holiday moved to Friday 8 May for the 75th anniversary of VE day.
  h("2020-01-01", NEW_YEAR),
  h("2020-04-10", GOOD_FRIDAY),
  h("2020-04-13", EASTER_MONDAY),
  h("2020-05-08", "Early May bank holiday (VE day)"),
  h("2020-05-25", SPRING),
  h("2020-08-31", SUMMER),
  h("2020-12-25", CHRISTMAS),
  h("2020-12-28", BOXING_SUB),
  // 2021
  h("2021-01-01", NEW_YEAR),
  h("2021-04-02", GOOD_FRIDAY),
  h("2021-04-05", EASTER_MONDAY),
  h("2021-05-03", EARLY_MAY),
  h("2021-05-31", SPRING),
  h("2021-08-30", SUMMER),
  h("2021-12-27", CHRISTMAS_SUB),
  h("2021-12-28", BOXING_SUB),
  // 2022: the spring bank holiday moved to Thursday 2 June, with the Platinum Jubilee on Friday 3 June;
  // the State Funeral of Queen Elizabeth II on 19 September.
  h("2022-01-03", NEW_YEAR_SUB),
  h("2022-04-15", GOOD_FRIDAY),
  h("2022-04-18", EASTER_MONDAY),
  h("2022-05-02", EARLY_MAY),
  h("2022-06-02", SPRING),
  h("2022-06-03", "Platinum Jubilee bank holiday"),
  h("2022-08-29", SUMMER),
  h("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
  h("2022-12-26", BOXING),
  h("2022-12-27", CHRISTMAS_SUB),
  // 2023: the coronation of King Charles III on Monday 8 May.
  h("2023-01-02", NEW_YEAR_SUB),
  h("2023-04-07", GOOD_FRIDAY),
  h("2023-04-10", EASTER_MONDAY),
  h("2023-05-01", EARLY_MAY),
  h("2023-05-08", "Bank holiday for the coronation of King Charles III"),
  h("2023-05-29", SPRING),
  h("2023-08-28", SUMMER),
  h("2023-12-25", CHRISTMAS),
  h("2023-12-26", BOXING),
  // 2024
  h("2024-01-01", NEW_YEAR),
  h("2024-03-29", GOOD_FRIDAY),
  h("2024-04-01", EASTER_MONDAY),
  h("2024-05-06", EARLY_MAY),
  h("2024-05-27", SPRING),
  h("2024-08-26", SUMMER),
  h("2024-12-25", CHRISTMAS),
  h("2024-12-26", BOXING),
  // 2025
  h("2025-01-01", NEW_YEAR),
  h("2025-04-18", GOOD_FRIDAY),
  h("2025-04-21", EASTER_MONDAY),
  h("2025-05-05", EARLY_MAY),
  h("2025-05-26", SPRING),
  h("2025-08-25", SUMMER),
  h("2025-12-25", CHRISTMAS),
  h("2025-12-26", BOXING),
  // 2026
  h("2026-01-01", NEW_YEAR),
  h("2026-04-03", GOOD_FRIDAY),
  h("2026-04-06", EASTER_MONDAY),
  h("2026-05-04", EARLY_MAY),
  h("2026-05-25", SPRING),
  h("2026-08-31", SUMMER),
  h("2026-12-25", CHRISTMAS),
  h("2026-12-28", BOXING_SUB),
  // 2027
  h("2027-01-01", NEW_YEAR),
  h("2027-03-26", GOOD_FRIDAY),
  h("2027-03-29", EASTER_MONDAY),
  h("2027-05-03", EARLY_MAY),
  h("2027-05-31", SPRING),
  h("2027-08-30", SUMMER),
  h("2027-12-27", CHRISTMAS_SUB),
  h("2027-12-28", BOXING_SUB),
  // 2028
  h("2028-01-03", NEW_YEAR_SUB),
  h("2028-04-14", GOOD_FRIDAY),
  h("2028-04-17", EASTER_MONDAY),
  h("2028-05-01", EARLY_MAY),
  h("2028-05-29", SPRING),
  h("2028-08-28", SUMMER),
  h("2028-12-25", CHRISTMAS),
  h("2028-12-26", BOXING),
  // 2029 (standing pattern: named as expected, so the Bank Holidays sheet says to check them)
  h("2029-01-01", expected(NEW_YEAR)),
  h("2029-03-30", expected(GOOD_FRIDAY)),
  h("2029-04-02", expected(EASTER_MONDAY)),
  h("2029-05-07", expected(EARLY_MAY)),
  h("2029-05-28", expected(SPRING)),
  h("2029-08-27", expected(SUMMER)),
  h("2029-12-25", expected(CHRISTMAS)),
  h("2029-12-26", expected(BOXING)),
  // 2030 (standing pattern, likewise)
  h("2030-01-01", expected(NEW_YEAR)),
  h("2030-04-19", expected(GOOD_FRIDAY)),
  h("2030-04-22", expected(EASTER_MONDAY)),
  h("2030-05-06", expected(EARLY_MAY)),
  h("2030-05-27", expected(SPRING)),
  h("2030-08-26", expected(SUMMER)),
  h("2030-12-25", expected(CHRISTMAS)),
  h("2030-12-26", expected(BOXING)),
];

/** A holiday's name for a year GOV.UK has not yet published: the shipped date is the usual rule's. */
function expected(name: string): string {
  return `${name} (expected: check GOV.UK)`;
}

/** A calendar from a holiday list: the workbook's edited copy, or DEFAULT_BANK_HOLIDAYS. */
export function holidayCalendar(holidays: Iterable<BankHoliday | string>): HolidayCalendar {
  const dates = new Set<string>();
  for (const entry of holidays) dates.add(typeof entry === "string" ? entry : entry.date);
  return dates;
}

export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = holidayCalendar(DEFAULT_BANK_HOLIDAYS);

/**
 * Whether the calendar lists any holiday in the year: a year with none (2031 before someone adds it)
 * would silently count Christmas as a working day, so callers can warn.
 */
export function calendarCoversYear(holidays: HolidayCalendar, year: number): boolean {
  const prefix = `${String(year).padStart(4, "0")}-`;
  for (const date of holidays) if (date.startsWith(prefix)) return true;
  return false;
}
