/**
 * Action numbers in the minutes' format, and what a paste of minutes would do to an action log (issue 14).
 * The minutes are the August 2017 Panel minutes (../shared/seeds/002_2bd199d1195febd0.txt).
 */
import { readFileSync } from "fs";
import path from "path";
import fc from "fast-check";
import {
  compareActionNumbers,
  extractActions,
  formatActionNumber,
  nextActionNumber,
  parseActionNumber,
  planActionImport,
  type ExistingActionRow,
} from "../../src/domain/minutesActions";

const MINUTES = readFileSync(path.join(__dirname, "../../../shared/seeds/002_2bd199d1195febd0.txt"), "utf8");
const SEED = extractActions(MINUTES);

describe("action numbers", () => {
  test("parse and format", () => {
    expect(parseActionNumber("SECP47/02")).toEqual({ prefix: "SECP", meeting: 47, sequence: 2 });
    expect(parseActionNumber(" secp 47 / 2 ")).toEqual({ prefix: "SECP", meeting: 47, sequence: 2 });
    expect(parseActionNumber("SECP47")).toBeNull();
    expect(parseActionNumber("SECP47/00")).toBeNull();
    expect(parseActionNumber("47/02")).toBeNull();
    expect(formatActionNumber({ prefix: "secp", meeting: 47, sequence: 2 })).toBe("SECP47/02");
    expect(formatActionNumber({ prefix: "OPSG", meeting: 53, sequence: 112 })).toBe("OPSG53/112");
  });

  test("compare: meeting, then sequence (not as text: /10 after /09); other text last", () => {
    const sorted = ["SECP47/10", "not a number", "SECP46/01", "SECP47/09", "SECP47/2"].sort(
      compareActionNumbers,
    );
    expect(sorted).toEqual(["SECP46/01", "SECP47/2", "SECP47/09", "SECP47/10", "not a number"]);
  });

  test("next number for a meeting, in the same format", () => {
    const existing = SEED.actions.map((a) => a.number);
    expect(nextActionNumber(existing, "SECP47")).toBe("SECP47/06");
    expect(nextActionNumber([...existing, "SECP48/03", "SECP46/09", "Action"], "SECP47")).toBe("SECP47/06");
    expect(nextActionNumber(existing, "SECP48")).toBe("SECP48/01");
    expect(nextActionNumber([], { prefix: "OPSG", meeting: 53 })).toBe("OPSG53/01");
    expect(() => nextActionNumber([], "Panel")).toThrow('"Panel" is not a meeting such as SECP47.');
  });

  test("property: format and parse are inverse; the order is the meeting's then the sequence's", () => {
    const num = fc.record({
      prefix: fc.constantFrom("SECP", "OPSG", "TABASC"),
      meeting: fc.integer({ min: 1, max: 999 }),
      sequence: fc.integer({ min: 1, max: 999 }),
    });
    fc.assert(
      fc.property(num, num, (a, b) => {
        expect(parseActionNumber(formatActionNumber(a))).toEqual(a);
        const c = compareActionNumbers(formatActionNumber(a), formatActionNumber(b));
        const expected =
          a.prefix !== b.prefix
            ? a.prefix < b.prefix
              ? -1
              : 1
            : a.meeting - b.meeting || a.sequence - b.sequence;
        expect(Math.sign(c)).toBe(Math.sign(expected));
      }),
    );
  });
});

