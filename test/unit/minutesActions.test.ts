/**
 * Actions read out of pasted minutes (issue 14). The seed is the August 2017 Panel minutes as their PDF
 * extraction gives them (../shared/seeds/002_2bd199d1195febd0.txt, read from the shared folder beside the
 * repository; the tests run from /work/main). Its four actions are written out below as the minutes print
 * them, their lines joined with single spaces.
 */
import { readFileSync } from "fs";
import path from "path";
import fc from "fast-check";
import { extractActions, ownerOf, readDue } from "../../src/domain/minutesActions";

const SEEDS = path.join(__dirname, "../../../shared/seeds");
const seed = (file: string): string => readFileSync(path.join(SEEDS, file), "utf8");
const MINUTES = seed("002_2bd199d1195febd0.txt");

/** The four actions of the minutes, copied from the seed (lines 190–192, 194–195, 275–277, 509–510). */
const SEED_ACTIONS = [
  {
    number: "SECP47/02",
    lines: [190, 192],
    item: "6. Proposal to Delegate Authority to the Security Sub-Committee",
    text:
      "SECAS to provide a paper clarifying the activities and processes associated with the delegation of " +
      "the setting of the scope and frequency of the DCC’s Total System Assessment to enable a decision to " +
      "be made on the delegation of this activity, to the SSC.",
    dueText: null,
  },
  {
    number: "SECP47/03",
    lines: [194, 195],
    item: "6. Proposal to Delegate Authority to the Security Sub-Committee",
    text: "SECAS to publish the Delegation register on the SEC Website, including details of dispute and referral routes.",
    dueText: null,
  },
  {
    number: "SECP47/04",
    lines: [275, 277],
    item: "10. Modification and Release Status Report — August 2017",
    text:
      "SECAS to provide a paper, following DCC input, that gives greater clarity and certainty about potential " +
      "DCC impacts on the Modification Proposals timetables. Specially SECMP0010, SECMP0012, SECMP0013 and SECMP0015.",
    dueText: null,
  },
  {
    number: "SECP47/05",
    lines: [509, 510],
    item: "23. Any Other Business",
    text:
      "SECAS to provide the Panel with proposed SEC Panel meeting dates for 2018, for discussion at the " +
      "September 2017 meeting.",
    dueText: "for discussion at the September 2017 meeting",
  },
];

const SEED_UPDATE =
  "For action SECP46/01, SECAS noted that a guidance note on the technical specification versioning will be " +
  'published weekending 18" August 2017 and will be circulated to Panel Members for information.';

