import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters, parseRange, rangeAddress } from "../../src/domain/address";
import { looksLikeFormula } from "../../src/domain/cellText";
import { detectKind, findHeaderRow, mapHeaders } from "../../src/domain/headerMapping";
import { IMPACT_CLASSIFICATION } from "../../src/domain/impactClassification";
import { formatMitigations, parseMitigations, type Mitigation } from "../../src/domain/mitigations";
import { formatNumber, matchesFormat, parseNumber, splitReferences } from "../../src/domain/numbering";
import { levelName, scaleInputMessage } from "../../src/domain/scales";
import {
  bandFor,
  escalationMinimum,
  issueRagFor,
  POSSIBLE_SEVERITIES,
  riskRagFor,
  severityOf,
} from "../../src/domain/scoring";
import { DEFAULT_SETTINGS, validateSettings, type Settings } from "../../src/domain/settings";
import { settingsFromRows, settingsToRows } from "../../src/domain/settingsCells";
import { OPSG_HEADERS } from "../fixtures/seeds";
import { PANEL_ISSUE_HEADERS } from "../fixtures/seeds";
import { PANEL_RISK_HEADERS, PANEL_RISKS } from "../fixtures/seeds";

describe("addresses", () => {
  test("column letters round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetters(c)) === c));
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
  });
  test("ranges round-trip, with quoted sheet names", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(50),
        fc.nat(20),
        (top, left, h, w) => {
          const r = { sheet: "Panel Risks", top, left, bottom: top + h, right: left + w };
          expect(parseRange(rangeAddress(r))).toEqual(r);
        },
      ),
    );
    expect(rangeAddress({ sheet: "O'Brien's", top: 0, left: 0, bottom: 0, right: 0 })).toBe(
      "'O''Brien''s'!A1",
    );
    expect(parseRange("C:C")).toMatchObject({ left: 2, right: 2, top: 0 });
    expect(cellAddress(4, 2)).toBe("C5");
  });
});

describe("scoring", () => {
  test("severity is Impact × Likelihood for whole scores 1–5 only", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (i, l) => severityOf(i, l) === i * l,
      ),
    );
    for (const bad of [0, 6, 2.5, "3", null, NaN]) expect(severityOf(bad, 3)).toBeNull();
  });
  test("exactly 14 severities are possible, and every one has a band", () => {
    const products = new Set<number>();
    for (let i = 1; i <= 5; i++) for (let l = 1; l <= 5; l++) products.add(i * l);
    expect([...products].sort((a, b) => a - b)).toEqual([...POSSIBLE_SEVERITIES]);
    for (const s of POSSIBLE_SEVERITIES) expect(bandFor(s, DEFAULT_SETTINGS)).not.toBeNull();
  });
  test("default bands match the OPSG paper's labels", () => {
    const label = (s: number) => bandFor(s, DEFAULT_SETTINGS)!.name;
    expect([20, 16, 15, 12, 9, 8, 5].map(label)).toEqual([
      "Critical",
      "High",
      "High",
      "Moderate",
      "Moderate",
      "Moderate",
      "Low",
    ]);
  });
  test("default RAG policy", () => {
    expect([25, 15, 9, 4].map((s) => riskRagFor(s, DEFAULT_SETTINGS))).toEqual([
      "RED",
      "RED",
      "AMBER",
      "GREEN",
    ]);
    expect([1, 2, 3, 4, 5].map((i) => issueRagFor(i, DEFAULT_SETTINGS))).toEqual([
      "GREEN",
      "AMBER",
      "RED",
      "RED",
      "RED",
    ]);
    expect(escalationMinimum(DEFAULT_SETTINGS)).toBe(13);
  });
  test("the seed register's severities are its scores' products", () => {
    for (const r of PANEL_RISKS)
      expect([r.number, severityOf(r.impact, r.likelihood)]).toEqual([r.number, r.severity]);
  });
  test("scale names and the input message", () => {
    expect(levelName(4)).toBe("Serious");
    expect(scaleInputMessage("Impact")).toBe(
      "Impact: a whole number 1–5. 1 Negligible, 2 Minor, 3 Moderate, 4 Serious, 5 Major.",
    );
    // Likelihood has its own scale, not Impact's names.
    expect(scaleInputMessage("Likelihood")).toBe(
      "Likelihood: a whole number 1–5. 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain.",
    );
  });
});

