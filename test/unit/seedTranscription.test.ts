/**
 * The seed registers (test/fixtures/seeds.ts) must say what the papers printed. This test reads the papers'
 * text extractions (test/fixtures/papers/, copies of ../shared/seeds/) and rebuilds each register row from
 * them, telling the table's columns apart the way a careful transcriber would:
 * - a row's first page prints its cells in column order (number, description, scores, mitigations, RAG);
 * - where a row runs on after a page break, the header is repeated and the rest of the narrow column
 *   (the description; an issue's impacts) and of the mitigations follow, the narrow column's first. Which
 *   is which is told by line width: the first line wider than any narrow-column line printed on a first
 *   page starts the mitigation column (the test checks first that widths do separate the columns);
 * - an issue's narrow columns (date, category, associated risk, description, impacts) are taken in order
 *   as whole lines, so a field that begins or ends inside a printed line fails.
 * Every fixture text (description, each bullet, scores, RAG) must then equal the column it came from, in
 * order, with whitespace normalised; and no mitigation printed in the paper may sit inside a description.
 */
import { readFileSync } from "fs";
import path from "path";
import { NEW_MITIGATIONS, OPSG_RISKS, PANEL_ISSUES, PANEL_RISKS, PANEL_RISK_2 } from "../fixtures/seeds";

const PAPERS = path.join(__dirname, "../fixtures/papers");
const PANEL_PAPER = "000_c40d78ae4f9bfba5.txt";
const OPSG_PAPER = "003_96be42640a3d84dc.txt";

interface Line {
  /** 1-based line number in the extraction, for messages. */
  no: number;
  text: string;
}

function paper(file: string): Line[] {
  return readFileSync(path.join(PAPERS, file), "utf8")
    .split(/\r?\n/)
    .map((raw, i) => ({ no: i + 1, text: raw.trim() }));
}

/** Whitespace collapsed; a word hyphenated at a line end ("pre-" / "modification") joined again. */
function norm(s: string): string {
  return s
    .replace(/(\w)-[ \t]*\n\s*(?=\w)/g, "$1-")
    .replace(/\s+/g, " ")
    .trim();
}

/** `xs[i]`, or a failure saying what was missing (the extraction is not laid out as this test expects). */
function at<T>(xs: readonly T[], i: number, what = "line"): T {
  const v = xs[i];
  if (v === undefined) throw new Error(`extraction: no ${what} at ${i}`);
  return v;
}
const last = <T>(xs: readonly T[], what?: string): T => at(xs, xs.length - 1, what);

const joined = (lines: Line[]): string => lines.map((l) => l.text).join("\n");
const width = (l: Line): number => l.text.length;
const isBullet = (l: Line): boolean => l.text.startsWith("•");

/** Bullet items: each "•" line and the lines after it until the next "•" (leading non-bullet lines form one item). */
function items(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const l of lines) {
    if (isBullet(l) || out.length === 0) out.push([l]);
    else last(out).push(l);
  }
  return out;
}

/** "• a\n b\n• c" → ["a b", "c"]. Text before the first bullet joins the previous bullet (it ran on from the last page). */
function bulletTexts(lines: Line[]): string[] {
  return items(lines).map((item) => norm(joined(item).replace(/^•\s*/, "")));
}

function between(lines: Line[], start: RegExp, end: RegExp): Line[] {
  const from = lines.findIndex((l) => start.test(l.text));
  const to = lines.findIndex((l, i) => i > from && end.test(l.text));
  if (from < 0 || to < 0) throw new Error(`table not found: ${start} … ${end}`);
  return lines.slice(from + 1, to);
}

/**
 * A table's rows, page by page: `firstPage` is what the row prints on its first page, `more` what follows
 * each repeated header. Header blocks (from `headerStart` to `headerEnd`) and blank lines are dropped.
 */
interface RowPages {
  first: Line;
  firstPage: Line[];
  more: Line[][];
}

function rowsOf(
  body: Line[],
  headerStart: RegExp,
  headerEnd: RegExp,
  isRowStart: (l: Line, i: number) => boolean,
) {
  const rows: RowPages[] = [];
  let inHeader = false;
  body.forEach((l, i) => {
    if (headerStart.test(l.text)) {
      inHeader = true;
      return;
    }
    if (inHeader) {
      if (headerEnd.test(l.text)) {
        inHeader = false;
        if (rows.length) last(rows).more.push([]);
      }
      return;
    }
    if (!l.text) return;
    if (isRowStart(l, i)) rows.push({ first: l, firstPage: [], more: [] });
    else if (rows.length) {
      const row = last(rows);
      (row.more.length ? last(row.more) : row.firstPage).push(l);
    }
  });
  return rows;
}

