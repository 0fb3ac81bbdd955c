// Mitigation bullets: parsed from and formatted into a register cell's text, one "• " line each.
// A bullet may end with an OPSG-style status after a dash ("– Ongoing", "- Completed", "– Every OPSG"),
// which also tells whether the action is planned/ongoing (printed in italics) or in place. A register
// whose paper shows that state by italics alone (the Panel's) keeps it in the bullet's marker instead:
// "◦ " for planned/ongoing, "• " for in place, so the words are the paper's own.
import * as z from "./zod";
import type { OngoingStyle } from "./settings";

export const MitigationStateSchema = z.enum(["inPlace", "planned"]);
export type MitigationState = z.infer<typeof MitigationStateSchema>;

export const MitigationSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1)),
  /** The status note after the dash, e.g. "Ongoing" or "Completed.", as written. */
  status: z.optional(z.string().check(z.trim(), z.minLength(1))),
  state: MitigationStateSchema,
});
export type Mitigation = z.infer<typeof MitigationSchema>;

export const BULLET = "•";
/** The bullet of a planned/ongoing action in a register whose paper prints that state in italics. */
export const ONGOING_BULLET = "◦";
/**
 * A line that starts an action: a bullet character, a dash or an asterisk before a space, or a number
 * or letter ("1.", "2)", "(a)"), as registers kept in Word, a PDF or by hand write them.
 */
const BULLET_LINE = /^\s*(?:[•◦▪●‣∙·]\s*|[-–—*]\s+|\*(?=\S)|\d{1,2}[.)]\s+|\(?[a-z]\)\s+)/;
const STATUS_WORDS =
  "ongoing|on-going|completed?|planned|in progress|in place|done|open|closed|every\\b|pending|underway|not started|to be confirmed|tbc";
const STATUS_SUFFIX = new RegExp(`\\s*[–—-]\\s*((?:${STATUS_WORDS})[^–—]*)$`, "i");
const PLANNED_STATUS =
  /^(ongoing|on-going|planned|in progress|every\b|open|pending|underway|not started|to be confirmed|tbc)/i;
const PLANNED_MARKER = /\((ongoing|planned|in progress)\)/i;
/** A dash line that is only a status ("– Ongoing" wrapped onto a line of its own) ends the line above. */
const STATUS_LINE = new RegExp(`^\\s*[–—-]\\s*(?:${STATUS_WORDS})[^–—]*$`, "i");
const startsBullet = (line: string) => BULLET_LINE.test(line) && !STATUS_LINE.test(line);

export function stateOfStatus(status: string): MitigationState {
  return PLANNED_STATUS.test(status.trim()) ? "planned" : "inPlace";
}

function toMitigation(raw: string, ongoingBullet: boolean): Mitigation | null {
  const body = raw.trim();
  if (!body) return null;
  const m = STATUS_SUFFIX.exec(body);
  if (m && m.index > 0) {
    const text = body.slice(0, m.index).trim();
    const status = m[1]!.trim();
    if (text) return { text, status, state: ongoingBullet ? "planned" : stateOfStatus(status) };
  }
  return { text: body, state: ongoingBullet || PLANNED_MARKER.test(body) ? "planned" : "inPlace" };
}

/**
 * Reads a cell's text. Lines starting with a bullet begin a new action; other lines continue the one
 * before (a wrapped line from a paste). A cell with no bullets holds one action per line.
 */
export function parseMitigations(cellText: unknown): Mitigation[] {
  if (typeof cellText !== "string" && typeof cellText !== "number") return [];
  const lines = String(cellText).replace(/\r\n?/g, "\n").split("\n");
  const hasBullets = lines.some(startsBullet);
  const raws: Array<{ text: string; ongoing: boolean }> = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (!hasBullets) raws.push({ text: line, ongoing: false });
    else if (startsBullet(line))
      raws.push({ text: line.replace(BULLET_LINE, ""), ongoing: line.trim().startsWith(ONGOING_BULLET) });
    else if (raws.length === 0) raws.push({ text: line, ongoing: false });
    else raws[raws.length - 1]!.text += (STATUS_LINE.test(line) ? " " : "\n") + line.trim();
  }
  return raws.map((r) => toMitigation(r.text, r.ongoing)).filter((m): m is Mitigation => m !== null);
}

/** The text of one bullet without its marker: its text and, where it has one, " – status". */
export function bulletText(m: Mitigation): string {
  return m.status ? `${m.text} – ${m.status}` : m.text;
}

/** Whether a bullet's words (its status note, or "(ongoing)") already say it is planned/ongoing. */
function plannedByWords(m: Mitigation): boolean {
  return m.status ? stateOfStatus(m.status) === "planned" : PLANNED_MARKER.test(m.text);
}

/** How each ongoing style writes one bullet (a register's definition names its style). */
const BULLET_WRITERS: Record<OngoingStyle, (m: Mitigation) => string> = {
  // The OPSG paper: a planned action without a status note gets "– Ongoing".
  suffix: (m) => {
    const status =
      m.status ?? (m.state === "planned" && !PLANNED_MARKER.test(m.text) ? "Ongoing" : undefined);
    return `${BULLET} ${bulletText({ ...m, status })}`;
  },
  // The Panel paper: the words as written; the state is the marker, printed as italics. A bullet whose
  // own words already say it is ongoing ("– Ongoing" copied from a sub-committee) keeps its "•", so the
  // cell reads as it came.
  italics: (m) => `${m.state === "planned" && !plannedByWords(m) ? ONGOING_BULLET : BULLET} ${bulletText(m)}`,
};

/** Writes the bullets back as cell text, the register's way ("suffix" unless told). */
export function formatMitigations(list: readonly Mitigation[], style: OngoingStyle = "suffix"): string {
  return list.map(BULLET_WRITERS[style]).join("\n");
}
