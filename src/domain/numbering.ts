// Register numbers: Panel risks are 1, 2, …; sub-committees print them as OPSG-006.

/** Formats n with a format like "0" (18) or "OPSG-000" (OPSG-018). */
export function formatNumber(n: number, format: string): string {
  const m = /^(.*?)(0+)$/.exec(format);
  if (!m) return String(n);
  return m[1] + String(n).padStart(m[2]!.length, "0");
}

/**
 * Reads the number out of a register id: 18, "18", "OPSG-018" and "008" all give their integer.
 * Returns null when no number can be read.
 */
export function parseNumber(value: unknown, format: string): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  const prefix = /^(.*?)0+$/.exec(format)?.[1] ?? "";
  const rest =
    prefix && text.toUpperCase().startsWith(prefix.toUpperCase()) ? text.slice(prefix.length) : text;
  return /^\d+$/.test(rest) && Number(rest) > 0 ? Number(rest) : null;
}

/** The key two ids are compared by: "OPSG-8" and "OPSG-008" are the same risk. */
export function numberKey(value: unknown, format: string): string | null {
  const n = parseNumber(value, format);
  if (n !== null) return String(n);
  if (typeof value === "string" && value.trim()) return value.trim().toUpperCase();
  return null;
}

/**
 * The minutes' format for actions, "SECP00/00": the prefix, the meeting's number, "/", and the action's
 * place in that meeting, two digits ("SECP47/02").
 */
export function isMinutesFormat(format: string): boolean {
  return /^[^0/]*0+\/0+$/.test(format);
}

/** An action's number in a minutes format: meeting 47, action 2 of "SECP00/00" → "SECP47/02". */
export function formatActionNumber(meeting: number, action: number, format: string): string {
  const [, prefix = "", m = "0", a = "00"] = /^([^0/]*)(0+)\/(0+)$/.exec(format) ?? [];
  return `${prefix}${String(meeting).padStart(m.length, "0")}/${String(action).padStart(a.length, "0")}`;
}

/** Whether an id is written as its register's format says. */
export function matchesFormat(value: unknown, format: string): boolean {
  if (isMinutesFormat(format)) {
    const [, prefix = "", seq = ""] = /^([^0/]*)0+\/(0+)$/.exec(format) ?? [];
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^${escaped}\\d+/\\d{${seq.length},}$`, "i").test(String(value ?? "").trim());
  }
  const n = parseNumber(value, format);
  if (n === null) return false;
  if (format === "0") return typeof value === "number" || String(value).trim() === String(n);
  return String(value).trim().toUpperCase() === formatNumber(n, format).toUpperCase();
}

/** Splits "2, 10 and 12" into its references. */
export function splitReferences(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(/\s*(?:,|;|&|\band\b|\n)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}
