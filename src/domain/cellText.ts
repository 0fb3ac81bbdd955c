// Rules about text in cells that hold for every register column.

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32767;

/** Text that Excel (or a CSV consumer) would read as a formula if it were entered, not written as text. */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value) && value.trim().length > 1;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}