describe("settings", () => {
  test("the defaults are valid", () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  const withBands = (bands: Settings["bands"]) => validateSettings({ ...DEFAULT_SETTINGS, bands });
  test("bands must cover 1–25 without gaps or overlaps", () => {
    const b = DEFAULT_SETTINGS.bands;
    expect(withBands([{ ...b[0]!, max: 4 }, ...b.slice(1)])).toEqual({
      ok: false,
      errors: ["No band covers severity 5–5."],
    });
    expect(withBands([{ ...b[0]!, max: 7 }, ...b.slice(1)])).toEqual({
      ok: false,
      errors: ["Band Moderate overlaps the band below it at 6."],
    });
    expect(withBands(b.slice(0, 3))).toMatchObject({
      ok: false,
      errors: expect.arrayContaining(["No band covers severity 20–25."]),
    });
  });
  test("settings survive a round trip through cells", () => {
    const arbSettings = fc.record({
      threshold: fc.constantFrom("Low", "Moderate", "High", "Critical"),
      cut1: fc.integer({ min: 1, max: 20 }),
      issueRag: fc.tuple(
        ...Array.from({ length: 5 }, () =>
          fc.constantFrom("RED" as const, "AMBER" as const, "GREEN" as const),
        ),
      ) as fc.Arbitrary<Settings["issueRag"]>,
      format: fc.constantFrom("0", "OPSG-000", "TABASC-00"),
    });
    fc.assert(
      fc.property(arbSettings, ({ threshold, cut1, issueRag, format }) => {
        const s: Settings = {
          ...DEFAULT_SETTINGS,
          bands: [
            { name: "Low", min: 1, max: cut1, color: "#00B050" },
            { name: "Moderate", min: cut1 + 1, max: 21, color: "#FFC000" },
            { name: "High", min: 22, max: 23, color: "#FF6600" },
            { name: "Critical", min: 24, max: 25, color: "#C00000" },
          ],
          issueRag,
          escalationThreshold: threshold,
          registers: DEFAULT_SETTINGS.registers.map((r, i) => (i === 2 ? { ...r, numberFormat: format } : r)),
        };
        expect(settingsFromRows(settingsToRows(s))).toEqual({ ok: true, settings: s });
      }),
    );
  });
  test("a settings sheet edited into nonsense gives reasons, not a crash", () => {
    const rows = settingsToRows(DEFAULT_SETTINGS).map((r) =>
      r[0] === "escalation threshold" ? ["escalation threshold", "Severe"] : r,
    );
    expect(settingsFromRows(rows)).toEqual({
      ok: false,
      errors: ['The escalation threshold "Severe" is not a band.'],
    });
  });
});

describe("mitigation bullets", () => {
  test("Panel bullets parse one per line; (ongoing) marks planned", () => {
    const m = parseMitigations(
      "• Initiated early handover.\n• Development of the enduring documentation (ongoing).",
    );
    expect(m).toEqual([
      { text: "Initiated early handover.", state: "inPlace" },
      { text: "Development of the enduring documentation (ongoing).", state: "planned" },
    ]);
  });
  test("OPSG status suffixes are understood, whatever the dash", () => {
    const m = parseMitigations(
      "• CSPN to undertake improvements on PM2 – Ongoing.\n• CSPN to present SIP - Completed.\n• DCC to report on cumulative figures per OPSG – Every OPSG.\n• Re-establish PMEL governance categories– Ongoing.\n• An Authority decision on introducing a pre-modification process",
    );
    expect(m.map((x) => [x.text, x.status, x.state])).toEqual([
      ["CSPN to undertake improvements on PM2", "Ongoing.", "planned"],
      ["CSPN to present SIP", "Completed.", "inPlace"],
      ["DCC to report on cumulative figures per OPSG", "Every OPSG.", "planned"],
      ["Re-establish PMEL governance categories", "Ongoing.", "planned"],
      ["An Authority decision on introducing a pre-modification process", undefined, "inPlace"],
    ]);
  });
  test("wrapped lines continue their bullet; a cell without bullets is one action per line", () => {
    expect(parseMitigations("• First part\ncontinued here\n• Second").map((m) => m.text)).toEqual([
      "First part\ncontinued here",
      "Second",
    ]);
    expect(parseMitigations("No mitigation actions confirmed yet.").map((m) => m.text)).toEqual([
      "No mitigation actions confirmed yet.",
    ]);
    expect(parseMitigations(null)).toEqual([]);
  });
  test("format then parse gives the same bullets back", () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9,()'’]{0,11}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
    const mitigation: fc.Arbitrary<Mitigation> = fc.oneof(
      text.map((t) => ({ text: t, state: "inPlace" as const })),
      fc.tuple(text, fc.constantFrom("Ongoing", "Completed", "Every OPSG", "Planned")).map(([t, st]) => ({
        text: t,
        status: st,
        state: st === "Completed" ? ("inPlace" as const) : ("planned" as const),
      })),
    );
    fc.assert(
      fc.property(fc.array(mitigation, { maxLength: 8 }), (list) => {
        const parsed = parseMitigations(formatMitigations(list));
        expect(parsed).toEqual(list);
      }),
    );
  });
  test("a planned action without a status is written with – Ongoing", () => {
    expect(formatMitigations([{ text: "Review the plan", state: "planned" }])).toBe(
      "• Review the plan – Ongoing",
    );
  });
  test("every seed bullet survives a round trip", () => {
    for (const r of PANEL_RISKS) {
      const cell = r.mitigations.map((m) => `• ${m}`).join("\n");
      expect(formatMitigations(parseMitigations(cell))).toBe(cell.replace(/\(ongoing\)\./g, "(ongoing)."));
    }
  });
});

