// The cover note's wording: sections in the seed paper's order, a footnote the first time each entry is
// named, new risks with where they came from, closures and risks raised as issues, numbers in order,
// plurals.
import type { EntryChange } from "../../src/domain/changes";
import {
  counted,
  coverNote,
  coverNoteBlocks,
  coverNoteLines,
  paragraphText,
  sourceOf,
  type CoverNote,
} from "../../src/domain/coverNote";

function change(over: Partial<EntryChange> & Pick<EntryChange, "id">): EntryChange {
  return {
    registerId: over.kind === "issue" ? "panelIssues" : "panelRisks",
    registerName: over.kind === "issue" ? "SEC Panel issues" : "SEC Panel risks",
    kind: "risk",
    role: "panel",
    key: over.id,
    change: "updated",
    fields: [],
    added: [],
    amended: [],
    removed: [],
    escalatedTo: null,
    cells: {},
    ...over,
  };
}

const DESCRIPTIONS = new Map([
  ["risk:2", "There is a risk that the progression of Modifications Proposals does not meet timescales."],
  ["risk:4", "Testing may be insufficient for a stable environment leading to defects."],
  ["risk:9", "Something closes"],
  ["risk:10", "Ten"],
  ["risk:18", "The CSP N will fail to meet SEC requirements."],
  ["issue:4", "The progression of Modifications Proposals does not meet timescales."],
]);

const texts = (n: CoverNote) => n.paragraphs.map(paragraphText);
const after = (n: CoverNote, heading: string) => {
  const t = texts(n);
  return t.slice(t.indexOf(heading) + 1);
};