describe("planActionImport: the seed minutes into an action log", () => {
  const [a02, a03] = SEED.actions;
  const log: ExistingActionRow[] = [
    {
      row: 0,
      number: "SECP46/01",
      text: "SECAS to publish guidance on technical specification versioning.",
      updates: "",
      status: "On target",
    },
    { row: 1, number: "secp47/2", text: a02!.text.replace("DCC’s", "DCC's"), owner: "SECAS" },
    { row: 2, number: "SECP47/03", text: "SECAS to publish the Delegation register.", owner: "SECAS" },
  ];

  test("new actions are added (as Open, with the due month); one already there is unchanged; one worded otherwise is a difference", () => {
    const plan = planActionImport(SEED, log);
    expect(plan.add.map((x) => x.row.number)).toEqual(["SECP47/04", "SECP47/05"]);
    expect(plan.add[1]!.row).toEqual({
      number: "SECP47/05",
      meeting: "SECP47",
      dateRaised: null,
      owner: "SECAS",
      description:
        "SECAS to provide the Panel with proposed SEC Panel meeting dates for 2018, for discussion at the September 2017 meeting.",
      dueDate: { date: { year: 2017, month: 9, day: 1 }, precision: "month" },
      dueText: "for discussion at the September 2017 meeting",
      status: "Open",
      linkedRisks: [],
      linkedIssues: [],
    });
    // A straight apostrophe typed for the minutes' curly one is the same words.
    expect(plan.unchanged.map((u) => u.number)).toEqual(["SECP47/02"]);
    expect(plan.differences).toEqual([
      { number: "SECP47/03", existing: log[2], extracted: a03, fields: ["text"] },
    ]);
    expect(plan.messages).toContain(
      "SECP47/03 is in the log (row 3) with a different text; the log is left as it is unless you choose the minutes' version.",
    );
  });

  test("the SECP46/01 update is proposed for the row's Updates column, never a new action", () => {
    const plan = planActionImport(SEED, log);
    expect(plan.updates).toHaveLength(1);
    const u = plan.updates[0]!;
    expect(u.number).toBe("SECP46/01");
    expect(u.existing.row).toBe(0);
    expect(u.line).toBe(`SECP47: ${SEED.updates[0]!.text}`);
    expect(u.proposedUpdates).toBe(u.line);
    expect(u.proposedStatus).toBeNull();
    expect(plan.add.some((x) => x.row.number === "SECP46/01")).toBe(false);

    // With updates already in the cell, the line is appended beneath them.
    const withNotes = planActionImport(SEED, [{ ...log[0]!, updates: "SECP46: Draft shared with TABASC." }]);
    expect(withNotes.updates[0]!.proposedUpdates).toBe(`SECP46: Draft shared with TABASC.\n${u.line}`);

    // Pasted again after it was written: already noted, nothing proposed.
    const again = planActionImport(SEED, [{ ...log[0]!, updates: `SECP46: Draft shared.\n${u.line}` }]);
    expect(again.updates).toEqual([]);
    expect(again.alreadyNoted.map((x) => x.number)).toEqual(["SECP46/01"]);
  });

  test("a mention of an action the log does not have is reported", () => {
    const plan = planActionImport(SEED, []);
    expect(plan.add.map((x) => x.row.number)).toEqual(["SECP47/02", "SECP47/03", "SECP47/04", "SECP47/05"]);
    expect(plan.unknownReferences.map((r) => r.message)).toEqual([
      "Line 15 mentions action SECP46/01, which is not in the action log.",
    ]);
    expect(plan.messages[0]).toBe("4 new actions to add.");
  });

  test("an unnumbered action is proposed the meeting's next free number; an owner that differs is a difference", () => {
    const minutes = extractActions(
      "ACTION SECP47/02: SECAS to write.\n\nACTION: The DCC to report on Risk 4.\n\nACTION SECP47/03: SECAS to read.",
    );
    const plan = planActionImport(minutes, [
      { row: 0, number: "SECP47/05", text: "Something else." },
      { row: 1, number: "SECP47/03", text: "SECAS to read.", owner: "DCC" },
    ]);
    expect(plan.add.map((x) => [x.row.number, x.numberProposed, x.row.owner, x.row.linkedRisks])).toEqual([
      ["SECP47/02", false, "SECAS", []],
      ["SECP47/06", true, "The DCC", [4]],
    ]);
    expect(plan.differences.map((d) => [d.number, d.fields])).toEqual([["SECP47/03", ["owner"]]]);
  });

  test("nothing to do: said plainly", () => {
    expect(planActionImport(extractActions("The Panel NOTED the update."), []).messages).toEqual([
      "Nothing to add: the minutes have no actions or updates for this log.",
    ]);
  });

  test("a log with the same number twice is reported, and the first row compared", () => {
    const plan = planActionImport(SEED, [
      { row: 4, number: "SECP47/02", text: SEED.actions[0]!.text },
      { row: 7, number: "SECP47/02", text: "other" },
    ]);
    expect(plan.messages).toContain("The log has SECP47/02 twice (rows 5 and 8); the first is compared.");
    expect(plan.unchanged.map((u) => u.existing.row)).toEqual([4]);
  });
});
