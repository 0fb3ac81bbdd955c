// Action numbers in the minutes' format: the body's prefix, the meeting's number, "/", and the action's
// place in that meeting, two digits: "SECP47/02" is the second action of Panel meeting 47.

/** An action number read into its parts. */
export interface ActionNumber {
  /** "SECP", in capitals. */
  prefix: string;
  /** The meeting's number: 47. */
  meeting: number;
  /** The action's place in the meeting: 2. */
  sequence: number;
}

/** A meeting, as the minutes number it: "SECP47". */
export interface MeetingRef {
  prefix: string;
  meeting: number;
}

const NUMBER = /^([A-Za-z]{2,8})[ _]?(\d{1,3})\s*\/\s*(\d{1,3})$/;
const MEETING = /^([A-Za-z]{2,8})[ _]?(\d{1,3})$/;

/** "SECP47/02", "secp47/2", "SECP 47 / 02" → { prefix "SECP", meeting 47, sequence 2 }; anything else null. */
export function parseActionNumber(text: string): ActionNumber | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const sequence = Number(m[3]);
  if (sequence < 1) return null;
  return { prefix: m[1]!.toUpperCase(), meeting: Number(m[2]), sequence };
}

/** "SECP47" → { prefix "SECP", meeting 47 }; null when it is not a meeting reference. */
export function parseMeeting(text: string): MeetingRef | null {
  const m = MEETING.exec(text.trim());
  return m ? { prefix: m[1]!.toUpperCase(), meeting: Number(m[2]) } : null;
}

/** { SECP, 47, 2 } → "SECP47/02": the sequence has at least two digits, as the minutes print it. */
export function formatActionNumber(n: ActionNumber): string {
  return `${formatMeeting(n)}/${String(n.sequence).padStart(2, "0")}`;
}

/** { SECP, 47 } → "SECP47". */
export function formatMeeting(m: MeetingRef): string {
  return `${m.prefix.toUpperCase()}${m.meeting}`;
}

/** A number written as the minutes' format writes it ("secp47/2" → "SECP47/02"); text that is not one, trimmed. */
export function normaliseActionNumber(text: string): string {
  const n = parseActionNumber(text);
  return n ? formatActionNumber(n) : text.trim();
}

/**
 * Orders action numbers by prefix, then meeting, then sequence ("SECP46/01" < "SECP47/02" < "SECP47/10").
 * Text that is not an action number sorts after the numbers, alphabetically. Usable with Array.sort.
 */
export function compareActionNumbers(a: string, b: string): number {
  const x = parseActionNumber(a);
  const y = parseActionNumber(b);
  if (x && y) {
    if (x.prefix !== y.prefix) return x.prefix < y.prefix ? -1 : 1;
    return x.meeting - y.meeting || x.sequence - y.sequence;
  }
  if (x) return -1;
  if (y) return 1;
  const s = a.trim().toUpperCase();
  const t = b.trim().toUpperCase();
  return s < t ? -1 : s > t ? 1 : 0;
}

/**
 * The next action number for a meeting: one more than the highest sequence the meeting already has among
 * `existingNumbers` (other meetings' numbers and text that is not a number are ignored), or /01 when it has
 * none. nextActionNumber(["SECP47/02", "SECP47/05", "SECP46/09"], "SECP47") is "SECP47/06".
 * Throws when `meeting` is not a meeting reference such as "SECP47".
 */
export function nextActionNumber(existingNumbers: readonly string[], meeting: string | MeetingRef): string {
  const m = typeof meeting === "string" ? parseMeeting(meeting) : meeting;
  if (!m) throw new Error(`"${String(meeting)}" is not a meeting such as SECP47.`);
  const prefix = m.prefix.toUpperCase();
  let highest = 0;
  for (const text of existingNumbers) {
    const n = parseActionNumber(text);
    if (n && n.prefix === prefix && n.meeting === m.meeting) highest = Math.max(highest, n.sequence);
  }
  return formatActionNumber({ prefix, meeting: m.meeting, sequence: highest + 1 });
}
