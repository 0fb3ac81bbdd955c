// Actions read out of a meeting's minutes as pasted into the pane: every "ACTION SECP47/02: SECAS to…"
// becomes an action for the action log; a mention of an earlier meeting's action ("For action SECP46/01,
// SECAS noted that…") is an update to that action, not a new one.
//
// The text is what a PDF extraction gives (seed 002): lines wrapped mid-sentence, page headers and footers,
// a page's first line indented by a space, a stray blank line inside a sentence, bullets printed "e", "¢",
// "o". The text is read as a reader reads it, in paragraphs:
// - a paragraph runs on across wrapped lines; it ends at a blank line (unless the sentence is unfinished
//   and the next line goes on in lower case: "the operational nature of the" / "" / "group."), at a
//   numbered item heading, a bullet, the next ACTION, or a short line that ends a sentence (the last line
//   of a paragraph) followed by a capital;
// - page headers and footers ("Page 3 of 8", "Paper Reference: SECP_47_1608_01", the classification
//   line, a bare page number, a line with the paper reference printed on every page) are left out. A
//   paragraph runs on across a page break when its sentence is unfinished or the next page goes on in
//   lower case; a finished sentence followed by a capital after the break ends it.
// An action's text is its paragraph after "ACTION <number>:", lines joined with single spaces (a word
// hyphenated at a line end, "end-to-" / "end", joined whole), otherwise exactly as written.
import type { CalendarDate, RegisterDate } from "./dates";
import {
  formatActionNumber,
  formatMeeting,
  parseMeeting,
  type ActionNumber,
  type MeetingRef,
} from "./minutesActionNumbers";
import { readDayDate, readDue } from "./minutesActionsDue";

export * from "./minutesActionNumbers";
export * from "./minutesActionsPlan";
export { readDue, type DueReading } from "./minutesActionsDue";

/** A new action raised in these minutes. */
export interface ExtractedAction {
  /** "SECP47/02", as the minutes' format writes it. */
  number: string;
  /** The number as the minutes printed it, when it was written otherwise ("SECP 47/2"); else null. */
  numberAsWritten: string | null;
  prefix: string;
  meetingNumber: number;
  sequence: number;
  /** "SECAS" from "SECAS to provide…": the words before " to " at the start; null when the action names none. */
  owner: string | null;
  /** The whole action, joined across its lines, whitespace normalised, otherwise exactly as written. */
  text: string;
  /** "for discussion at the September 2017 meeting"; null when the action gives no time. */
  dueText: string | null;
  /** The date dueText names (see minutesActionsDue.ts for the rule); null when it names none. */
  due: RegisterDate | null;
  /** 1-based line of "ACTION" in the pasted text. */
  sourceLine: number;
  /** The agenda item it falls under, "6. Proposal to Delegate Authority to the Security Sub-Committee"; null if none. */
  item: string | null;
  /** Other actions its text mentions ("…once SECP46/01 is closed"). */
  references: string[];
  /** Panel risks and issues its text names ("Risk 2", "Issue 5"), for the log's links. */
  risks: number[];
  issues: number[];
}

/** A mention of an earlier action: an update to it, not a new action. */
export interface ActionUpdate {
  /** "SECP46/01". */
  number: string;
  /** The sentence(s) about it, as written (lines joined). */
  text: string;
  /** 1-based line of the mention. */
  sourceLine: number;
  item: string | null;
  /** "Closed" or "On target" when the sentence says so; a proposal only. */
  statusHint: "Closed" | "On target" | null;
}

/** An "ACTION:" with no number: the user decides whether to add it (the plan proposes the next number). */
export interface UnnumberedAction {
  owner: string | null;
  text: string;
  dueText: string | null;
  due: RegisterDate | null;
  sourceLine: number;
  item: string | null;
  risks: number[];
  issues: number[];
}