describe("the August 2017 Panel minutes (seed 002)", () => {
  const result = extractActions(MINUTES);
  const seedLines = MINUTES.split(/\r?\n/);

  test("the expected texts are the seed's own words (guards the copies above)", () => {
    for (const a of SEED_ACTIONS) {
      const [from, to] = a.lines as [number, number];
      const printed = seedLines
        .slice(from - 1, to)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      expect(printed).toMatch(/^ACTION:? SECP47\/0\d: /);
      expect(printed.replace(/^ACTION:? SECP47\/0\d: /, "")).toBe(a.text);
    }
    expect(seedLines.slice(14, 17).join(" ").replace(/\s+/g, " ").trim()).toBe(SEED_UPDATE);
  });

  test("reads exactly the four actions, verbatim, with owner, line, agenda item and due phrase", () => {
    expect(result.actions.map((a) => a.number)).toEqual(["SECP47/02", "SECP47/03", "SECP47/04", "SECP47/05"]);
    result.actions.forEach((a, i) => {
      const e = SEED_ACTIONS[i]!;
      expect(a.text).toBe(e.text);
      expect(a.owner).toBe("SECAS");
      expect(a.sourceLine).toBe(e.lines[0]);
      expect(a.item).toBe(e.item);
      expect(a.dueText).toBe(e.dueText);
      expect(a.meetingNumber).toBe(47);
      expect(a.sequence).toBe(Number(e.number.slice(-2)));
      expect(a.numberAsWritten).toBeNull();
    });
    // "…at the September 2017 meeting": the month of that meeting (its day is not in the minutes).
    expect(result.actions[3]!.due).toEqual({ date: { year: 2017, month: 9, day: 1 }, precision: "month" });
    expect(result.actions.slice(0, 3).every((a) => a.due === null)).toBe(true);
  });

  test("SECP47/03's extra colon is read, and its text stops at the next item's heading (no blank line between)", () => {
    const a = result.actions.find((x) => x.number === "SECP47/03")!;
    expect(seedLines[193]).toMatch(/^ACTION: SECP47\/03:/);
    expect(seedLines[195]).toMatch(/^ 7\. User Security Assessment Update/);
    expect(a.text).not.toMatch(/User Security/);
  });

  test("'For action SECP46/01, SECAS noted…' is an update to an earlier action, not a new action", () => {
    expect(result.updates).toEqual([
      {
        number: "SECP46/01",
        text: SEED_UPDATE,
        sourceLine: 15,
        item: "1. Minutes and Actions Outstanding",
        statusHint: null,
      },
    ]);
  });

  test("the meeting is SECP47; the minutes do not say its date, and the result says so", () => {
    expect(result.meeting).toBe("SECP47");
    // The TAG "meeting held on 9t August 2017" (line 27) is another meeting's date: not taken.
    expect(result.meetingDate).toBeNull();
    expect(result.warnings).toEqual([
      "The minutes do not say the date of the meeting. Enter it for the actions' Date Raised.",
    ]);
    expect(result.unnumbered).toEqual([]);
  });

  test("a meeting date given by the user is used, and then nothing is warned", () => {
    const r = extractActions(MINUTES, { meetingDate: { year: 2017, month: 8, day: 16 } });
    expect(r.meetingDate).toEqual({ year: 2017, month: 8, day: 16 });
    expect(r.warnings).toEqual([]);
  });

  test("no false positives in the other seed papers (the cover's 'Action: For Decision' is not an action)", () => {
    expect(seed("000_c40d78ae4f9bfba5.txt")).toMatch(/^Action: {2}For Decision/m);
    for (const f of [
      "000_c40d78ae4f9bfba5.txt",
      "001_00ee6edd6f4261a8.txt",
      "003_96be42640a3d84dc.txt",
      "004_556e2fd768af6e86.txt",
    ]) {
      const r = extractActions(seed(f));
      expect({ f, actions: r.actions, updates: r.updates, unnumbered: r.unnumbered }).toEqual({
        f,
        actions: [],
        updates: [],
        unnumbered: [],
      });
    }
  });
});

/** Long filler lines so that the page's width is known (the short-line rule measures against it). */
const FILLER = [
  "The Panel were presented with a summary of the consultation on the plan, which sets out the scope",
  "of the release and the planned approach for delivery. A draft Panel response to the consultation was",
  "also included in the paper for the Panel's consideration and comment, and the Panel discussed it at",
  "length, noting the issues experienced in previous releases in relation to testing and sign-off.",
].join("\n");

