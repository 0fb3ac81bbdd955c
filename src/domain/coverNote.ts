// The cover note as the secretariat writes it (SECP_64_1101_02 is the model): purpose; new risks;
// updates to existing risks; the matrix; new issues; updates to issues; recommendations. Each risk or
// issue is footnoted with its description the first time it is named. Pure data (paragraphs of runs and
// footnotes) so that the sheet writer and a Word writer print the same note.
import { asText, isBlank } from "./cellText";
import type { EntryChange } from "./changes";
import { isLiveStatus } from "./columns";
import type { CellValue } from "./register";

export type ParagraphStyle =
  /** The note's title. */
  | "title"
  /** "1. Purpose", "2. SEC Panel Risk Update". */
  | "heading1"
  /** "2.1 New Panel risks". */
  | "heading2"
  /** An entry's own heading, "SEC Panel Risk 4" with its footnote. */
  | "entry"
  | "body"
  | "bullet"
  /** Where Figure 1 goes. */
  | "figure";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote reference printed right after this run (its number, from 1). */
  footnote?: number;
}

export interface Paragraph {
  style: ParagraphStyle;
  runs: Run[];
}

export interface Footnote {
  n: number;
  text: string;
}

export interface CoverNote {
  paragraphs: Paragraph[];
  footnotes: Footnote[];
}

export interface CoverNoteInput {
  changes: readonly EntryChange[];
  /** The description of every Panel risk and issue, keyed `risk:4` / `issue:1`, for the footnotes. */
  descriptions: ReadonlyMap<string, string>;
  /**
   * The Panel risks overdue for review on the paper's day (src/domain/reviews.ts overdueReviews):
   * number and owner. Absent or empty, the note says nothing of reviews.
   */
  overdueReviews?: ReadonlyArray<{ id: string; owner: string }>;
  /**
   * The Panel risks that are RED now and were not in the last paper (src/domain/trend.ts becameRed):
   * number and RAG then (null: not in it). Absent or empty, the note says nothing of them.
   */
  becameRed?: ReadonlyArray<{ id: string; was: string | null }>;
}

type Noun = "Risk" | "Issue";

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "one mitigation", "two mitigations", "12 mitigations". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "4", "4 and 13", "1, 2 and 3". */
export function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Register numbers in order: 2 before 10, "OPSG-002" before "OPSG-015". */
function byNumber(a: { id: string }, b: { id: string }): number {
  const n = (s: string) => Number(/\d+/.exec(s)?.[0] ?? NaN);
  return n(a.id) - n(b.id) || a.id.localeCompare(b.id);
}

/** "SEC Panel Risk 4" / "SEC Panel Risks 4 and 13". */
const names = (noun: Noun, ids: readonly string[]) =>
  `SEC Panel ${ids.length === 1 ? noun : `${noun}s`} ${andList(ids)}`;

/** Where an escalated entry came from, from its "Escalated From" cell: "OPSG risk 008", "SEC Panel Risk 2". */
export function sourceOf(escalatedFrom: CellValue | undefined): string | null {
  const text = asText(escalatedFrom).trim();
  if (!text) return null;
  const what = (/^escalated from\s+(.+?)(?:\s+on\s+.+)?$/i.exec(text)?.[1] ?? text).trim();
  const panel = /^(?:sec\s+)?panel\s+(risk|issue)\s+(\S+)$/i.exec(what);
  if (panel) return `SEC Panel ${capital(panel[1]!.toLowerCase())} ${panel[2]}`;
  const coded = /^([A-Za-z]+)[-_ ]?(\d+)$/.exec(what);
  return coded ? `${coded[1]} risk ${coded[2]}` : what;
}

/** A description as a footnote sentence: without "There is a risk that", one line, a full stop. */
function footnoteText(description: string): string {
  const one = description
    .replace(/^there is (?:a risk|an issue) that\s*/i, "")
    .replace(/\s*\n\s*/g, " ")
    .trim();
  return !one ? "" : /[.!?)]$/.test(one) ? capital(one) : `${capital(one)}.`;
}

const quoted = (t: string) => `“${t.trim()}”`;

/** Whether a revised bullet keeps the old one's words and adds to them. */
function addsDetail(from: string, to: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const after = new Set(words(to));
  const before = words(from);
  return before.length > 0 && before.every((w) => after.has(w)) && words(to).length > before.length;
}