export interface ExtractedMinutes {
  /** "SECP47": the meeting these minutes raise actions for; null when neither the actions nor the options say. */
  meeting: string | null;
  /** The meeting's date when the minutes say it ("Date: 10 August 2017"), or as the options give it; else null. */
  meetingDate: CalendarDate | null;
  /** The new actions, in the order the minutes give them, each number once. */
  actions: ExtractedAction[];
  updates: ActionUpdate[];
  unnumbered: UnnumberedAction[];
  /** Plain-English notes for the preview: a missing meeting date, a duplicate number, an action with no text. */
  warnings: string[];
}

export interface ExtractOptions {
  /** The meeting the minutes are for ("SECP47"), when the user knows it; otherwise read from the actions. */
  meeting?: string;
  /** The meeting's date, when the user knows it and the minutes do not say it. */
  meetingDate?: CalendarDate;
  /** Lines to leave out as page headers or footers, besides the ones recognised. */
  pageArtefacts?: readonly RegExp[];
}

interface Line {
  no: number;
  text: string;
  /** The line begins a page: the extraction indented it, or a form feed came before it. */
  pageStart: boolean;
  kind: "text" | "blank" | "artefact";
}

/** A paragraph: its lines' texts (a line split by a mid-line ACTION gives each half its own paragraph). */
interface Para {
  parts: { no: number; text: string }[];
  item: string | null;
  kind: "para" | "heading" | "bullet";
}

const NUM = String.raw`([A-Za-z]{2,8})[ _]?(\d{1,3})\s*\/\s*(\d{1,3})`;
const BULLET = String.raw`(?:[•●▪◦·¢*]|[eo.\-–—](?=\s+[A-Z]))`;
/** "ACTION SECP47/02:", "ACTION: SECP47/03:", "Action SECP47/02 -" at a line's start (after a bullet, if any). */
const ACTION_AT_START = new RegExp(
  String.raw`^(?:${BULLET}\s+)?(action)\s*(?:[:\-–—]\s*)?${NUM}(?![\d/])\s*([:\-–—.])?\s*`,
  "i",
);
/** "ACTION:" or "ACTION -" with no number. */
const ACTION_NO_NUMBER = new RegExp(
  String.raw`^(?:${BULLET}\s+)?ACTION\s*[:\-–—]\s*(?![A-Za-z]{2,8}[ _]?\d)`,
  "i",
);
/** An ACTION in capitals inside a line, with a separator after its number (text run together by the extraction). */
const ACTION_MID_LINE = new RegExp(String.raw`\sACTION\s*(?::\s*)?${NUM}(?![\d/])\s*[:\-–—]`);
/** The cover sheet's "Action: For Decision" is the paper's purpose, not an action. */
const PAPER_ACTION_LINE =
  /^action\s*:\s*for\s+(decision|information|discussion|noting|approval|agreement)\b/i;
const REFERENCE = /\b([A-Z]{2,8})[ _]?(\d{1,3})\/(\d{1,3})(?![\d/])/g;
const HEADING = /^(\d{1,2})\.\s+(\S.*)$/;
const BULLET_LINE = new RegExp(String.raw`^${BULLET}\s+\S`);
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
const DOC_REF = /\b[A-Z]{2,6}_\d{1,3}_\d{3,4}(?:_\d{1,3})?\b/;

const ARTEFACTS: readonly RegExp[] = [
  /^page\s+\d+(\s*(of|\/)\s*\d+)?$/i,
  /^\d{1,3}$/,
  /^-\s*\d{1,3}\s*-$/,
  /\bpage\s+\d+\s*(of|\/)\s*\d+\b/i,
  /^paper reference\s*:/i,
  PAPER_ACTION_LINE,
  /^this document is classified as\b/i,
  /^(information\s+)?can be shared with the public\b/i,
  /^(security\s+)?classification\s*:/i,
  /^(public|restricted|confidential|official|official[- ]sensitive)$/i,
  /^(©|\(c\)|copyright\b)/i,
  /^(managed|administered) by\b/i,
];