describe("forms of ACTION and where an action ends", () => {
  test("'ACTION SECP47/02 -', 'Action SECP47/02:', 'action secp47/2 –' are all actions", () => {
    for (const head of [
      "ACTION SECP47/02 -",
      "Action SECP47/02:",
      "action secp47/2 –",
      "ACTION SECP47/02",
      "ACTION - SECP47/02:",
    ]) {
      const r = extractActions(`${FILLER}\n\n${head} SECAS to circulate the paper.\n\n${FILLER}`);
      expect(r.actions.map((a) => [a.number, a.text])).toEqual([
        ["SECP47/02", "SECAS to circulate the paper."],
      ]);
    }
    const r = extractActions("action secp47/2 – SECAS to circulate the paper.");
    expect(r.actions[0]!.numberAsWritten).toBe("secp47/2");
  });

  test("'Action SECP46/01 was closed' (no separator, not in capitals) is a mention, not an action", () => {
    const r = extractActions("ACTION SECP47/01: SECAS to write.\n\nAction SECP46/01 was closed.");
    expect(r.actions.map((a) => a.number)).toEqual(["SECP47/01"]);
    expect(r.updates.map((u) => [u.number, u.statusHint])).toEqual([["SECP46/01", "Closed"]]);
  });

  test("an ACTION headed with an earlier meeting's number, in these minutes, is an update", () => {
    const r = extractActions(
      "ACTION SECP46/01: Closed. The guidance note was published.\n\nACTION SECP47/02: SECAS to write.\n\nACTION SECP47/03: SECAS to read.",
    );
    expect(r.actions.map((a) => a.number)).toEqual(["SECP47/02", "SECP47/03"]);
    expect(r.updates).toEqual([
      expect.objectContaining({
        number: "SECP46/01",
        text: "Closed. The guidance note was published.",
        statusHint: "Closed",
      }),
    ]);
  });

  test("a page break inside an action: header and footer lines left out, the action joined across", () => {
    const text = [
      FILLER,
      "",
      "ACTION SECP47/02: SECAS to provide a paper clarifying the activities and processes associated",
      "",
      "SECP_47_1608_01 SEC Panel Minutes                                  Page 4 of 9",
      "This document is classified as White in accordance with the Panel Information Policy. Information",
      "can be shared with the public, and any members may publish the information, subject to copyright.",
      "\f",
      "SECP_47_1608_01 SEC Panel Minutes                                  Page 5 of 9",
      "",
      " with the delegation of the setting of the scope and frequency of the DCC’s Total System",
      "Assessment, to the SSC.",
      "",
      FILLER,
    ].join("\n");
    const r = extractActions(text);
    expect(r.actions.map((a) => a.text)).toEqual([
      "SECAS to provide a paper clarifying the activities and processes associated with the delegation of the " +
        "setting of the scope and frequency of the DCC’s Total System Assessment, to the SSC.",
    ]);
  });

  test("a page break after a finished sentence, and a capital on the next page, ends the action", () => {
    const text = [
      FILLER,
      "",
      "ACTION SECP47/02: SECAS to publish the Delegation register on the SEC Website.",
      "Page 4 of 9",
      "The Panel NOTED the update and thanked SECAS for the work so far on the delegations register.",
    ].join("\n");
    expect(extractActions(text).actions[0]!.text).toBe(
      "SECAS to publish the Delegation register on the SEC Website.",
    );
    // The extraction's own page mark (the new page's first line indented) is read the same way.
    const indented = text.replace("\nPage 4 of 9\n", "\n ");
    expect(extractActions(indented).actions[0]!.text).toBe(
      "SECAS to publish the Delegation register on the SEC Website.",
    );
  });

  test("a stray blank line inside an unfinished sentence does not end the action; a blank after a sentence does", () => {
    const r = extractActions(
      `${FILLER}\n\nACTION SECP47/02: SECAS to provide a paper on the\n\ndelegation register.\n\nthe Panel noted it.`,
    );
    expect(r.actions[0]!.text).toBe("SECAS to provide a paper on the delegation register.");
  });

  test("an action ends at the next ACTION, a bullet, a heading, or a short last line before a new paragraph", () => {
    const text = [
      FILLER,
      "",
      "1. Minutes and Actions Outstanding",
      "ACTION SECP47/01: SECAS to circulate the minutes.",
      "ACTION SECP47/02: SECAS to write to the DCC about the release",
      "timetable.",
      "The Panel NOTED the update and thanked SECAS for the work so far on the release timetable report.",
      "ACTION SECP47/03: The DCC to report back.",
      "e NOTED the contents of the paper; and",
      "ACTION SECP47/04: SECAS and the DCC to agree the plan",
      "2. Release 2.0 Plan",
      "ACTION SECP47/05: Provide a paper to the Panel.",
    ].join("\n");
    const r = extractActions(text);
    expect(r.actions.map((a) => [a.number, a.text, a.owner, a.item])).toEqual([
      ["SECP47/01", "SECAS to circulate the minutes.", "SECAS", "1. Minutes and Actions Outstanding"],
      [
        "SECP47/02",
        "SECAS to write to the DCC about the release timetable.",
        "SECAS",
        "1. Minutes and Actions Outstanding",
      ],
      ["SECP47/03", "The DCC to report back.", "The DCC", "1. Minutes and Actions Outstanding"],
      [
        "SECP47/04",
        "SECAS and the DCC to agree the plan",
        "SECAS and the DCC",
        "1. Minutes and Actions Outstanding",
      ],
      ["SECP47/05", "Provide a paper to the Panel.", null, "2. Release 2.0 Plan"],
    ]);
  });

  test("an ACTION run into the previous line by the extraction is split from it", () => {
    const r = extractActions(
      "The Panel agreed. ACTION SECP47/05: SECAS to provide the Panel with proposed dates for 2018.",
    );
    expect(r.actions.map((a) => [a.number, a.text])).toEqual([
      ["SECP47/05", "SECAS to provide the Panel with proposed dates for 2018."],
    ]);
  });

  test("a word hyphenated at a line's end is joined whole; curly quotes are kept", () => {
    const r = extractActions("ACTION SECP47/02: SECAS to brief the end-to-\nend ‘Crisis Management’ team.");
    expect(r.actions[0]!.text).toBe("SECAS to brief the end-to-end ‘Crisis Management’ team.");
  });

  test("duplicate numbers: listed once, with a warning naming the lines", () => {
    const same = extractActions("ACTION SECP47/02: SECAS to write.\n\nACTION SECP47/02: SECAS to write.");
    expect(same.actions).toHaveLength(1);
    expect(same.warnings).toContain("SECP47/02 is written twice (lines 1 and 3); it is listed once.");
    const different = extractActions("ACTION SECP47/02: SECAS to write.\n\nACTION SECP47/02: SECAS to read.");
    expect(different.actions.map((a) => a.text)).toEqual(["SECAS to write."]);
    expect(different.warnings.join(" ")).toMatch(
      /SECP47\/02 is used twice \(lines 1 and 3\) for different actions/,
    );
  });

  test("numbers out of order are kept in the minutes' order, without a warning", () => {
    const r = extractActions("ACTION SECP47/03: SECAS to read.\n\nACTION SECP47/01: SECAS to write.", {
      meetingDate: { year: 2017, month: 8, day: 16 },
    });
    expect(r.actions.map((a) => a.number)).toEqual(["SECP47/03", "SECP47/01"]);
    expect(r.warnings).toEqual([]);
  });

  test("an ACTION with no number is kept apart, with a warning; an ACTION with a number and no text is not read", () => {
    const r = extractActions(
      "ACTION: SECAS to write to BEIS.\n\nACTION SECP47/04:\n\nACTION SECP47/02: SECAS to read.",
    );
    expect(r.unnumbered).toEqual([
      expect.objectContaining({ owner: "SECAS", text: "SECAS to write to BEIS.", sourceLine: 1 }),
    ]);
    expect(r.actions.map((a) => a.number)).toEqual(["SECP47/02"]);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        "The ACTION on line 1 has no number; it can be added with the next free number.",
        "ACTION SECP47/04 on line 3 has no text after its number, so it was not read.",
      ]),
    );
  });

  test("text with no actions: a clear empty result", () => {
    expect(extractActions(FILLER)).toEqual({
      meeting: null,
      meetingDate: null,
      actions: [],
      updates: [],
      unnumbered: [],
      warnings: [
        "No actions were found: no line starts with ACTION and an action number (such as “ACTION SECP47/02:”).",
      ],
    });
    expect(extractActions("  \n").warnings).toEqual([
      "The text is empty: paste the minutes to read their actions.",
    ]);
  });

  test("the meeting date where the minutes say it; another meeting's 'held on' is not it", () => {
    expect(extractActions("Date: 16 August 2017\nACTION SECP47/02: SECAS to write.").meetingDate).toEqual({
      year: 2017,
      month: 8,
      day: 16,
    });
    expect(
      extractActions(
        "Minutes of the SEC Panel meeting held at Gemserv on Wednesday 16th August 2017\n\nACTION SECP47/02: SECAS to write.",
      ).meetingDate,
    ).toEqual({ year: 2017, month: 8, day: 16 });
    expect(
      extractActions(
        "The TAG meeting held on 9 August 2017 raised points.\n\nACTION SECP47/02: SECAS to write.",
      ).meetingDate,
    ).toBeNull();
  });

  test("actions name the risks and issues and other actions they mention", () => {
    const a = extractActions("ACTION SECP47/06: SECAS to move Risk 2 to Issue 5 once SECP46/01 is closed.")
      .actions[0]!;
    expect([a.risks, a.issues, a.references]).toEqual([[2], [5], ["SECP46/01"]]);
  });
});

