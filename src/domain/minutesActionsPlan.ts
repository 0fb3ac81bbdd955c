// What pasting minutes would do to an action log, worked out before anything is written (the preview):
// new actions to add; actions the log already has (unchanged, or reading differently: listed, never
// overwritten); updates to actions in the log (a line proposed for their Updates column); and mentions of
// actions the log does not have (reported). Pure data: the Excel side writes what the user confirms.
import type { CalendarDate, RegisterDate } from "./dates";
import type { ExtractedAction, ExtractedMinutes, ActionUpdate, UnnumberedAction } from "./minutesActions";
import {
  compareActionNumbers,
  nextActionNumber,
  normaliseActionNumber,
  parseMeeting,
} from "./minutesActionNumbers";

/** A row of the action log as the plan needs it (cells as text; the Excel side reads them). */
export interface ExistingActionRow {
  /** The row's place in the table (0-based, data rows), for the Excel side. */
  row: number;
  number: string;
  /** The Action column. */
  text?: string;
  owner?: string;
  /** The Updates column. */
  updates?: string;
  status?: string;
}

/** The cells of a new action-log row. */
export interface NewActionRow {
  number: string;
  meeting: string | null;
  /** The meeting's date; null when the minutes do not say it (the user enters it). */
  dateRaised: CalendarDate | null;
  owner: string | null;
  description: string;
  dueDate: RegisterDate | null;
  /** The due phrase, for the preview and for a due the phrase does not date ("the next Panel meeting"). */
  dueText: string | null;
  status: "Open";
  linkedRisks: number[];
  linkedIssues: number[];
}

export interface ActionToAdd {
  row: NewActionRow;
  /** 1-based line in the pasted minutes. */
  sourceLine: number;
  /** True when the minutes gave no number and the plan proposes the next free one. */
  numberProposed: boolean;
}

export interface ActionDifference {
  number: string;
  existing: ExistingActionRow;
  extracted: ExtractedAction;
  /** What reads differently: the action's words, its owner. */
  fields: ("text" | "owner")[];
}

export interface UpdateToApply {
  number: string;
  existing: ExistingActionRow;
  update: ActionUpdate;
  /** The line appended: "SECP47: For action SECP46/01, SECAS noted that…". */
  line: string;
  /** The Updates cell after the append (the existing text, a line break, the line). */
  proposedUpdates: string;
  /** A status the sentence suggests ("Closed"), when it differs from the row's; a proposal, not applied. */
  proposedStatus: "Closed" | "On target" | null;
}

export interface ActionImportPlan {
  add: ActionToAdd[];
  unchanged: { number: string; existing: ExistingActionRow }[];
  differences: ActionDifference[];
  updates: UpdateToApply[];
  /** Updates the row's Updates cell already holds (pasted before). */
  alreadyNoted: { number: string; existing: ExistingActionRow; update: ActionUpdate }[];
  /** Mentions of actions the log does not have. */
  unknownReferences: { update: ActionUpdate; message: string }[];
  /** Plain English for the preview, one line each. */
  messages: string[];
}

