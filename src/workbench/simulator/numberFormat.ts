// Range.text: a cell's value shown through its number format, as Excel displays it. The built-in
// short date "m/d/yyyy" is shown in the host's own short-date order (office-js #229: a date reads back
// with numberFormat "m/d/yyyy" yet shows as 31/12/2018 on an en-AU host).
import type { Scalar } from "./formula";
import { dateOfSerial, type HostLocale } from "./inputParsing";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** General: up to ten significant digits, as a default-width column shows a number. */
function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split("e");
    const e = Number(exp);
    return `${String(Number(mant))}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

type Token = { kind: "lit"; text: string } | { kind: "code"; text: string };

function tokenise(format: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      out.push({ kind: "lit", text: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
    } else if (ch === "\\") {
      out.push({ kind: "lit", text: format[i + 1] ?? "" });
      i += 2;
    } else if (/^(AM\/PM|A\/P)/i.test(format.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(format.slice(i))![0];
      out.push({ kind: "code", text: m.toUpperCase() });
      i += m.length;
    } else if (/[dmyhs]/i.test(ch)) {
      let j = i;
      while (j < format.length && format[j]!.toLowerCase() === ch.toLowerCase()) j++;
      out.push({ kind: "code", text: format.slice(i, j).toLowerCase() });
      i = j;
    } else {
      out.push({ kind: "lit", text: ch });
      i++;
    }
  }
  return out;
}

const isDateFormat = (section: string) => tokenise(section).some((t) => t.kind === "code");

/** Whether a number format shows a date or a time (General, "@" and number formats do not). */
export function isDateTimeFormat(format: string): boolean {
  const f = format.replace(/\[[^\]]*\]/g, "");
  return f !== "General" && f !== "@" && isDateFormat(f.split(";")[0] ?? "");
}

function renderDate(serial: number, section: string): string {
  const tokens = tokenise(section);
  const twelveHour = tokens.some((t) => t.kind === "code" && t.text.includes("/"));
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86400);
  if (seconds >= 86400) {
    whole++;
    seconds -= 86400;
  }
  const d = dateOfSerial(whole);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  const codes = tokens.map((t, i) => ({ ...t, i })).filter((t) => t.kind === "code");
  return tokens
    .map((t, i) => {
      if (t.kind === "lit") return t.text;
      const code = t.text;
      const pos = codes.findIndex((c) => c.i === i);
      // "m" is minutes right after an hour or right before seconds, as in Excel.
      const minute =
        code.startsWith("m") &&
        code.length <= 2 &&
        ((codes[pos - 1]?.text.startsWith("h") ?? false) || (codes[pos + 1]?.text.startsWith("s") ?? false));
      const two = (n: number) => String(n).padStart(2, "0");
      if (minute) return code.length === 2 ? two(minutes) : String(minutes);
      if (code === "AM/PM") return hours < 12 ? "AM" : "PM";
      if (code === "A/P") return hours < 12 ? "A" : "P";
      switch (code[0]) {
        case "y":
          return code.length <= 2 ? two(d.year % 100) : String(d.year);
        case "m":
          return code.length === 1
            ? String(d.month)
            : code.length === 2
              ? two(d.month)
              : code.length === 3
                ? MONTH_NAMES[d.month - 1]!.slice(0, 3)
                : code.length === 5
                  ? MONTH_NAMES[d.month - 1]![0]!
                  : MONTH_NAMES[d.month - 1]!;
        case "d":
          return code.length === 1
            ? String(d.day)
            : code.length === 2
              ? two(d.day)
              : code.length === 3
                ? DAY_NAMES[d.weekday]!.slice(0, 3)
                : DAY_NAMES[d.weekday]!;
        case "h": {
          const h = twelveHour ? ((hours + 11) % 12) + 1 : hours;
          return code.length >= 2 ? two(h) : String(h);
        }
        case "s":
          return code.length >= 2 ? two(secs) : String(secs);
        default:
          return code;
      }
    })
    .join("");
}

function renderNumber(n: number, section: string): string {
  const tokens = tokenise(section.replace(/_.|\*./g, ""));
  const pattern = /[#0,.]+(?:E[+-]0+)?%?/i;
  // Literal text around the digits (currency symbols, quoted text) is kept as written.
  const flat = tokens.map((t) => t.text).join("");
  const m = pattern.exec(flat);
  if (!m) return flat;
  const body = m[0];
  const percent = body.endsWith("%");
  const value = percent ? n * 100 : n;
  const exp = /E[+-](0+)/i.exec(body);
  const decimals = (/\.(0+)/.exec(body)?.[1] ?? "").length;
  let digits: string;
  if (exp) {
    const [mant, e] = Math.abs(value).toExponential(decimals).split("e");
    digits = `${mant}E${Number(e) < 0 ? "-" : "+"}${String(Math.abs(Number(e))).padStart(exp[1]!.length, "0")}`;
  } else {
    digits = Math.abs(value).toFixed(decimals);
    if (body.includes(",")) {
      const [int, frac] = digits.split(".");
      digits = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
    }
  }
  const sign = value < 0 && Number(digits.replace(/[^\d]/g, "")) !== 0 ? "-" : "";
  return `${sign}${flat.slice(0, m.index)}${digits}${percent ? "%" : ""}${flat.slice(m.index + body.length)}`;
}

/** The locale's display of Excel's built-in short date, and of short date and time. */
function localShortDate(format: string, locale: HostLocale): string {
  if (locale === "en-US") return format;
  if (format === "m/d/yyyy") return "dd/mm/yyyy";
  if (format === "m/d/yyyy h:mm") return "dd/mm/yyyy hh:mm";
  return format;
}

/** What Range.text shows for a value under a number format. */
export function renderText(value: Scalar, numberFormat: string | undefined, locale: HostLocale): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  // Locale tags ([$-409]) and colours ([Red]) do not change the digits shown.
  const format = (numberFormat ?? "General").replace(/\[[^\]]*\]/g, "");
  if (format === "General" || format === "@" || format === "") return general(value);
  const sections = format.split(";");
  const section =
    value < 0 && sections.length > 1 && sections[1]
      ? sections[1]
      : value === 0 && sections[2]
        ? sections[2]
        : sections[0]!;
  if (section === "General") return general(value);
  if (isDateFormat(section)) {
    if (value < 0 || value >= 2958466) return "#".repeat(11); // Excel shows hashes for a date it cannot show
    return renderDate(value, localShortDate(section, locale));
  }
  const shown = renderNumber(value < 0 && sections.length > 1 ? -value : value, section);
  return shown;
}