describe("due phrases and the date rule", () => {
  const aug = { year: 2017, month: 8, day: 16 };
  test.each([
    [
      "SECAS to report by 31 August 2017.",
      "by 31 August 2017",
      { date: { year: 2017, month: 8, day: 31 }, precision: "day" },
    ],
    [
      "SECAS to report by 31/08/2017.",
      "by 31/08/2017",
      { date: { year: 2017, month: 8, day: 31 }, precision: "day" },
    ],
    [
      "SECAS to report by the end of September 2017.",
      "by the end of September 2017",
      { date: { year: 2017, month: 9, day: 30 }, precision: "day" },
    ],
    [
      "SECAS to report in November 2017.",
      "in November 2017",
      { date: { year: 2017, month: 11, day: 1 }, precision: "month" },
    ],
    [
      "SECAS to report to the September 2017 Panel meeting.",
      "to the September 2017 Panel meeting",
      { date: { year: 2017, month: 9, day: 1 }, precision: "month" },
    ],
    ["SECAS to report at the next Panel meeting.", "at the next Panel meeting", null],
    ["SECAS to list the dates for 2018.", null, null],
    ["SECAS to write.", null, null],
  ])("%s", (text, dueText, due) => {
    expect(readDue(text)).toEqual({ dueText, due });
  });

  test("a month's meeting without a year: the first such month after the meeting date, or null if the date is not known", () => {
    expect(readDue("SECAS to report at the October meeting.", aug).due).toEqual({
      date: { year: 2017, month: 10, day: 1 },
      precision: "month",
    });
    expect(readDue("SECAS to report at the January meeting.", aug).due).toEqual({
      date: { year: 2018, month: 1, day: 1 },
      precision: "month",
    });
    expect(readDue("SECAS to report at the October meeting.")).toEqual({
      dueText: "at the October meeting",
      due: null,
    });
  });
});