/** Same words: whitespace, quote and dash styles and case do not make a difference. */
function sameWords(a: string | undefined | null, b: string | undefined | null): boolean {
  const norm = (s: string | undefined | null): string =>
    (s ?? "")
      .replace(/[‘’‛′]/g, "'")
      .replace(/[“”‟″]/g, '"')
      .replace(/[–—−]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;

function rowFor(
  a: ExtractedAction | UnnumberedAction,
  number: string,
  minutes: ExtractedMinutes,
): NewActionRow {
  return {
    number,
    meeting: minutes.meeting,
    dateRaised: minutes.meetingDate,
    owner: a.owner,
    description: a.text,
    dueDate: a.due,
    dueText: a.dueText,
    status: "Open",
    linkedRisks: a.risks,
    linkedIssues: a.issues,
  };
}

/**
 * Plans a paste of minutes into an action log with `existingRows`. Numbers are compared as the minutes'
 * format writes them ("secp47/2" is SECP47/02). Nothing in the log is changed by the plan: an action the
 * log has with other words is a difference for the user to decide.
 */
export function planActionImport(
  extracted: ExtractedMinutes,
  existingRows: readonly ExistingActionRow[],
): ActionImportPlan {
  const messages: string[] = [];
  const byNumber = new Map<string, ExistingActionRow>();
  for (const r of existingRows) {
    const key = normaliseActionNumber(r.number);
    if (!key) continue;
    if (byNumber.has(key))
      messages.push(
        `The log has ${key} twice (rows ${byNumber.get(key)!.row + 1} and ${r.row + 1}); the first is compared.`,
      );
    else byNumber.set(key, r);
  }

  const add: ActionToAdd[] = [];
  const unchanged: ActionImportPlan["unchanged"] = [];
  const differences: ActionDifference[] = [];
  for (const a of extracted.actions) {
    const existing = byNumber.get(a.number);
    if (!existing) {
      add.push({ row: rowFor(a, a.number, extracted), sourceLine: a.sourceLine, numberProposed: false });
      continue;
    }
    const fields: ActionDifference["fields"] = [];
    if (!sameWords(existing.text, a.text)) fields.push("text");
    if (
      a.owner !== null &&
      existing.owner !== undefined &&
      existing.owner.trim() &&
      !sameWords(existing.owner, a.owner)
    )
      fields.push("owner");
    if (fields.length) differences.push({ number: a.number, existing, extracted: a, fields });
    else unchanged.push({ number: a.number, existing });
  }

  const meeting = extracted.meeting ? parseMeeting(extracted.meeting) : null;
  const taken = [...byNumber.keys(), ...extracted.actions.map((a) => a.number)];
  for (const u of extracted.unnumbered) {
    if (!meeting) {
      messages.push(
        `The action on line ${u.sourceLine} has no number and the meeting is not known, so it cannot be numbered; give the meeting (such as SECP47) to add it.`,
      );
      continue;
    }
    const number = nextActionNumber(taken, meeting);
    taken.push(number);
    add.push({ row: rowFor(u, number, extracted), sourceLine: u.sourceLine, numberProposed: true });
  }
  add.sort((x, y) => compareActionNumbers(x.row.number, y.row.number));

  const updates: UpdateToApply[] = [];
  const alreadyNoted: ActionImportPlan["alreadyNoted"] = [];
  const unknownReferences: ActionImportPlan["unknownReferences"] = [];
  const pending = new Map<string, string>();
  for (const u of extracted.updates) {
    const existing = byNumber.get(u.number);
    if (!existing) {
      unknownReferences.push({
        update: u,
        message: `Line ${u.sourceLine} mentions action ${u.number}, which is not in the action log.`,
      });
      continue;
    }
    const before = pending.get(u.number) ?? existing.updates ?? "";
    if (
      sameWords(before, u.text) ||
      before.split(/\r?\n/).some((l) => sameWords(l.replace(/^[A-Z]{2,8}\d{1,3}:\s*/, ""), u.text))
    ) {
      alreadyNoted.push({ number: u.number, existing, update: u });
      continue;
    }
    const line = extracted.meeting ? `${extracted.meeting}: ${u.text}` : u.text;
    const proposedUpdates = before.trim() ? `${before.replace(/\s+$/, "")}\n${line}` : line;
    pending.set(u.number, proposedUpdates);
    const proposedStatus = u.statusHint && !sameWords(existing.status, u.statusHint) ? u.statusHint : null;
    updates.push({ number: u.number, existing, update: u, line, proposedUpdates, proposedStatus });
  }

  if (add.length) messages.unshift(`${plural(add.length, "new action")} to add.`);
  if (unchanged.length) messages.push(`${plural(unchanged.length, "action")} already in the log, unchanged.`);
  for (const d of differences)
    messages.push(
      `${d.number} is in the log (row ${d.existing.row + 1}) with a different ${d.fields.join(" and ")}; the log is left as it is unless you choose the minutes' version.`,
    );
  if (updates.length) messages.push(`${plural(updates.length, "update")} to add to actions in the log.`);
  for (const r of unknownReferences) messages.push(r.message);
  if (!add.length && !unchanged.length && !differences.length && !updates.length && !alreadyNoted.length)
    messages.push("Nothing to add: the minutes have no actions or updates for this log.");
  return { add, unchanged, differences, updates, alreadyNoted, unknownReferences, messages };
}