describe("The cover note", () => {
  test("the seed paper's sections, in its order, with its 'nothing new' sentences", () => {
    const n = coverNote({ changes: [], descriptions: DESCRIPTIONS });
    const headings = n.paragraphs
      .filter((p) => p.style === "heading1" || p.style === "heading2")
      .map(paragraphText);
    expect(headings).toEqual([
      "1. Purpose",
      "2. SEC Panel Risk Update",
      "2.1 New Panel risks",
      "2.2 Updates to existing risks",
      "3. SEC Panel Risk Matrix",
      "4. SEC Panel Issue Update",
      "4.1 New Panel Issues",
      "4.2 Updates to existing Issues",
      "5. Recommendations",
    ]);
    expect(after(n, "2.1 New Panel risks")[0]).toBe(
      "There are no new proposed risks for the Panel Risk Register this month.",
    );
    expect(after(n, "4.1 New Panel Issues")[0]).toBe(
      "There are no new proposed issues for the Panel Issue Register this month.",
    );
    expect(texts(n)).toContain("The matrix below (Figure 1) shows the latest status of Panel risks.");
    expect(after(n, "5. Recommendations")).toEqual([
      "The SEC Panel is requested to:",
      "• NOTE that there are no changes to the SEC Panel Risk and Issue Registers this month.",
    ]);
    expect(n.footnotes).toEqual([]);
  });

  test("each entry is footnoted the first time it is named, and only then; the footnote is its description", () => {
    const n = coverNote({
      changes: [
        change({ id: "4", added: ["Post-release lessons learnt exercises."] }),
        change({ id: "2", change: "closed", cells: { status: "Became issue", associatedIssue: "Issue 4" } }),
        change({ id: "4", kind: "issue", change: "new", cells: { escalatedFrom: "Panel risk 2" } }),
      ],
      descriptions: DESCRIPTIONS,
    });
    // Risk 2 comes before risk 4 (numbers in order); issue 4 is first named in risk 2's paragraph.
    expect(n.footnotes.map((f) => f.text)).toEqual([
      "SEC Panel Risk 2: The progression of Modifications Proposals does not meet timescales.",
      "SEC Panel Issue 4: The progression of Modifications Proposals does not meet timescales.",
      "SEC Panel Risk 4: Testing may be insufficient for a stable environment leading to defects.",
    ]);
    const lines = texts(n);
    expect(lines).toContain("SEC Panel Risk 2¹");
    expect(lines).toContain(
      "SEC Panel Risk 2 has materialised and has been raised as SEC Panel Issue 4²; it is closed on the Panel Risk Register.",
    );
    expect(lines).toContain("SEC Panel Risk 4³");
    // Named again in section 4.1: no second footnote.
    expect(after(n, "4.1 New Panel Issues").slice(0, 2)).toEqual([
      "SEC Panel Issue 4",
      "SEC Panel Issue 4 is proposed for the Panel Issue Register: it has been raised from SEC Panel Risk 2, which has materialised.",
    ]);
    const entry = n.paragraphs.find((p) => paragraphText(p) === "SEC Panel Risk 4³")!;
    expect(entry.runs).toEqual([{ text: "SEC Panel Risk 4", bold: true, footnote: 3 }]);
    // The issue raised from risk 2 is recommended once, with the closure.
    expect(after(n, "The SEC Panel is requested to:")).toEqual([
      "• AGREE the amendments made to SEC Panel Risk 4; and",
      "• AGREE that SEC Panel Risk 2 is closed and raised as SEC Panel Issue 4.",
    ]);
  });

  test("a new risk says where it came from and how it is scored; plurals are right", () => {
    const n = coverNote({
      changes: [
        change({
          id: "18",
          change: "new",
          added: ["A", "B"],
          cells: {
            escalatedFrom: "Escalated from OPSG-008 on 22 November 2026",
            impact: 4,
            likelihood: 5,
            severity: 20,
            rag: "RED",
          },
        }),
      ],
      descriptions: DESCRIPTIONS,
    });
    expect(after(n, "2.1 New Panel risks")).toEqual(
      expect.arrayContaining([
        "SEC Panel Risk 18¹",
        "SEC Panel Risk 18 is proposed for the Panel Risk Register, escalated from OPSG risk 008.",
        "It has an Impact of 4 and a Likelihood of 5 (Severity 20, RAG RED) and two mitigations.",
      ]),
    );
    expect(texts(n)).toContain("• AGREE the addition of SEC Panel Risk 18.");
    expect(n.footnotes[0]!.text).toBe("SEC Panel Risk 18: The CSP N will fail to meet SEC requirements.");
  });

  test("numbers in order (2 before 10), plurals and the '; and' before the last recommendation", () => {
    const n = coverNote({
      changes: [
        change({ id: "10", added: ["x"] }),
        change({ id: "4", added: ["y", "z"], removed: ["old one"] }),
        change({ id: "9", change: "closed", cells: { status: "Closed" } }),
        change({ id: "3", kind: "issue", removed: ["a", "b", "c"] }),
        change({
          id: "1",
          kind: "issue",
          amended: [{ from: "Panel is monitoring.", to: "Panel is monitoring monthly." }],
        }),
      ],
      descriptions: DESCRIPTIONS,
    });
    const lines = texts(n);
    expect(lines).toContain("Two mitigations to SEC Panel Risk 4 have been added:");
    expect(lines).toContain("• “y”");
    expect(lines).toContain("A mitigation has been removed from SEC Panel Risk 4: “old one”");
    expect(lines).toContain("Three mitigations have been removed from SEC Panel Issue 3:");
    expect(lines).toContain("SEC Panel Risk 9 has been closed.");
    expect(lines).toContain(
      "Further detail has been included against a mitigation action for SEC Panel Issue 1. The revised mitigation reads: “Panel is monitoring monthly.”",
    );
    const updates = lines.filter((l) => /^SEC Panel (Risk|Issue) \d+[¹²³⁴⁵⁶⁷⁸⁹⁰]*$/.test(l));
    expect(updates.map((l) => l.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, ""))).toEqual([
      "SEC Panel Risk 4",
      "SEC Panel Risk 9",
      "SEC Panel Risk 10",
      "SEC Panel Issue 1",
      "SEC Panel Issue 3",
    ]);
    expect(after(n, "The SEC Panel is requested to:")).toEqual([
      "• AGREE the amendments made to SEC Panel Risks 4 and 10;",
      "• AGREE the closure of SEC Panel Risk 9; and",
      "• AGREE the amendments made to the SEC Panel Issues 1 and 3.",
    ]);
    // The plain lines end with the footnotes, numbered in the order they were referenced.
    const plain = coverNoteLines(n);
    expect(plain.slice(plain.indexOf("") + 1).map((l) => l.split(":")[0])).toEqual([
      "1 SEC Panel Risk 4",
      "2 SEC Panel Risk 9",
      "3 SEC Panel Risk 10",
    ]);
  });

  test("score changes read as a sentence", () => {
    const n = coverNote({
      changes: [
        change({
          id: "1",
          fields: [
            { field: "likelihood", from: 4, to: 5 },
            { field: "severity", from: 12, to: 15 },
            { field: "rag", from: "AMBER", to: "RED" },
          ],
        }),
      ],
      descriptions: DESCRIPTIONS,
    });
    expect(texts(n)).toContain(
      "The Likelihood of SEC Panel Risk 1 has increased from 4 to 5, so its Severity has increased from 12 to 15. Its RAG status has changed from AMBER to RED.",
    );
  });

  test("counted and sourceOf", () => {
    expect([counted(0, "risk"), counted(1, "risk"), counted(2, "risk"), counted(12, "risk")]).toEqual([
      "no risks",
      "one risk",
      "two risks",
      "12 risks",
    ]);
    expect(sourceOf("Escalated from OPSG-015 on 1 July 2021")).toBe("OPSG risk 015");
    expect(sourceOf("Panel risk 2")).toBe("SEC Panel Risk 2");
    expect(sourceOf("")).toBeNull();
  });

  test("as the paper document's cover blocks: headings mapped, the figure left to the document, footnotes kept", () => {
    const n = coverNote({ changes: [change({ id: "4", added: ["x"] })], descriptions: DESCRIPTIONS });
    const { blocks, footnotes } = coverNoteBlocks(n);
    expect(blocks.filter((b) => b.style === "heading").map((b) => b.runs[0]!.text)).toContain(
      "3. SEC Panel Risk Matrix",
    );
    expect(blocks.some((b) => b.runs[0]!.text.startsWith("Figure 1"))).toBe(false);
    // After the matrix heading come its body paragraphs, where the document puts Figure 1.
    const at = blocks.findIndex((b) => b.runs[0]!.text === "3. SEC Panel Risk Matrix");
    expect(blocks[at + 1]).toEqual({
      type: "text",
      style: "body",
      runs: [{ text: "The matrix below (Figure 1) shows the latest status of Panel risks." }],
    });
    expect(blocks.find((b) => b.runs[0]?.footnote === 1)?.runs[0]).toEqual({
      text: "SEC Panel Risk 4",
      bold: true,
      footnote: 1,
    });
    expect(footnotes).toEqual([
      {
        id: 1,
        text: "SEC Panel Risk 4: Testing may be insufficient for a stable environment leading to defects.",
      },
    ]);
  });
});