/**
 * Splits what a row prints after a repeated header into the narrow column's text and the mitigation
 * column's: the columns print one after the other, and the first line wider than `narrowWidth` (wider
 * than the narrow column ever prints) starts the mitigation column.
 */
function splitContinuation(page: Line[], narrowWidth: number): { narrow: Line[]; mitigation: Line[] } {
  const firstWide = page.findIndex((l) => width(l) > narrowWidth);
  const cut = firstWide < 0 ? page.length : firstWide;
  return { narrow: page.slice(0, cut), mitigation: page.slice(cut) };
}

/** Consumes whole lines, in order, for each field; returns the lines left over. Fails if a field does not end at a line end. */
function consumeFields(lines: Line[], fields: Array<[string, string]>): Line[] {
  let rest = lines;
  for (const [name, want] of fields) {
    const target = norm(want);
    if (target === "") continue;
    let n = 0;
    while (n < rest.length && norm(joined(rest.slice(0, n + 1))).length <= target.length) {
      n += 1;
      if (norm(joined(rest.slice(0, n))) === target) break;
    }
    const got = norm(joined(rest.slice(0, n)));
    expect({ field: name, from: rest[0]?.no, text: got }).toEqual({
      field: name,
      from: rest[0]?.no,
      text: target,
    });
    rest = rest.slice(n);
  }
  return rest;
}

describe("Panel risk register (Appendix A of SECP_64_1101_02)", () => {
  const lines = paper(PANEL_PAPER);
  const appendix = lines.slice(lines.findIndex((l) => l.text.startsWith("Appendix A")));
  const body = between(appendix, /^Status \(1-5\)/, /^Table 2: SEC Panel Risks/);
  const HEADER = /^# There is a risk that/;
  const HEADER_END = /^Status \(1-5\)/;
  const SCORES = /^([1-5]) ([1-5]) (\d{1,2})$/;
  const RAG = /^(RED|AMBER|GREEN)$/;
  const rows = rowsOf(body, HEADER, HEADER_END, (l) => /^\d{1,2}$/.test(l.text));

  // A row's first page: description until the scores, mitigations until the RAG.
  const firstPages = rows.map((r) => {
    const page = r.firstPage;
    const s = page.findIndex((l) => SCORES.test(l.text));
    const rag = page.find((l) => RAG.test(l.text));
    const ragAt = rag ? page.indexOf(rag) : page.length;
    const [, impact, likelihood, severity] =
      SCORES.exec(at(page, s, `scores of risk ${r.first.text}`).text) ?? [];
    return {
      s,
      rag: rag?.text,
      scores: [Number(impact), Number(likelihood), Number(severity)],
      description: page.slice(0, s),
      mitigation: page.slice(s + 1, ragAt),
    };
  });
  const descriptionWidth = Math.max(...firstPages.flatMap((p) => p.description.map(width)));

  const parsed = rows.map((r, i) => {
    const fp = at(firstPages, i);
    const description = [...fp.description];
    const mitigation = [...fp.mitigation];
    for (const page of r.more) {
      const { narrow, mitigation: m } = splitContinuation(page, descriptionWidth);
      description.push(...narrow);
      mitigation.push(...m);
    }
    return {
      number: Number(r.first.text),
      line: r.first.no,
      description,
      mitigations: bulletTexts(mitigation),
      scores: fp.scores,
      rag: fp.rag,
    };
  });

  it("can tell the columns apart by width", () => {
    // Every wrapped mitigation line on a first page (one followed by more of the same bullet) is wider than
    // any description line, so width separates the columns where a row runs on after a header.
    const wrapped = firstPages.flatMap((p) => items(p.mitigation).flatMap((item) => item.slice(0, -1)));
    expect(wrapped.length).toBeGreaterThan(20);
    expect(Math.min(...wrapped.map(width))).toBeGreaterThan(descriptionWidth);
    expect(firstPages.every((p) => p.s > 0)).toBe(true);
  });

  it("has the paper's rows, in the paper's order", () => {
    expect(PANEL_RISKS.map((r) => r.number)).toEqual(parsed.map((r) => r.number));
  });

  it.each(PANEL_RISKS.map((r) => [r.number, r] as const))("risk %i matches its extraction", (_n, risk) => {
    const row = parsed.find((r) => r.number === risk.number)!;
    expect(norm(risk.description)).toBe(norm(joined(row.description)));
    expect(risk.mitigations.map(norm)).toEqual(row.mitigations);
    expect([risk.impact, risk.likelihood, risk.severity]).toEqual(row.scores);
    expect(risk.rag).toBe(row.rag);
    expect(risk.impact * risk.likelihood).toBe(risk.severity);
    for (const m of [...row.mitigations, ...risk.mitigations.map(norm)]) {
      expect(norm(risk.description)).not.toContain(m);
    }
  });

  it("prints risk 15's description in the narrow column and both its mitigations in the wide one", () => {
    // The row the transcription got wrong once: a mitigation printed after the description's bullets on
    // the page after the header.
    const row = parsed.find((r) => r.number === 15)!;
    const risk = PANEL_RISKS.find((r) => r.number === 15)!;
    expect(row.mitigations).toHaveLength(2);
    expect(risk.mitigations.map(norm)).toEqual(row.mitigations);
    expect(row.description.every((l) => width(l) <= descriptionWidth)).toBe(true);
    expect(norm(risk.description)).not.toContain("The SSC advice being provided");
  });

  it("names new mitigations that exist", () => {
    for (const { risk, index } of NEW_MITIGATIONS) {
      expect(PANEL_RISKS.find((r) => r.number === risk)?.mitigations[index]).toBeDefined();
    }
  });

  it("gives the footnotes' texts for the risks the cover note names", () => {
    const text = norm(joined(lines));
    const risk = (n: number) => norm(PANEL_RISKS.find((r) => r.number === n)!.description);
    expect(text).toContain(`1 SEC Panel Risk 4: ${risk(4)}`);
    expect(text).toContain(`2 SEC Panel Risk 13: ${risk(13)}`);
    // Risk 2 is not in Appendix A; footnote 6 gives its text.
    expect(text).toContain(`6 ${norm(PANEL_RISK_2.description)}`);
  });
});

