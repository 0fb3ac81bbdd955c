import fc from "fast-check";
import { makeBaseline, type Baseline } from "../../src/domain/baseline";
import type { CellValue } from "../../src/domain/register";
import { DEFAULT_SETTINGS, OPSG_RISKS, PANEL_RISKS, type Settings } from "../../src/domain/settings";
import { textWidth } from "../../src/domain/textMeasure";
import {
  arrowFor,
  becameRed,
  historyText,
  movement,
  onePerMonth,
  riskHistory,
  type ScorePoint,
  type TrendMovement,
  type TrendPoint,
} from "../../src/domain/trend";
import { RISK_HEADERS, snapshot } from "./check/registers";

const SEPT = new Date("2026-09-10T10:00:00Z");
const OCT = new Date("2026-10-08T10:00:00Z");
const NOV = new Date("2026-11-12T10:00:00Z");

/** A risk row: number, impact, likelihood, RAG override, status (severity, band and RAG left to the policy or given). */
function risk(
  n: CellValue,
  impact: number | null,
  likelihood: number | null,
  opts: { override?: string; status?: string; rag?: string } = {},
): CellValue[] {
  const sev = impact !== null && likelihood !== null ? impact * likelihood : null;
  return [
    n,
    `Risk ${String(n)}`,
    impact,
    likelihood,
    sev,
    null,
    null,
    opts.override ?? null,
    null,
    opts.rag ?? null,
    opts.status ?? "Open",
  ];
}

const panel = (rows: CellValue[][]) => snapshot(PANEL_RISKS, RISK_HEADERS, rows);
const opsg = (rows: CellValue[][]) => snapshot(OPSG_RISKS, RISK_HEADERS, rows);

function baselineAt(
  date: Date,
  panelRows: CellValue[][],
  opsgRows: CellValue[][] = [],
  settings: Settings = DEFAULT_SETTINGS,
): Baseline {
  return makeBaseline([panel(panelRows), opsg(opsgRows)], settings, date);
}

// September: 1 at 9 (AMBER), 2 at 16 (RED), 3 at 4, 5 raised; OPSG-008 at 6.
// October: 1 rises to 16 (RED), 2 falls to 8, 3 is missing (taken out of the register), 5 closed.
// November: 1 back to 12, 2 the same, 3 back again, 5 still closed; OPSG-8 written without zeros.
const baselines = [
  baselineAt(SEPT, [risk(1, 3, 3), risk(2, 4, 4), risk(3, 2, 2), risk(5, 3, 4)], [risk("OPSG-008", 2, 3)]),
  baselineAt(
    OCT,
    [risk(1, 4, 4), risk(2, 2, 4), risk(5, 3, 4, { status: "Closed" })],
    [risk("OPSG-008", 3, 3)],
  ),
  baselineAt(
    NOV,
    [risk(1, 3, 4), risk(2, 2, 4), risk(3, 2, 2), risk(5, 3, 4, { status: "Closed" })],
    [risk("OPSG-8", 4, 4)],
  ),
];

const scores = (points: TrendPoint[]) =>
  points.map((p) => (p.kind === "gap" ? `${p.month}: gap` : `${p.month}: ${p.severity} ${p.rag}`));