const SCORE_NAMES: Record<string, string> = {
  impact: "Impact",
  likelihood: "Likelihood",
  severity: "Severity",
  rag: "RAG status",
};

/** The note's paragraphs, with a footnote the first time each entry is named. */
class Writer {
  readonly paragraphs: Paragraph[] = [];
  readonly footnotes: Footnote[] = [];
  private readonly named = new Set<string>();

  constructor(private readonly descriptions: ReadonlyMap<string, string>) {}

  /** An entry's name as a run: footnoted the first time (when its description is known). */
  name(noun: Noun, id: string): Run {
    const key = `${noun.toLowerCase()}:${id}`;
    const run: Run = { text: `SEC Panel ${noun} ${id}` };
    if (this.named.has(key)) return run;
    this.named.add(key);
    const text = footnoteText(this.descriptions.get(key) ?? "");
    if (!text) return run;
    const n = this.footnotes.length + 1;
    this.footnotes.push({ n, text: `SEC Panel ${noun} ${id}: ${text}` });
    return { ...run, footnote: n };
  }

  add(style: ParagraphStyle, ...parts: Array<string | Run>) {
    const runs = parts.filter((p) => p !== "").map((p) => (typeof p === "string" ? { text: p } : p));
    this.paragraphs.push({ style, runs });
  }
}

const isRiskRaisedAsIssue = (c: EntryChange) =>
  c.kind === "risk" && asText(c.cells.status).trim().toLowerCase() === "became issue";
/** The issue a risk became: "Issue 4" → "4". */
const issueOf = (c: EntryChange) => /(\d+)/.exec(asText(c.cells.associatedIssue))?.[1] ?? null;

/** "has increased from 4 to 5" (or decreased, or changed for words). */
function moved(f: { from: CellValue; to: CellValue }): string {
  const from = asText(f.from).trim() || "blank";
  const to = asText(f.to).trim() || "blank";
  const how =
    typeof f.from === "number" && typeof f.to === "number"
      ? f.to > f.from
        ? "increased"
        : "decreased"
      : "changed";
  return `has ${how} from ${from} to ${to}`;
}

/**
 * The scores' changes in a sentence or two: "The Likelihood of SEC Panel Risk 1 has increased from 4 to 5,
 * so its Severity has increased from 12 to 15. Its RAG status has changed from AMBER to RED."
 */
function scoreSentences(name: string, c: EntryChange): string {
  const field = (k: string) => c.fields.find((f) => f.field === k);
  const inputs = (["impact", "likelihood"] as const).map(field).filter((f) => f !== undefined);
  const severity = field("severity");
  const rag = field("rag");
  const sentences: string[] = [];
  if (inputs.length) {
    const [first, second] = inputs;
    let s = `The ${SCORE_NAMES[first!.field]} of ${name} ${moved(first!)}`;
    if (second) s += ` and its ${SCORE_NAMES[second.field]} ${moved(second)}`;
    if (severity) s += `, so its Severity ${moved(severity)}`;
    sentences.push(`${s}.`);
  } else if (severity) sentences.push(`The Severity of ${name} ${moved(severity)}.`);
  if (rag)
    sentences.push(
      sentences.length ? `Its RAG status ${moved(rag)}.` : `The RAG status of ${name} ${moved(rag)}.`,
    );
  return sentences.join(" ");
}