function classify(raw: string[], extra: readonly RegExp[]): Line[] {
  const count = new Map<string, number>();
  for (const r of raw) {
    const t = r.replace(/\f/g, "").trim();
    if (t) count.set(t, (count.get(t) ?? 0) + 1);
  }
  let formFeed = false;
  return raw.map((r, i) => {
    const hadFeed = r.includes("\f");
    const text = r.replace(/\f/g, "").trim();
    const pageStart = formFeed || hadFeed || /^[ \t\u00a0]/.test(r.replace(/\f/g, ""));
    formFeed = hadFeed && !text;
    let kind: Line["kind"] = "text";
    if (!text) kind = "blank";
    else if (
      text.length <= 140 &&
      (ARTEFACTS.some((re) => re.test(text)) ||
        extra.some((re) => re.test(text)) ||
        ((count.get(text) ?? 0) > 1 && DOC_REF.test(text) && text.length <= 100))
    )
      kind = "artefact";
    return { no: i + 1, text, pageStart, kind };
  });
}

/** The 90th percentile of the text lines' lengths: the page's width in characters, for the short-line rule. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines
    .filter((l) => l.kind === "text")
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  if (lengths.length < 5) return Infinity;
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)]!);
}

const startsLower = (s: string): boolean => /^[a-z(]/.test(s);
const startsUpper = (s: string): boolean => /^[A-Z0-9"“‘']/.test(s);

/** Lines joined with single spaces; a word hyphenated at a line's end joined whole. */
export function joinLines(texts: readonly string[]): string {
  let out = "";
  for (const raw of texts) {
    const t = raw.replace(/\s+/g, " ").trim();
    if (!t) continue;
    if (!out) out = t;
    else if (/[A-Za-z]-$/.test(out) && /^[A-Za-z]/.test(t)) out += t;
    else out += " " + t;
  }
  return out;
}

interface Heading {
  number: number;
  title: string;
  /** Index of the heading's last line. */
  end: number;
}

/** A numbered agenda item heading at line i ("6. Proposal to…", its title perhaps wrapped onto a second line). */
function headingAt(lines: Line[], i: number, lastNumber: number): Heading | null {
  const l = lines[i]!;
  const m = HEADING.exec(l.text);
  if (!m || l.text.length > 100 || /[.;:,]$/.test(l.text) || !/^[A-Z0-9‘“"']/.test(m[2]!)) return null;
  const n = Number(m[1]);
  if (n <= lastNumber || n > lastNumber + 6) return null;
  let title = l.text;
  let end = i;
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (
    next?.kind === "text" &&
    next.text.length < 70 &&
    !SENTENCE_END.test(next.text) &&
    !HEADING.test(next.text) &&
    !BULLET_LINE.test(next.text) &&
    (after === undefined || after.kind !== "text")
  ) {
    title = joinLines([title, next.text]);
    end = i + 1;
  }
  return { number: n, title, end };
}

function isActionStart(text: string): boolean {
  if (ACTION_NO_NUMBER.test(text) && !PAPER_ACTION_LINE.test(text)) return true;
  const m = ACTION_AT_START.exec(text);
  return m !== null && (m[5] !== undefined || m[1] === "ACTION");
}

/** The text's paragraphs, page artefacts left out, each with the agenda item it falls under. */
function paragraphs(lines: Line[]): Para[] {
  const width = typicalWidth(lines);
  const out: Para[] = [];
  let item: string | null = null;
  let lastHeading = 0;
  let cur: Para | null = null;
  const close = (): void => {
    if (cur) out.push(cur);
    cur = null;
  };
  /** Starts a paragraph with a line's text, splitting it where an ACTION in capitals begins mid-line. */
  const start = (no: number, text: string, kind: Para["kind"]): void => {
    close();
    const mid = ACTION_MID_LINE.exec(text);
    if (mid && !isActionStart(text)) {
      out.push({ parts: [{ no, text: text.slice(0, mid.index).trim() }], item, kind });
      cur = { parts: [{ no, text: text.slice(mid.index).trim() }], item, kind: "para" };
    } else cur = { parts: [{ no, text }], item, kind };
  };
  let gapBlank = false;
  let gapPage = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === "blank") {
      gapBlank = true;
      continue;
    }
    if (l.kind === "artefact") {
      gapPage = true;
      continue;
    }
    const h = headingAt(lines, i, lastHeading);
    const blankBefore = gapBlank;
    const pageBefore = gapPage || l.pageStart;
    gapBlank = gapPage = false;
    if (h) {
      close();
      lastHeading = h.number;
      item = h.title;
      out.push({ parts: [{ no: l.no, text: h.title }], item, kind: "heading" });
      i = h.end;
      continue;
    }
    if (isActionStart(l.text)) {
      start(l.no, l.text, "para");
      continue;
    }
    if (BULLET_LINE.test(l.text)) {
      start(l.no, l.text, "bullet");
      continue;
    }
    const c = cur as Para | null;
    if (c) {
      const so = c.parts.map((p) => p.text).join(" ");
      const prev = c.parts[c.parts.length - 1]!.text;
      const unfinished = !SENTENCE_END.test(so);
      let goesOn: boolean;
      if (pageBefore) goesOn = unfinished || startsLower(l.text);
      else if (blankBefore) goesOn = unfinished && startsLower(l.text);
      else goesOn = !(SENTENCE_END.test(prev) && prev.length < 0.6 * width && startsUpper(l.text));
      if (goesOn) {
        const mid = ACTION_MID_LINE.exec(l.text);
        if (mid) {
          c.parts.push({ no: l.no, text: l.text.slice(0, mid.index).trim() });
          close();
          cur = { parts: [{ no: l.no, text: l.text.slice(mid.index).trim() }], item, kind: "para" };
        } else c.parts.push({ no: l.no, text: l.text });
        continue;
      }
    }
    start(l.no, l.text, "para");
  }
  close();
  return out;
}

