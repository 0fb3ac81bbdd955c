/** An Office.js error (or any other) as a sentence for the user: its message and, if any, its code. */
export function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    const code = "code" in e ? ` (${String((e as { code: unknown }).code)})` : "";
    return `${String((e as { message: unknown }).message)}${code}`;
  }
  return String(e);
}