/** The paragraphs for one updated, closed or removed entry. */
function update(w: Writer, c: EntryChange, noun: Noun) {
  w.add("entry", { ...w.name(noun, c.id), bold: true });
  const name = `SEC Panel ${noun} ${c.id}`;
  if (c.change === "removed") {
    w.add("body", `${name} has been removed from the Panel ${noun} Register.`);
    return;
  }
  if (isRiskRaisedAsIssue(c) && c.change === "closed") {
    const issue = issueOf(c);
    if (issue)
      w.add(
        "body",
        `${name} has materialised and has been raised as `,
        w.name("Issue", issue),
        `; it is closed on the Panel Risk Register.`,
      );
    else w.add("body", `${name} has materialised and has been raised as an issue; it is closed.`);
  } else if (c.change === "closed") w.add("body", `${name} has been closed.`);
  else if (c.fields.some((f) => f.field === "status" && !isLiveStatus(f.from) && isLiveStatus(f.to)))
    w.add("body", `${name} has been reopened.`);
  if (c.added.length === 1) w.add("body", `A mitigation to ${name} has been added: ${quoted(c.added[0]!)}`);
  else if (c.added.length > 1) {
    w.add("body", `${capital(counted(c.added.length, "mitigation"))} to ${name} have been added:`);
    for (const a of c.added) w.add("bullet", quoted(a));
  }
  for (const a of c.amended)
    w.add(
      "body",
      addsDetail(a.from, a.to)
        ? `Further detail has been included against a mitigation action for ${name}. The revised mitigation reads: ${quoted(a.to)}`
        : `A mitigation action for ${name} has been amended. The revised mitigation reads: ${quoted(a.to)}`,
    );
  if (c.removed.length === 1)
    w.add("body", `A mitigation has been removed from ${name}: ${quoted(c.removed[0]!)}`);
  else if (c.removed.length > 1) {
    w.add("body", `${capital(counted(c.removed.length, "mitigation"))} have been removed from ${name}:`);
    for (const r of c.removed) w.add("bullet", quoted(r));
  }
  const scores = scoreSentences(name, c);
  if (scores) w.add("body", scores);
  if (c.fields.some((f) => f.field === "description"))
    w.add("body", `The description of ${name} has been revised.`);
  if (c.escalatedTo) w.add("body", `${c.escalatedTo}.`);
}

/** The paragraph for a new entry: where it came from and how it is scored. */
function addition(w: Writer, c: EntryChange, noun: Noun) {
  w.add("entry", { ...w.name(noun, c.id), bold: true });
  const name = `SEC Panel ${noun} ${c.id}`;
  const source = sourceOf(c.cells.escalatedFrom);
  const register = `the Panel ${noun} Register`;
  const [, sourceNoun, sourceId] = /^SEC Panel (Risk|Issue) (\S+)$/.exec(source ?? "") ?? [];
  if (sourceNoun && sourceId)
    w.add(
      "body",
      `${name} is proposed for ${register}: it has been raised from `,
      w.name(sourceNoun as Noun, sourceId),
      `, which has materialised.`,
    );
  else if (source) w.add("body", `${name} is proposed for ${register}, escalated from ${source}.`);
  else w.add("body", `${name} is proposed for ${register}.`);
  const score = (k: string) => {
    const v = c.cells[k as keyof typeof c.cells];
    return isBlank(v) ? null : asText(v);
  };
  const scored = [
    score("impact") && `an Impact of ${score("impact")}`,
    noun === "Risk" && score("likelihood") && `a Likelihood of ${score("likelihood")}`,
  ].filter(Boolean) as string[];
  const extra = [
    noun === "Risk" && score("severity") && `Severity ${score("severity")}`,
    score("rag") && `RAG ${score("rag")}`,
  ].filter(Boolean) as string[];
  const mitigations = c.added.length ? counted(c.added.length, "mitigation") : null;
  if (scored.length || mitigations)
    w.add(
      "body",
      `It has ${andList([
        ...(scored.length ? [`${andList(scored)}${extra.length ? ` (${extra.join(", ")})` : ""}`] : []),
        ...(mitigations ? [mitigations] : []),
      ])}.`,
    );
}

/** The recommendations, "; and" before the last, a full stop at the end. */
function recommendations(w: Writer, recs: string[]) {
  w.add("heading1", "5. Recommendations");
  w.add("body", "The SEC Panel is requested to:");
  if (!recs.length)
    recs.push("NOTE that there are no changes to the SEC Panel Risk and Issue Registers this month");
  recs.forEach((r, i) =>
    w.add("bullet", `${r}${i < recs.length - 2 ? ";" : i === recs.length - 2 ? "; and" : "."}`),
  );
}

/**
 * "SEC Panel Risks 4 and 13 are overdue for review (owners: SECAS; DCC)." in number order; one owner
 * for all is named once, and where some share an owner each owner is named with their risks.
 */
