// Issue 11 item 1: the names people give a register's columns, two headers for one column as a
// question, the user's choices, and mappings remembered in the settings.
import fc from "fast-check";
import { rememberedChoices, rememberMapping } from "../../src/domain/adoptMappings";
import { columnsFor, type ColumnKey } from "../../src/domain/columns";
import { mapHeaders, type ChosenColumns } from "../../src/domain/headerMapping";
import { registerMapping } from "../../src/domain/register";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { settingsFromRows, settingsToRows } from "../../src/domain/settingsCells";
import { ISSUE_HEADERS } from "../fixtures/issueRegister";
import { OPSG_HEADERS, PANEL_ISSUE_HEADERS, PANEL_RISK_HEADERS } from "../fixtures/seeds";

const byHeader = (headers: string[], m: ReturnType<typeof mapHeaders>) =>
  Object.fromEntries(
    headers.map((h, i) => [
      h,
      (Object.entries(m.columns).find(([, j]) => j === i)?.[0] ?? null) as string | null,
    ]),
  );

const RISK_KEYS = new Set<string>(columnsFor("risk").map((d) => d.key));

describe("header mapping", () => {
  test("the issue's register maps every header, Consequence as Impact", () => {
    const headers = ISSUE_HEADERS;
    const m = mapHeaders(headers, "risk");
    expect(byHeader(headers, m)).toEqual({
      "Risk ID": "number",
      "Risk Description": "description",
      Probability: "likelihood",
      Consequence: "impact",
      "Risk Score": "severity",
      "Mitigating Actions": "mitigations",
      Status: "status",
      "Date Identified": "dateRaised",
    });
    expect(m.questions).toEqual([]);
  });

  test.each<[string, ColumnKey]>([
    ["Risk ID", "number"],
    ["Ref", "number"],
    ["No.", "number"],
    ["Title", "description"],
    ["Risk Description", "description"],
    ["Risk", "description"],
    ["Probability", "likelihood"],
    ["Likelihood", "likelihood"],
    ["Consequence", "impact"],
    ["Impact", "impact"],
    ["Risk Score", "severity"],
    ["Rating", "severity"],
    ["Score", "severity"],
    ["Risk Level", "severity"],
    ["Mitigating Actions", "mitigations"],
    ["Controls", "mitigations"],
    ["Treatment", "mitigations"],
    ["Actions", "mitigations"],
    ["Risk Owner", "owner"],
    ["Owner", "owner"],
    ["Date Identified", "dateRaised"],
    ["Date Logged", "dateRaised"],
    ["Opened", "dateRaised"],
    ["Review Date", "lastReviewed"],
    ["Next Review", "nextReview"],
    ["Status", "status"],
  ])("%s is recognised as %s", (header, key) => {
    // Beside a number column, so that the header is the only one naming its column.
    const headers = header === "Risk ID" || header === "Ref" || header === "No." ? [header] : ["#", header];
    const m = mapHeaders(headers, "risk");
    expect(m.columns[key]).toBe(headers.indexOf(header));
    expect(m.questions).toEqual([]);
  });

  test("the seed papers' headers map with no question", () => {
    expect(mapHeaders([...PANEL_RISK_HEADERS], "risk").questions).toEqual([]);
    expect(mapHeaders([...OPSG_HEADERS], "risk").questions).toEqual([]);
    expect(mapHeaders([...PANEL_ISSUE_HEADERS], "issue").questions).toEqual([]);
  });

  test("two headers naming one column are a question, until the user answers it", () => {
    const headers = ["Risk ID", "Risk Description", "Risk Score", "Rating", "Owner", "Risk Owner"];
    const m = mapHeaders(headers, "risk");
    expect(m.questions).toEqual([
      { key: "severity", headers: [2, 3] },
      { key: "owner", headers: [4, 5] },
    ]);
    // "Keep as it is" for Rating answers the first; Owner chosen as Owner answers the second.
    const answered = mapHeaders(headers, "risk", { 3: null, 4: "owner" });
    expect(answered.questions).toEqual([]);
    expect(answered.columns).toMatchObject({ severity: 2, owner: 4 });
    expect(answered.unmapped.map((u) => u.header)).toEqual(["Rating", "Risk Owner"]);
    // Choosing the other one for Severity moves Risk Score out, without a question.
    const other = mapHeaders(headers, "risk", { 3: "severity", 5: "owner" });
    expect(other.columns).toMatchObject({ severity: 3, owner: 5 });
    expect(other.questions).toEqual([]);
  });

  test("the user giving two headers the same column is a question too", () => {
    const m = mapHeaders(["#", "A", "B"], "risk", { 1: "description", 2: "description" });
    expect(m.questions).toEqual([{ key: "description", headers: [1, 2] }]);
  });

  test("property: each header maps to one column at most, each column from one header, choices honoured", () => {
    const names = [
      "#",
      "Risk ID",
      "Ref",
      "Title",
      "Risk",
      "Impact",
      "Consequence",
      "Probability",
      "Likelihood (1-5)",
      "Score",
      "Rating",
      "Band",
      "Controls",
      "Actions",
      "Owner",
      "Status",
      "Notes",
      "",
      "Opened",
      "Review Date",
      "RAG",
    ];
    const keys = [...RISK_KEYS] as ColumnKey[];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(11), fc.option(fc.constantFrom(...keys), { nil: null })), { maxLength: 4 }),
        (headers, picks) => {
          const chosen: Record<number, ColumnKey | null> = {};
          for (const [i, k] of picks) if (i < headers.length && headers[i]) chosen[i] = k;
          const m = mapHeaders(headers, "risk", chosen as ChosenColumns);
          const used = Object.values(m.columns) as number[];
          expect(new Set(used).size).toBe(used.length);
          for (const i of used) expect(headers[i]).not.toBe("");
          const picked = Object.values(chosen).filter((k): k is ColumnKey => k !== null);
          const duplicated = picked.some((k, j) => picked.indexOf(k) !== j);
          for (const [i, k] of Object.entries(chosen)) {
            if (k === null) expect(used).not.toContain(Number(i));
            else if (!duplicated) expect(m.columns[k]).toBe(Number(i));
          }
          // Whitespace and capitals do not change the mapping.
          const again = mapHeaders(
            headers.map((h) => `  ${h.toUpperCase()} `),
            "risk",
            chosen as ChosenColumns,
          );
          expect(again.columns).toEqual(m.columns);
          expect(again.questions).toEqual(m.questions);
        },
      ),
    );
  });
});