describe("riskHistory", () => {
  test("a point per baseline, oldest first, whatever order they come in", () => {
    const points = riskHistory("panelRisks", 1, [...baselines].reverse());
    expect(scores(points)).toEqual([
      "September 2026: 9 AMBER",
      "October 2026: 16 RED",
      "November 2026: 12 AMBER",
    ]);
    expect(points[1]).toMatchObject({ impact: 4, likelihood: 4, band: "High", date: OCT.toISOString() });
  });

  test("a risk absent from the middle baseline has a gap there", () => {
    expect(scores(riskHistory("panelRisks", 3, baselines))).toEqual([
      "September 2026: 4 GREEN",
      "October 2026: gap",
      "November 2026: 4 GREEN",
    ]);
  });

  test("a closed risk keeps its points, marked closed", () => {
    const points = riskHistory("panelRisks", 5, baselines) as ScorePoint[];
    expect(points.map((p) => [p.closed, p.status])).toEqual([
      [false, "Open"],
      [true, "Closed"],
      [true, "Closed"],
    ]);
    expect(historyText(points)).toBe(
      "September 2026: score 12, AMBER; October 2026: score 12, AMBER (Closed); November 2026: score 12, AMBER (Closed).",
    );
  });

  test("numbers match as changes.ts matches them: OPSG-8 is OPSG-008; a new number is a new entry", () => {
    expect(scores(riskHistory("opsgRisks", "OPSG-8", baselines))).toEqual([
      "September 2026: 6 AMBER",
      "October 2026: 9 AMBER",
      "November 2026: 16 RED",
    ]);
    expect(scores(riskHistory("opsgRisks", "opsg-008", baselines))).toEqual(
      scores(riskHistory("opsgRisks", "OPSG-8", baselines)),
    );
    // Panel risks are numbered 1, 2, …: "2" and 2 are the same risk; risk 4 was never in a paper.
    expect(scores(riskHistory("panelRisks", "2", baselines))).toEqual(
      scores(riskHistory("panelRisks", 2, baselines)),
    );
    expect(riskHistory("panelRisks", 4, baselines).every((p) => p.kind === "gap")).toBe(true);
    // A register not in the baselines at all.
    expect(riskHistory("nothing", 1, baselines).map((p) => p.kind)).toEqual(["gap", "gap", "gap"]);
  });

  test("the register as it stands now is the last point; the RAG printed is the override's", () => {
    const cells = { number: 1, impact: 3, likelihood: 4, severity: 12, ragOverride: "RED", status: "Open" };
    const now = new Date("2026-12-01T09:00:00Z");
    const points = riskHistory("panelRisks", 1, baselines, {
      cells,
      settings: DEFAULT_SETTINGS,
      kind: "risk",
      date: now,
    });
    expect(points).toHaveLength(4);
    expect(points[3]).toMatchObject({
      baselineId: null,
      label: "Now",
      severity: 12,
      rag: "RED",
      band: "Moderate",
    });
    // Same severity, RAG raised: reads "up" (the arrow never contradicts the RAG beside it).
    expect(movement(points[2], points[3] as ScorePoint)).toBe("up");
  });

  test("the RAG Status column wins over the policy; each baseline's own settings work out a blank RAG", () => {
    const strict: Settings = {
      ...DEFAULT_SETTINGS,
      riskRag: { ...DEFAULT_SETTINGS.riskRag, Moderate: "RED" },
    };
    const b = baselineAt(SEPT, [risk(1, 3, 3), risk(2, 3, 3, { rag: "GREEN" })], [], strict);
    expect(scores(riskHistory("panelRisks", 1, [b]))).toEqual(["September 2026: 9 RED"]);
    expect(scores(riskHistory("panelRisks", 2, [b]))).toEqual(["September 2026: 9 GREEN"]);
  });

  test("one point or none is a plain sentence", () => {
    expect(historyText([])).toBe("No earlier paper yet.");
    expect(historyText(riskHistory("panelRisks", 1, [baselines[0]!]))).toBe(
      "September 2026: score 9, AMBER.",
    );
  });
});

describe("movement", () => {
  const [sept, oct, nov] = riskHistory("panelRisks", 1, baselines) as ScorePoint[];
  test("by severity; new when not in the previous paper", () => {
    expect(movement(sept, oct!)).toBe("up");
    expect(movement(oct, nov!)).toBe("down");
    expect(movement(nov, nov!)).toBe("same");
    expect(movement(null, nov!)).toBe("new");
    const gap = riskHistory("panelRisks", 3, baselines);
    expect(movement(gap[1], gap[2] as ScorePoint)).toBe("new");
  });

  test("a blank score compares by RAG, and is the same when neither can be compared", () => {
    const blank: ScorePoint = { ...nov!, impact: null, likelihood: null, severity: null, rag: "RED" };
    expect(movement(nov, blank)).toBe("up");
    expect(movement({ ...blank, rag: null }, nov!)).toBe("same");
  });

  const rags = fc.constantFrom("RED", "AMBER", "GREEN", null);
  const point = fc
    .record({
      impact: fc.option(fc.integer({ min: 1, max: 5 })),
      likelihood: fc.option(fc.integer({ min: 1, max: 5 })),
      rag: rags,
    })
    .map((p): ScorePoint => ({
      ...nov!,
      ...p,
      severity: p.impact !== null && p.likelihood !== null ? p.impact * p.likelihood : null,
    }));
  const opposite: Record<TrendMovement, TrendMovement> = { up: "down", down: "up", same: "same", new: "new" };

  test("is antisymmetric: a → b up exactly when b → a down", () => {
    fc.assert(fc.property(point, point, (a, b) => movement(a, b) === opposite[movement(b, a)]));
  });

  test("an entry compared with itself is the same; a higher severity is always up", () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(movement(a, a)).toBe("same");
        if (a.severity !== null && b.severity !== null && b.severity > a.severity)
          expect(movement(a, b)).toBe("up");
      }),
    );
  });
});