describe("Panel issue register (Appendix B of SECP_64_1101_02)", () => {
  const lines = paper(PANEL_PAPER);
  const appendix = lines.slice(lines.findIndex((l) => l.text.startsWith("Appendix B")));
  const HEADER = /^Issue$/;
  const HEADER_END = /^Status$/;
  const body = between(appendix, HEADER_END, /^Table 3: SEC Panel Issue Register/);
  const RAG = /^(RED|AMBER|GREEN)$/;
  // A row starts with its number on the line right before its date ("14 July", or "5" then "October").
  const rows = rowsOf(body, HEADER, HEADER_END, (l, i) => {
    if (!/^\d$/.test(l.text)) return false;
    const next = body.slice(i + 1).filter((b) => b.text !== "");
    return /^\d{1,2} [A-Z][a-z]+$/.test(next[0]?.text ?? "") || /^[A-Z][a-z]+$/.test(next[1]?.text ?? "");
  });

  const parsed = rows.map((r) => {
    const page = r.firstPage;
    // Footnotes printed under the table on this page are not the row's.
    const footnote = page.findIndex((l) => /^\d The /.test(l.text));
    const own = footnote < 0 ? page : page.slice(0, footnote);
    const rag = own.findIndex((l) => RAG.test(l.text));
    const withoutRag = own.filter((_, i) => i !== rag);
    // The row's impact score is the last lone digit before the first mitigation bullet.
    const firstMitigation = withoutRag.findIndex(
      (l, i) => i > 0 && isBullet(l) && /^\d$/.test(at(withoutRag, i - 1).text),
    );
    const score = at(withoutRag, firstMitigation - 1, `impact of issue ${r.first.text}`);
    return {
      number: Number(r.first.text),
      line: r.first.no,
      left: withoutRag.slice(0, firstMitigation - 1),
      impact: Number(score.text),
      mitigation: withoutRag.slice(firstMitigation),
      rag: own[rag]?.text,
      more: r.more,
    };
  });
  // The widest line of the "Impacts" column on a first page: the narrow columns never print wider.
  const narrowWidth = Math.max(...parsed.flatMap((r) => r.left.map(width)).filter((w) => w > 0));

  it("can tell the columns apart by width", () => {
    const wrapped = parsed.flatMap((r) => items(r.mitigation).flatMap((item) => item.slice(0, -1)));
    expect(wrapped.length).toBeGreaterThan(20);
    expect(Math.min(...wrapped.map(width))).toBeGreaterThan(narrowWidth);
  });

  it("has the paper's rows, in the paper's order", () => {
    expect(PANEL_ISSUES.map((i) => i.number)).toEqual(parsed.map((r) => r.number));
  });

  it.each(PANEL_ISSUES.map((i) => [i.number, i] as const))("issue %i matches its extraction", (_n, issue) => {
    const row = parsed.find((r) => r.number === issue.number)!;
    const left = [...row.left];
    const mitigation = [...row.mitigation];
    for (const page of row.more) {
      const { narrow, mitigation: m } = splitContinuation(page, narrowWidth);
      left.push(...narrow);
      mitigation.push(...m);
    }
    // Issue 1's associated risk prints "26": risk 2 and footnote marker 6.
    const associated = issue.number === 1 ? `${issue.associatedRisks}6` : issue.associatedRisks;
    const rest = consumeFields(left, [
      ["dateRaised", issue.dateRaised],
      ["category", issue.category],
      ["associatedRisks", associated],
      ["description", issue.description],
      ["impacts", issue.impacts],
    ]);
    expect(rest.map((l) => l.text)).toEqual([]);
    expect(issue.impact).toBe(row.impact);
    expect(issue.mitigations.map(norm)).toEqual(bulletTexts(mitigation));
    expect(issue.rag).toBe(row.rag);
    for (const m of issue.mitigations.map(norm)) {
      expect(norm(issue.description)).not.toContain(m);
      expect(norm(issue.impacts)).not.toContain(m);
    }
  });

  it("gives the footnotes' texts for the issues the cover note names", () => {
    const text = norm(joined(lines));
    const issue = (n: number) => norm(PANEL_ISSUES.find((i) => i.number === n)!.description);
    expect(text).toContain(`3 SEC Panel Issue 1: ${issue(1)}`);
    // The footnote ends the sentence; the table's cell has no full stop.
    expect(text).toContain(`4 SEC Panel Issue 2: ${issue(2)}.`);
    expect(text).toContain(`5 SEC Panel Issue 3: ${issue(3)}`);
  });
});