/** "SECAS" from "SECAS to provide…"; "SECAS and the DCC" from "SECAS and the DCC to agree…"; else null. */
export function ownerOf(text: string): string | null {
  const m = /^(.{1,80}?)\s+to\s+\S/.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.length > 6) return null;
  const minor = /^(and|&|the|of|for|\/|members?|team|chair|secretary|representatives?|group|sub-committee)$/i;
  const ok = words.every((w, i) => (/^[A-Z0-9(]/.test(w) && !/,$/.test(w)) || (i > 0 && minor.test(w)));
  return ok ? m[1]! : null;
}

function statusHintOf(sentence: string): ActionUpdate["statusHint"] {
  if (/\bon target\b/i.test(sentence)) return "On target";
  if (/\b(closed|completed|complete|done)\b/i.test(sentence)) return "Closed";
  return null;
}

/** Sentences of a paragraph, with their offsets. A sentence ends at . ! ? followed by a space and a capital. */
function sentences(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /[.!?]["'”’)\]]*\s+(?=["“‘(]?[A-Z])/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: from, text: text.slice(from, end).trim() });
    from = end;
  }
  if (from < text.length) out.push({ start: from, text: text.slice(from).trim() });
  return out;
}

/** Which pasted line a character of a paragraph's joined text came from. */
function lineAt(p: Para, offset: number): number {
  let pos = 0;
  for (const part of p.parts) {
    const len = part.text.replace(/\s+/g, " ").trim().length;
    if (offset < pos + len + 1) return part.no;
    pos += len + 1;
  }
  return p.parts[p.parts.length - 1]!.no;
}

/** Where an action number is written in a text, at or after `from` (-1 when it is not). */
function positionOf(text: string, number: string, from: number): number {
  const re = new RegExp(REFERENCE.source, "g");
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (formatActionNumber({ prefix: m[1]!, meeting: Number(m[2]), sequence: Number(m[3]) }) === number)
      return m.index;
  return -1;
}

interface RawAction {
  num: ActionNumber;
  written: string;
  text: string;
  line: number;
  item: string | null;
}

const numbersIn = (text: string): string[] =>
  [...text.matchAll(REFERENCE)].map((m) =>
    formatActionNumber({ prefix: m[1]!, meeting: Number(m[2]), sequence: Number(m[3]) }),
  );

const risksIn = (text: string, word: "Risk" | "Issue"): number[] => [
  ...new Set([...text.matchAll(new RegExp(`\\b${word}s?\\s+(\\d{1,3})\\b`, "g"))].map((m) => Number(m[1]))),
];