export function overdueReviewSentence(overdue: ReadonlyArray<{ id: string; owner: string }>): string {
  if (!overdue.length) return "";
  const list = [...overdue].sort(byNumber);
  const ownerOf = (o: { owner: string }) => o.owner.trim() || "none recorded";
  const distinct = [...new Set(list.map(ownerOf))];
  const owners =
    distinct.length === 1
      ? distinct[0] === "none recorded"
        ? "no owner recorded"
        : `owner: ${distinct[0]}`
      : distinct.length === list.length
        ? `owners: ${list.map(ownerOf).join("; ")}`
        : `owners: ${distinct
            .map((who) => `${who} (${andList(list.filter((o) => ownerOf(o) === who).map((o) => o.id))})`)
            .join("; ")}`;
  const ids = list.map((o) => o.id);
  return `${names("Risk", ids)} ${ids.length === 1 ? "is" : "are"} overdue for review (${owners}).`;
}

/**
 * "SEC Panel Risks 4 and 13 have become RED since the last paper (both were AMBER)." in number order;
 * where they were not all the same, each risk's RAG then. A risk new to the register is not named here:
 * 2.1 presents it, with its RAG.
 */
export function becameRedSentence(red: ReadonlyArray<{ id: string; was: string | null }>): string {
  const list = red.filter((r) => r.was).sort(byNumber);
  if (!list.length) return "";
  const ids = list.map((r) => r.id);
  const was = [...new Set(list.map((r) => r.was!))];
  const then =
    list.length === 1
      ? `it was ${was[0]}`
      : was.length === 1
        ? `${list.length === 2 ? "both" : "all"} were ${was[0]}`
        : list.map((r) => `Risk ${r.id} was ${r.was}`).join("; ");
  return `${names("Risk", ids)} ${ids.length === 1 ? "has" : "have"} become RED since the last paper (${then}).`;
}