describe("header mapping", () => {
  test("the seed papers' headers map", () => {
    expect(mapHeaders(PANEL_RISK_HEADERS, "risk").columns).toEqual({
      number: 0,
      description: 1,
      impact: 2,
      likelihood: 3,
      severity: 4,
      mitigations: 5,
      rag: 6,
    });
    expect(mapHeaders(PANEL_ISSUE_HEADERS, "issue").columns).toEqual({
      number: 0,
      dateRaised: 1,
      category: 2,
      associatedRisks: 3,
      description: 4,
      impacts: 5,
      impact: 6,
      mitigations: 7,
      rag: 8,
    });
    expect(mapHeaders(OPSG_HEADERS, "risk").columns).toMatchObject({
      number: 0,
      description: 1,
      impacts: 2,
      impact: 3,
      likelihood: 4,
      severity: 5,
      band: 6,
      mitigations: 7,
    });
  });
  test("headers broken over lines by a PDF paste still map", () => {
    const m = mapHeaders(
      [
        "#",
        "There is a risk that…",
        "Impact\n(1-5)",
        "Likelihood \n (1 - 5)",
        "Severity",
        "Mitigation \n(Planned and/or ongoing actions in italics)",
        "RAG\nStatus",
      ],
      "risk",
    );
    expect(Object.keys(m.columns)).toHaveLength(7);
    expect(m.unmapped).toEqual([]);
  });
  test("the header row is found below a title, and the kind detected", () => {
    expect(findHeaderRow([["Appendix A - SEC Panel Risks"], [], [...PANEL_RISK_HEADERS]])).toMatchObject({
      row: 2,
      kind: "risk",
    });
    expect(detectKind(PANEL_ISSUE_HEADERS)).toBe("issue");
    expect(findHeaderRow([["Minutes"], ["Nothing"]])).toBeNull();
  });
});

describe("numbers and text", () => {
  test("number formats", () => {
    expect(formatNumber(8, "OPSG-000")).toBe("OPSG-008");
    expect(formatNumber(18, "0")).toBe("18");
    expect(parseNumber("OPSG-008", "OPSG-000")).toBe(8);
    expect(parseNumber("008", "OPSG-000")).toBe(8);
    expect(parseNumber(18, "0")).toBe(18);
    expect(parseNumber("TABASC 10", "0")).toBeNull();
    expect(matchesFormat("OPSG-6", "OPSG-000")).toBe(false);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        (n) => parseNumber(formatNumber(n, "OPSG-000"), "OPSG-000") === n,
      ),
    );
  });
  test("references split", () => {
    expect(splitReferences("2, 10 and 12")).toEqual(["2", "10", "12"]);
    expect(splitReferences("")).toEqual([]);
  });
  test("formula-like text", () => {
    expect(["=A1", "+44 20", "-5 degrees", "@risk"].map(looksLikeFormula)).toEqual([true, true, true, true]);
    expect(["• bullet", "There is a risk", "-", 5].map(looksLikeFormula)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  test("the impact classification has ten categories of five levels", () => {
    expect(IMPACT_CLASSIFICATION.map((c) => c.category)).toEqual([
      "Safety",
      "Environment",
      "Reputation",
      "Client & Customer",
      "Asset",
      "Legal & Regulatory",
      "Financial Impact",
      "People",
      "Security",
      "Strategic",
    ]);
    expect(IMPACT_CLASSIFICATION.every((c) => c.levels.length === 5)).toBe(true);
  });
});

describe("colours", () => {
  test("text on every band and RAG fill meets WCAG AA contrast", async () => {
    const { contrast, textColourOn } = await import("../../src/domain/colours");
    const { RAG_COLORS } = await import("../../src/domain/settings");
    for (const b of DEFAULT_SETTINGS.bands)
      expect([b.name, contrast(b.color, textColourOn(b.color)) >= 4.5]).toEqual([b.name, true]);
    for (const [rag, c] of Object.entries(RAG_COLORS))
      expect([rag, contrast(c.fill, c.font) >= 4.5]).toEqual([rag, true]);
  });
});