/** The meeting's date, where the minutes say it: a "Date:" line, or "Minutes of the … meeting held on …". */
function meetingDateIn(lines: Line[]): CalendarDate | null {
  const date = String.raw`((?:\w+day,?\s+)?\d{1,2}\S*\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}\S*,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})`;
  const label = new RegExp(
    String.raw`^(?:date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\s*[:\-–]?\s*${date}\b`,
    "i",
  );
  const held = new RegExp(
    String.raw`\bminutes\s+of\s+the\b[^.]{0,120}?\bmeeting\b[^.]{0,60}?\bon\s+${date}`,
    "i",
  );
  for (const l of lines) {
    if (l.kind !== "text") continue;
    const m = label.exec(l.text);
    const d = m ? readDayDate(m[1]!) : null;
    if (d) return d.date;
  }
  const all = joinLines(lines.filter((l) => l.kind === "text").map((l) => l.text));
  const m = held.exec(all);
  const d = m ? readDayDate(m[1]!) : null;
  return d ? d.date : null;
}

/** The meeting most of the actions belong to (ties: the latest), or null when there are none. */
function meetingOf(raws: RawAction[]): MeetingRef | null {
  const count = new Map<string, { ref: MeetingRef; n: number }>();
  for (const r of raws) {
    const key = formatMeeting(r.num);
    const e = count.get(key) ?? { ref: { prefix: r.num.prefix, meeting: r.num.meeting }, n: 0 };
    e.n++;
    count.set(key, e);
  }
  let best: { ref: MeetingRef; n: number } | null = null;
  for (const e of count.values())
    if (!best || e.n > best.n || (e.n === best.n && e.ref.meeting > best.ref.meeting)) best = e;
  return best?.ref ?? null;
}

/**
 * Reads the actions out of a meeting's minutes. Nothing is invented: a meeting date the minutes do not
 * say is null (with a warning), an owner the action does not name is null, a due date its words do not
 * name is null.
 */