describe("owners", () => {
  test.each([
    ["SECAS to provide a paper", "SECAS"],
    ["The DCC to report", "The DCC"],
    ["Panel Members to review the paper", "Panel Members"],
    ["SECAS and the DCC to agree", "SECAS and the DCC"],
    ["Provide a paper to the Panel", null],
    ["SECAS, with DCC input, to write", null],
    ["Circulate the minutes", null],
  ])("%s → %s", (text, owner) => {
    expect(ownerOf(text)).toBe(owner);
  });
});

describe("property: an action wrapped anywhere and set among paragraphs is read back exactly", () => {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const plainWord = fc
    .string({ unit: fc.constantFrom(...letters.split("")), minLength: 2, maxLength: 10 })
    .filter((w) => !/^(to|e|o)$/.test(w));
  const oddWord = fc.constantFrom(
    "DCC’s",
    "“blanket”",
    "R2.0",
    "SECMP0010,",
    "end-to-end",
    "(SSC)",
    "SMETS2",
    "Sub-Committee",
    "2018,",
  );
  const word = fc.oneof({ weight: 5, arbitrary: plainWord }, { weight: 1, arbitrary: oddWord });
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const sentence = fc
    .array(word, { minLength: 3, maxLength: 18 })
    .map((ws) => capital(ws.join(" ").replace(/,$/, "")) + ".");
  const sentences = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(" "));
  /** A paragraph wrapped as a PDF extraction wraps it (about 95 characters a line). */
  const wrap = (text: string, width = 95): string[] => {
    const out: string[] = [];
    let line = "";
    for (const w of text.split(" ")) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    return [...out, line];
  };
  const paragraphs = fc.array(sentences, { minLength: 0, maxLength: 3 });

  test("wrapped at random points (never just after a full stop: a line that ends a sentence short is the reader's cue that a paragraph ended), with page breaks and indented page starts", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("SECAS", "The DCC", "Panel Members"),
        sentences,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.constantFrom("", "page", "indent"), { maxLength: 12 }),
        paragraphs,
        paragraphs,
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("ACTION SECP47/%s:", "ACTION: SECP47/%s:", "Action SECP47/%s -"),
        (owner, body, cuts, breaks, before, after, seq, head) => {
          const text = `${owner} to ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
          const words = text.split(" ");
          const allowed = words.slice(0, -1).flatMap((w, i) => (/[.!?]$/.test(w) ? [] : [i + 1]));
          const at = [
            ...new Set(cuts.filter(() => allowed.length).map((c) => allowed[c % allowed.length]!)),
          ].sort((a, b) => a - b);
          const lines: string[] = [];
          let from = 0;
          for (const cut of [...at, words.length]) {
            lines.push(words.slice(from, cut).join(" "));
            from = cut;
          }
          const number = `SECP47/${String(seq).padStart(2, "0")}`;
          const out: string[] = [FILLER, ""];
          for (const p of before) out.push(...wrap(p), "");
          lines.forEach((l, i) => {
            if (i === 0) out.push(`${head.replace("%s", String(seq).padStart(2, "0"))} ${l}`);
            else {
              const b = breaks[i] ?? "";
              if (b === "page") out.push("", "SECP_47_1608_01 SEC Panel Minutes Page 3 of 8", "\f", "");
              out.push(b === "indent" ? ` ${l}` : l);
            }
          });
          out.push("");
          for (const p of after) out.push(...wrap(p), "");
          const r = extractActions(out.join("\n"));
          expect(r.actions.map((a) => [a.number, a.text, a.owner])).toEqual([[number, text, owner]]);
          expect(r.updates).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
