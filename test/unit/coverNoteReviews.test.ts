// The cover note's sentences on overdue reviews and on risks that became RED (issue 14 items 3 and 5):
// where they go, how they read, and that the note is the seed paper's when there are none.
import type { EntryChange } from "../../src/domain/changes";
import {
  becameRedSentence,
  coverNote,
  overdueReviewSentence,
  paragraphText,
  type CoverNote,
} from "../../src/domain/coverNote";

const texts = (n: CoverNote) => n.paragraphs.map(paragraphText);
/** The paragraphs of section 2.2, up to the matrix's heading. */
const updates = (n: CoverNote) => {
  const t = texts(n);
  return t.slice(t.indexOf("2.2 Updates to existing risks") + 1, t.indexOf("3. SEC Panel Risk Matrix"));
};

const risk4RagRaised: EntryChange = {
  registerId: "panelRisks",
  registerName: "SEC Panel risks",
  kind: "risk",
  role: "panel",
  key: "4",
  id: "4",
  change: "updated",
  fields: [
    { field: "likelihood", from: 3, to: 4 },
    { field: "severity", from: 12, to: 16 },
    { field: "rag", from: "AMBER", to: "RED" },
  ],
  added: [],
  amended: [],
  removed: [],
  escalatedTo: null,
  cells: {},
};
const DESCRIPTIONS = new Map([["risk:4", "Testing may be insufficient for a stable environment."]]);

describe("overdue reviews", () => {
  test("one owner for all is named once; numbers in order", () => {
    expect(
      overdueReviewSentence([
        { id: "13", owner: "SECAS" },
        { id: "4", owner: "SECAS" },
      ]),
    ).toBe("SEC Panel Risks 4 and 13 are overdue for review (owner: SECAS).");
    expect(overdueReviewSentence([{ id: "4", owner: "DCC" }])).toBe(
      "SEC Panel Risk 4 is overdue for review (owner: DCC).",
    );
  });

  test("each owner with their risks where some share one; each in turn where none do", () => {
    expect(
      overdueReviewSentence([
        { id: "4", owner: "SECAS" },
        { id: "13", owner: "DCC" },
        { id: "1", owner: "SECAS" },
      ]),
    ).toBe("SEC Panel Risks 1, 4 and 13 are overdue for review (owners: SECAS (1 and 4); DCC (13)).");
    expect(
      overdueReviewSentence([
        { id: "4", owner: "SECAS" },
        { id: "13", owner: "DCC" },
      ]),
    ).toBe("SEC Panel Risks 4 and 13 are overdue for review (owners: SECAS; DCC).");
    expect(overdueReviewSentence([{ id: "4", owner: " " }])).toBe(
      "SEC Panel Risk 4 is overdue for review (no owner recorded).",
    );
  });

  test("the sentence closes 2.2, after the updates", () => {
    const n = coverNote({
      changes: [risk4RagRaised],
      descriptions: DESCRIPTIONS,
      overdueReviews: [{ id: "4", owner: "SECAS" }],
    });
    const u = updates(n);
    expect(u[0]).toBe("SEC Panel Risk 4¹");
    expect(u[u.length - 1]).toBe("SEC Panel Risk 4 is overdue for review (owner: SECAS).");
  });
});

describe("risks that became RED since the last paper", () => {
  test("one; two that were the same; several that were not", () => {
    expect(becameRedSentence([{ id: "4", was: "AMBER" }])).toBe(
      "SEC Panel Risk 4 has become RED since the last paper (it was AMBER).",
    );
    expect(
      becameRedSentence([
        { id: "13", was: "AMBER" },
        { id: "4", was: "AMBER" },
      ]),
    ).toBe("SEC Panel Risks 4 and 13 have become RED since the last paper (both were AMBER).");
    expect(
      becameRedSentence([
        { id: "4", was: "AMBER" },
        { id: "13", was: "GREEN" },
        { id: "2", was: "AMBER" },
      ]),
    ).toBe(
      "SEC Panel Risks 2, 4 and 13 have become RED since the last paper (Risk 2 was AMBER; Risk 4 was AMBER; Risk 13 was GREEN).",
    );
  });

  test("a risk new since the last paper is not named again: 2.1 presents it with its RAG", () => {
    expect(becameRedSentence([{ id: "18", was: null }])).toBe("");
    expect(
      becameRedSentence([
        { id: "18", was: null },
        { id: "4", was: "AMBER" },
      ]),
    ).toBe("SEC Panel Risk 4 has become RED since the last paper (it was AMBER).");
  });

  test("after the updates that say how, before the overdue reviews", () => {
    const n = coverNote({
      changes: [risk4RagRaised],
      descriptions: DESCRIPTIONS,
      becameRed: [{ id: "4", was: "AMBER" }],
      overdueReviews: [{ id: "4", owner: "SECAS" }],
    });
    expect(updates(n)).toEqual([
      "SEC Panel Risk 4¹",
      "The Likelihood of SEC Panel Risk 4 has increased from 3 to 4, so its Severity has increased from 12 to 16. Its RAG status has changed from AMBER to RED.",
      "SEC Panel Risk 4 has become RED since the last paper (it was AMBER).",
      "SEC Panel Risk 4 is overdue for review (owner: SECAS).",
    ]);
  });
});

test("with nothing overdue and nothing newly RED, the note is the one written without them", () => {
  const plain = coverNote({ changes: [risk4RagRaised], descriptions: DESCRIPTIONS });
  expect(
    coverNote({
      changes: [risk4RagRaised],
      descriptions: DESCRIPTIONS,
      overdueReviews: [],
      becameRed: [{ id: "18", was: null }],
    }),
  ).toEqual(plain);
  expect(texts(plain).some((t) => /overdue|become RED/.test(t))).toBe(false);
});