export function extractActions(text: string, options: ExtractOptions = {}): ExtractedMinutes {
  const warnings: string[] = [];
  const lines = classify(text.split(/\r\n|\r|\n/), options.pageArtefacts ?? []);
  const paras = paragraphs(lines);

  const raws: RawAction[] = [];
  const unnumberedRaw: { text: string; line: number; item: string | null }[] = [];
  const prose: Para[] = [];
  for (const p of paras) {
    const first = p.parts[0]!;
    const m = ACTION_AT_START.exec(first.text);
    if (m && (m[5] !== undefined || m[1] === "ACTION")) {
      const body = joinLines([first.text.slice(m[0].length), ...p.parts.slice(1).map((x) => x.text)]);
      const num: ActionNumber = {
        prefix: m[2]!.toUpperCase(),
        meeting: Number(m[3]),
        sequence: Number(m[4]),
      };
      const written = first.text.slice(0, m[0].length).replace(/^.*?action\s*(?:[:\-–—]\s*)?/i, "");
      raws.push({
        num,
        written: written.replace(/\s*[:\-–—.]?\s*$/, ""),
        text: body,
        line: first.no,
        item: p.item,
      });
    } else if (ACTION_NO_NUMBER.test(first.text) && !PAPER_ACTION_LINE.test(first.text)) {
      const body = joinLines([
        first.text.replace(ACTION_NO_NUMBER, ""),
        ...p.parts.slice(1).map((x) => x.text),
      ]);
      unnumberedRaw.push({ text: body, line: first.no, item: p.item });
    } else if (p.kind !== "heading") prose.push(p);
  }

  const given = options.meeting ? parseMeeting(options.meeting) : null;
  if (options.meeting && !given)
    warnings.push(
      `"${options.meeting}" is not a meeting number such as SECP47; the actions' own numbers are used.`,
    );
  const meeting = given ?? meetingOf(raws);
  const meetingDate = options.meetingDate ?? meetingDateIn(lines);

  const actions: ExtractedAction[] = [];
  const updates: ActionUpdate[] = [];
  const seen = new Map<string, RawAction>();
  for (const r of raws) {
    const number = formatActionNumber(r.num);
    const earlier =
      meeting !== null && r.num.prefix === meeting.prefix.toUpperCase() && r.num.meeting < meeting.meeting;
    if (earlier) {
      updates.push({
        number,
        text: r.text,
        sourceLine: r.line,
        item: r.item,
        statusHint: statusHintOf(r.text),
      });
      continue;
    }
    if (!r.text) {
      warnings.push(`ACTION ${number} on line ${r.line} has no text after its number, so it was not read.`);
      continue;
    }
    const before = seen.get(number);
    if (before) {
      warnings.push(
        before.text === r.text
          ? `${number} is written twice (lines ${before.line} and ${r.line}); it is listed once.`
          : `${number} is used twice (lines ${before.line} and ${r.line}) for different actions; the first is listed. Check the minutes: the action on line ${r.line} needs its own number.`,
      );
      continue;
    }
    seen.set(number, r);
    if (meeting && (r.num.prefix !== meeting.prefix.toUpperCase() || r.num.meeting !== meeting.meeting))
      warnings.push(
        `${number} (line ${r.line}) is numbered for another meeting than ${formatMeeting(meeting)}.`,
      );
    const { dueText, due } = readDue(r.text, meetingDate);
    actions.push({
      number,
      numberAsWritten: r.written.replace(/\s+/g, "").toUpperCase() === number ? null : r.written,
      prefix: r.num.prefix,
      meetingNumber: r.num.meeting,
      sequence: r.num.sequence,
      owner: ownerOf(r.text),
      text: r.text,
      dueText,
      due,
      sourceLine: r.line,
      item: r.item,
      references: numbersIn(r.text).filter((n) => n !== number),
      risks: risksIn(r.text, "Risk"),
      issues: risksIn(r.text, "Issue"),
    });
  }

  const unnumbered: UnnumberedAction[] = [];
  for (const u of unnumberedRaw) {
    if (!u.text) {
      warnings.push(`The ACTION on line ${u.line} has no number and no text, so it was not read.`);
      continue;
    }
    const { dueText, due } = readDue(u.text, meetingDate);
    unnumbered.push({
      owner: ownerOf(u.text),
      text: u.text,
      dueText,
      due,
      sourceLine: u.line,
      item: u.item,
      risks: risksIn(u.text, "Risk"),
      issues: risksIn(u.text, "Issue"),
    });
    warnings.push(`The ACTION on line ${u.line} has no number; it can be added with the next free number.`);
  }

  const current = new Set(actions.map((a) => a.number));
  for (const p of prose) {
    const joined = joinLines(p.parts.map((x) => x.text));
    const ss = sentences(joined);
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k]!;
      const nums = [...new Set(numbersIn(s.text))].filter((n) => !current.has(n));
      if (!nums.length) continue;
      let about = s.text;
      for (let j = k + 1; j < ss.length && /^(This|It|The action|That)\b/.test(ss[j]!.text); j++) {
        if (numbersIn(ss[j]!.text).length) break;
        about += " " + ss[j]!.text;
      }
      const off = joined.indexOf(s.text, s.start);
      for (const number of nums) {
        const at = positionOf(joined, number, off);
        updates.push({
          number,
          text: about,
          sourceLine: lineAt(p, at >= 0 ? at : off),
          item: p.item,
          statusHint: statusHintOf(about),
        });
      }
    }
  }

  if ((actions.length || unnumbered.length) && !meetingDate)
    warnings.unshift(
      "The minutes do not say the date of the meeting. Enter it for the actions' Date Raised.",
    );
  if (!actions.length && !unnumbered.length)
    warnings.push(
      text.trim()
        ? "No actions were found: no line starts with ACTION and an action number (such as “ACTION SECP47/02:”)."
        : "The text is empty: paste the minutes to read their actions.",
    );

  return {
    meeting: meeting ? formatMeeting(meeting) : null,
    meetingDate,
    actions,
    updates,
    unnumbered,
    warnings,
  };
}
