// Issue 13, items 3 and 5 in the domain: Likelihood's names as a setting (old settings still load),
// one place naming each column for people, and the ongoing state kept the register's own way.
import { changeText, FIELD_NAMES, fieldName } from "../../src/domain/fieldNames";
import { columnsFor } from "../../src/domain/columns";
import { formatMitigations, parseMitigations } from "../../src/domain/mitigations";
import { scaleInputMessage, scaleLevels } from "../../src/domain/scales";
import { DEFAULT_SETTINGS, validateSettings } from "../../src/domain/settings";
import { settingsFromRows, settingsToRows } from "../../src/domain/settingsCells";

describe("Likelihood's level names", () => {
  test("default to the five-point names and are Likelihood's own, not Impact's", () => {
    expect(DEFAULT_SETTINGS.likelihoodLevels).toEqual([
      "Rare",
      "Unlikely",
      "Possible",
      "Likely",
      "Almost certain",
    ]);
    expect(scaleLevels("Likelihood", DEFAULT_SETTINGS.likelihoodLevels).map((l) => l.name)).not.toContain(
      "Major",
    );
    expect(scaleInputMessage("Likelihood", ["A", "B", "C", "D", "E"])).toBe(
      "Likelihood: a whole number 1–5. 1 A, 2 B, 3 C, 4 D, 5 E.",
    );
  });

  test("round-trip through the settings sheet", () => {
    const s = {
      ...DEFAULT_SETTINGS,
      likelihoodLevels: ["V", "W", "X", "Y", "Z"] as typeof DEFAULT_SETTINGS.likelihoodLevels,
    };
    expect(settingsFromRows(settingsToRows(s))).toEqual({ ok: true, settings: s });
  });

  test("settings stored before the setting existed still load: default names, each paper's ongoing style", () => {
    const rows = settingsToRows(DEFAULT_SETTINGS).filter(
      (r) => r[0] !== "likelihood level" && r[0] !== "register ongoing style",
    );
    const read = settingsFromRows(rows);
    if (!read.ok) throw new Error(read.errors.join(" "));
    expect(read.settings.likelihoodLevels).toEqual(DEFAULT_SETTINGS.likelihoodLevels);
    expect(read.settings.registers.map((r) => [r.id, r.ongoingStyle])).toEqual([
      ["panelRisks", "italics"],
      ["panelIssues", "italics"],
      ["opsgRisks", "suffix"],
      ["panelActions", "italics"],
    ]);
    // An object without them (a version-1 settings object) validates too.
    const { likelihoodLevels: _, ...old } = DEFAULT_SETTINGS;
    const v = validateSettings(old);
    expect(v.ok && v.settings.likelihoodLevels).toEqual(DEFAULT_SETTINGS.likelihoodLevels);
  });

  test("a blank level name is refused", () => {
    const v = validateSettings({
      ...DEFAULT_SETTINGS,
      likelihoodLevels: ["Rare", " ", "Possible", "Likely", "Almost certain"],
    });
    expect(v.ok).toBe(false);
  });
});

const COLUMN_KEYS_FOR_TEST = [...new Set([...columnsFor("risk"), ...columnsFor("issue")].map((c) => c.key))];

describe("Column names for people", () => {
  test("every column key has a name, and a change reads as a person writes it", () => {
    for (const key of COLUMN_KEYS_FOR_TEST) expect(FIELD_NAMES[key]).toMatch(/^[A-Z]/);
    expect(changeText("rag", "AMBER", "GREEN")).toBe("RAG Status AMBER → GREEN");
    expect(changeText("likelihood", 2, null)).toBe("Likelihood 2 → blank");
    expect(fieldName("ragOverride")).toBe("RAG Override");
  });
});

describe("The ongoing state, each register's way", () => {
  const cell = "• Daily calls with the DCC\n• Weekly report";
  test("italics (the Panel's): the words stay; the marker holds the state; parsing gives it back", () => {
    const list = parseMitigations(cell);
    list[0] = { ...list[0]!, state: "planned" };
    const written = formatMitigations(list, "italics");
    expect(written).toBe("◦ Daily calls with the DCC\n• Weekly report");
    expect(parseMitigations(written)).toEqual([
      { text: "Daily calls with the DCC", state: "planned" },
      { text: "Weekly report", state: "inPlace" },
    ]);
  });
  test('suffix (the OPSG\'s): a planned bullet ends "– Ongoing", as the OPSG paper writes it', () => {
    const list = parseMitigations(cell);
    list[0] = { ...list[0]!, state: "planned" };
    expect(formatMitigations(list, "suffix")).toBe("• Daily calls with the DCC – Ongoing\n• Weekly report");
  });
  test("italics: a bullet whose words already say ongoing is written as it came", () => {
    const cellText = "• Engagement with Users – Ongoing\n• Guidance published (ongoing)";
    expect(formatMitigations(parseMitigations(cellText), "italics")).toBe(cellText);
  });
  test("a status the paper wrote stays in either style", () => {
    const list = parseMitigations("• Review of the plan – Completed");
    expect(formatMitigations(list, "italics")).toBe("• Review of the plan – Completed");
  });
});