describe("remembered mappings", () => {
  const headers = ["Risk ID", "Risk Description", "Risk Score", "Rating"];

  test("a confirmed mapping comes back for the same headers only, through the settings sheet", () => {
    const m = mapHeaders(headers, "risk", { 3: null });
    const settings = { ...DEFAULT_SETTINGS, adoptMappings: rememberMapping([], headers, "risk", m) };
    const back = settingsFromRows(settingsToRows(settings));
    if (!back.ok) throw new Error(back.errors.join("; "));
    expect(back.settings.adoptMappings).toEqual(settings.adoptMappings);
    const chosen = rememberedChoices(
      back.settings.adoptMappings,
      [" risk id", ...headers.slice(1)],
      "risk",
      RISK_KEYS,
    );
    expect(chosen).toEqual({ 0: "number", 1: "description", 2: "severity", 3: null });
    expect(rememberedChoices(back.settings.adoptMappings, headers.slice(0, 3), "risk", RISK_KEYS)).toBeNull();
    expect(rememberedChoices(back.settings.adoptMappings, headers, "issue", RISK_KEYS)).toBeNull();
  });

  test("a register's own header mapping goes through the settings sheet and maps its table", () => {
    const def = {
      ...DEFAULT_SETTINGS.registers[0]!,
      columnsByHeader: { lead: "owner", status: "", status2: "status" },
    };
    const settings = { ...DEFAULT_SETTINGS, registers: [def, ...DEFAULT_SETTINGS.registers.slice(1)] };
    const back = settingsFromRows(settingsToRows(settings));
    if (!back.ok) throw new Error(back.errors.join("; "));
    expect(back.settings.registers[0]!.columnsByHeader).toEqual(def.columnsByHeader);
    expect(back.settings.registers[1]!.columnsByHeader).toBeUndefined();
    const m = registerMapping(["#", "Lead", "Status", "Status2", "Owner"], back.settings.registers[0]!);
    expect(m.columns).toMatchObject({ number: 0, owner: 1, status: 3 });
    expect(m.questions).toEqual([]);
  });

  test("settings stored before remembered mappings existed still load, with none", () => {
    const rows = settingsToRows(DEFAULT_SETTINGS).filter((r) => r[0] !== "adopt mapping");
    const back = settingsFromRows(rows);
    expect(back.ok && back.settings.adoptMappings).toEqual([]);
  });

  test("a mapping row spoilt by hand is dropped and the settings still load", () => {
    const rows = [...settingsToRows(DEFAULT_SETTINGS), ["adopt mapping", "risk", "[not json", "[]"]];
    const back = settingsFromRows(rows);
    expect(back.ok && back.settings.adoptMappings).toEqual([]);
  });

  test("the newest mapping for the same headers replaces the older, and at most 20 are kept", () => {
    let list = rememberMapping([], headers, "risk", mapHeaders(headers, "risk", { 3: null }));
    list = rememberMapping(list, headers, "risk", mapHeaders(headers, "risk", { 2: null, 3: "severity" }));
    expect(list).toHaveLength(1);
    expect(list[0]!.columns).toEqual(["number", "description", "", "severity"]);
    for (let i = 0; i < 30; i++)
      list = rememberMapping(list, [`h${i}`], "risk", mapHeaders([`h${i}`], "risk"));
    expect(list).toHaveLength(20);
    expect(list[0]!.headers).toEqual(["h29"]);
  });
});