export function coverNote({ changes, descriptions, overdueReviews, becameRed }: CoverNoteInput): CoverNote {
  // A removed entry is no longer in the register: its description is the baseline's.
  const known = new Map(descriptions);
  for (const c of changes)
    if (c.role === "panel" && !known.has(`${c.kind}:${c.id}`))
      known.set(`${c.kind}:${c.id}`, asText(c.cells.description));
  const w = new Writer(known);
  const panel = changes.filter((c) => c.role === "panel").sort(byNumber);
  const of = (kind: "risk" | "issue", test: (c: EntryChange) => boolean) =>
    panel.filter((c) => c.kind === kind && test(c));
  const newRisks = of("risk", (c) => c.change === "new");
  const updRisks = of("risk", (c) => c.change !== "new");
  const newIssues = of("issue", (c) => c.change === "new");
  const updIssues = of("issue", (c) => c.change !== "new");

  w.add("title", { text: "SEC Panel Risk and Issue Register Update", bold: true });
  w.add("heading1", "1. Purpose");
  w.add(
    "body",
    "This paper provides the monthly update on the SEC Panel Risk Register. It explains any proposed new risks and changes to existing risks. It also sets out any updates to the Panel Issues Register and outlines further details on the actions being taken to resolve or mitigate the issues.",
  );
  w.add(
    "body",
    "The SEC Panel Risk and Issue Registers are provided as Appendix A and B respectively. Appendix C provides the SEC Panel Risk and Issue Impact Classification.",
  );
  const risksChanged = newRisks.length + updRisks.length > 0;
  const issuesChanged = newIssues.length + updIssues.length > 0;
  w.add(
    "body",
    risksChanged || issuesChanged
      ? `The SEC Panel is requested to agree the amendments made to the SEC Panel ${risksChanged && issuesChanged ? "Risk and Issue Registers" : risksChanged ? "Risk Register" : "Issue Register"}.`
      : "The SEC Panel is requested to note that the SEC Panel Risk and Issue Registers are unchanged this month.",
  );

  w.add("heading1", "2. SEC Panel Risk Update");
  w.add("heading2", "2.1 New Panel risks");
  if (!newRisks.length)
    w.add("body", "There are no new proposed risks for the Panel Risk Register this month.");
  for (const c of newRisks) addition(w, c, "Risk");
  w.add("heading2", "2.2 Updates to existing risks");
  if (!updRisks.length) w.add("body", "There are no updates to existing risks this month.");
  for (const c of updRisks) update(w, c, "Risk");
  const red = becameRedSentence(becameRed ?? []);
  if (red) w.add("body", red);
  const overdue = overdueReviewSentence(overdueReviews ?? []);
  if (overdue) w.add("body", overdue);

  w.add("heading1", "3. SEC Panel Risk Matrix");
  w.add("body", "The matrix below (Figure 1) shows the latest status of Panel risks.");
  w.add("figure", { text: "Figure 1: SEC Panel Risks Matrix", italic: true });

  w.add("heading1", "4. SEC Panel Issue Update");
  w.add("heading2", "4.1 New Panel Issues");
  if (!newIssues.length)
    w.add("body", "There are no new proposed issues for the Panel Issue Register this month.");
  for (const c of newIssues) addition(w, c, "Issue");
  w.add("heading2", "4.2 Updates to existing Issues");
  if (!updIssues.length) w.add("body", "There are no updates to existing issues this month.");
  for (const c of updIssues) update(w, c, "Issue");

  const ids = (list: EntryChange[]) => list.map((c) => c.id);
  const raised = updRisks.filter((c) => c.change === "closed" && isRiskRaisedAsIssue(c) && issueOf(c));
  const raisedIssues = new Set(raised.map(issueOf));
  const closedRisks = updRisks.filter((c) => c.change === "closed" && !raised.includes(c));
  const amendedRisks = updRisks.filter((c) => c.change === "updated");
  const removed = panel.filter((c) => c.change === "removed");
  const recs: string[] = [];
  if (newRisks.length) recs.push(`AGREE the addition of ${names("Risk", ids(newRisks))}`);
  if (amendedRisks.length) recs.push(`AGREE the amendments made to ${names("Risk", ids(amendedRisks))}`);
  if (closedRisks.length) recs.push(`AGREE the closure of ${names("Risk", ids(closedRisks))}`);
  for (const c of raised)
    recs.push(`AGREE that SEC Panel Risk ${c.id} is closed and raised as SEC Panel Issue ${issueOf(c)}`);
  const addedIssues = newIssues.filter((c) => !raisedIssues.has(c.id));
  if (addedIssues.length) recs.push(`AGREE the addition of ${names("Issue", ids(addedIssues))}`);
  const amendedIssues = updIssues.filter((c) => c.change === "updated");
  if (amendedIssues.length)
    recs.push(`AGREE the amendments made to the ${names("Issue", ids(amendedIssues))}`);
  const closedIssues = updIssues.filter((c) => c.change === "closed");
  if (closedIssues.length) recs.push(`AGREE the closure of ${names("Issue", ids(closedIssues))}`);
  for (const noun of ["Risk", "Issue"] as const) {
    const gone = removed.filter((c) => c.kind === noun.toLowerCase());
    if (gone.length) recs.push(`NOTE the removal of ${names(noun, ids(gone))} from the register`);
  }
  recommendations(w, recs);
  return { paragraphs: w.paragraphs, footnotes: w.footnotes };
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A footnote number as superscript digits, for a plain-text or sheet rendering. */
export const superscript = (n: number) =>
  String(n)
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");

/** A paragraph as plain text: footnote references as superscript numbers, bullets with "• ". */
export function paragraphText(p: Paragraph): string {
  const text = p.runs.map((r) => r.text + (r.footnote ? superscript(r.footnote) : "")).join("");
  return p.style === "bullet" ? `• ${text}` : text;
}

/** The note as plain lines, paragraph by paragraph, then the footnotes ("1 SEC Panel Risk 4: …"). */
export function coverNoteLines(note: CoverNote): string[] {
  return [
    ...note.paragraphs.map(paragraphText),
    ...(note.footnotes.length ? ["", ...note.footnotes.map((f) => `${f.n} ${f.text}`)] : []),
  ];
}

/**
 * The note as the paper document's cover blocks (src/domain/paperDocument.ts): an entry's heading is a
 * bold paragraph; the figure's place is left to the document, which puts Figure 1 after the matrix
 * section's paragraph with its own caption.
 */
export function coverNoteBlocks(note: CoverNote): {
  blocks: Array<{
    type: "text";
    style: "title" | "heading" | "subheading" | "body" | "bullet" | "caption";
    runs: Run[];
  }>;
  footnotes: Array<{ id: number; text: string }>;
} {
  const style = {
    title: "title",
    heading1: "heading",
    heading2: "subheading",
    entry: "body",
    body: "body",
    bullet: "bullet",
  } as const;
  return {
    blocks: note.paragraphs
      .filter((p) => p.style !== "figure")
      .map((p) => ({ type: "text" as const, style: style[p.style as keyof typeof style], runs: p.runs })),
    footnotes: note.footnotes.map((f) => ({ id: f.n, text: f.text })),
  };
}