describe("riskHistory, property", () => {
  test("as many points as baselines, one more with the register now; a present risk is never a gap", () => {
    const months = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 0, maxLength: 6 });
    const rows = fc.array(
      fc.record({
        n: fc.integer({ min: 1, max: 6 }),
        i: fc.integer({ min: 1, max: 5 }),
        l: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(months, rows, fc.integer({ min: 1, max: 6 }), fc.boolean(), (ms, rs, n, withNow) => {
        const bs = ms.map((m, k) => {
          const unique = [...new Map(rs.map((r) => [r.n, r])).values()].filter((_, j) => (j + k) % 2 === 0);
          return baselineAt(
            new Date(Date.UTC(2020, m, 5)),
            unique.map((r) => risk(r.n, r.i, r.l)),
          );
        });
        const now = withNow
          ? {
              cells: { number: n, impact: 2, likelihood: 2 },
              settings: DEFAULT_SETTINGS,
              kind: "risk" as const,
              date: new Date(),
            }
          : undefined;
        const points = riskHistory("panelRisks", n, bs, now);
        expect(points).toHaveLength(bs.length + (withNow ? 1 : 0));
        const sorted = [...bs].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
        sorted.forEach((b, k) => {
          const present = b.registers[0]!.rows.some((r) => r.key === String(n));
          expect(points[k]!.kind).toBe(present ? "score" : "gap");
          expect(points[k]!.date).toBe(b.publishedAt);
        });
      }),
    );
  });
});

describe("becameRed", () => {
  const previous = baselines[2]!; // November: 1 at 12 AMBER, 2 at 8, 3 at 4, 5 closed; OPSG-8 at 16 RED
  test("names open risks RED now and not RED (or not there) in the previous paper", () => {
    const now = [
      panel([
        risk(1, 4, 4), // AMBER → RED
        risk(2, 2, 4, { override: "RED" }), // AMBER → RED by override
        risk(3, 2, 2), // still GREEN
        risk(5, 5, 5, { status: "Closed" }), // closed: left out
        risk(6, 5, 4), // new and RED
      ]),
      opsg([risk("OPSG-008", 5, 4)]), // was RED already
    ];
    expect(becameRed(previous, now, DEFAULT_SETTINGS)).toEqual([
      { registerId: "panelRisks", registerName: "SEC Panel risks", key: "1", id: "1", was: "AMBER" },
      { registerId: "panelRisks", registerName: "SEC Panel risks", key: "2", id: "2", was: "AMBER" },
      { registerId: "panelRisks", registerName: "SEC Panel risks", key: "6", id: "6", was: null },
    ]);
  });

  test("without a previous paper, none", () => {
    expect(becameRed(null, [panel([risk(1, 5, 5)])], DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe("onePerMonth", () => {
  test("the newest version of each month, newest first, at most so many", () => {
    const list = [
      { label: "October 2026", publishedAt: "2026-10-08T10:00:00Z" },
      { label: "November 2026", publishedAt: "2026-11-12T10:00:00Z" },
      { label: "November 2026 (version 2)", publishedAt: "2026-11-14T10:00:00Z" },
      { label: "September 2026", publishedAt: "2026-09-10T10:00:00Z" },
    ];
    expect(onePerMonth(list).map((b) => b.label)).toEqual([
      "November 2026 (version 2)",
      "October 2026",
      "September 2026",
    ]);
    expect(onePerMonth(list, 2).map((b) => b.label)).toEqual(["November 2026 (version 2)", "October 2026"]);
  });
});

describe("arrowFor", () => {
  test("marks Arial prints, whose widths are known (an unknown character counts 700)", () => {
    const marks = (["up", "down", "same", "new"] as const).map(arrowFor);
    expect(marks).toEqual(["↑", "↓", "→", "New"]);
    expect(new Set(marks).size).toBe(4);
    expect(textWidth("↑", 10)).toBeCloseTo(5.84);
    expect(textWidth("↓", 10)).toBeCloseTo(5.84);
    expect(textWidth("→", 10)).toBeCloseTo(10);
  });
});