describe("OPSG risk register (OPSG_53_2607_07)", () => {
  const lines = paper(OPSG_PAPER).filter((l) => l.text && !l.text.startsWith("Paper Reference:"));
  const body = between(lines, /^2\. Actively Managed Risks/, /^3\. Recommendation/);
  const SEVERITY = /^\d{1,2}$/;
  const BAND = /^\((Critical|High|Moderate|Low)\)$/;
  // Each risk prints as a table of its own, under the header "Risk Number / Risk Description Severity Rating".
  const starts = body.flatMap((l, i) => (/^OPSG-\d{3} /.test(l.text) ? [i] : []));

  const parsed = starts.map((start, k) => {
    const block = body.slice(start, starts[k + 1] ?? body.length);
    const head = at(block, 0);
    const s = block.findIndex((l) => SEVERITY.test(l.text));
    const impact = block.findIndex((l) => l.text === "Impact");
    const mitigation = block.findIndex((l) => l.text === "Mitigation Actions");
    const tail = block.slice(mitigation + 1);
    const nextHeader = tail.findIndex((l) => l.text === "Risk");
    const [, number = "", first = ""] = /^(OPSG-\d{3}) (.*)$/.exec(head.text) ?? [];
    return {
      number,
      line: head.no,
      // The description runs on after the severity where the page breaks (OPSG-010).
      description: [{ no: head.no, text: first }, ...block.slice(1, s), ...block.slice(s + 2, impact)],
      severity: Number(at(block, s, `severity of ${number}`).text),
      band: BAND.exec(at(block, s + 1, `band of ${number}`).text)?.[1],
      impacts: block.slice(impact + 1, mitigation),
      mitigations: bulletTexts(nextHeader < 0 ? tail : tail.slice(0, nextHeader)),
    };
  });

  it("has the paper's risks, in the paper's order", () => {
    expect(OPSG_RISKS.map((r) => r.number)).toEqual(parsed.map((r) => r.number));
  });

  it.each(OPSG_RISKS.map((r) => [r.number, r] as const))("%s matches its extraction", (_n, risk) => {
    const row = parsed.find((r) => r.number === risk.number)!;
    expect(norm(risk.description)).toBe(norm(joined(row.description)));
    expect(norm(risk.impacts)).toBe(norm(joined(row.impacts)));
    expect(risk.severity).toBe(row.severity);
    expect(risk.band).toBe(row.band);
    expect(risk.mitigations.map(norm)).toEqual(row.mitigations);
    // Impact and likelihood are not printed; the fixture chooses them to give the printed severity.
    expect(risk.impact * risk.likelihood).toBe(risk.severity);
    for (const m of row.mitigations) expect(norm(risk.description + " " + risk.impacts)).not.toContain(m);
  });
});
