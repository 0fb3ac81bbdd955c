// Issue 11 item 2's rule as a property: whatever a pasted row holds, every computed cell that showed
// something shows the same after adoption, evaluated as Excel evaluates the register's formulas.
import fc from "fast-check";
import {
  bandGives,
  decideComputed,
  riskRagGives,
  severityGives,
  issueRagGives,
} from "../../src/domain/adoptComputed";
import type { ColumnKey } from "../../src/domain/columns";
import type { CellValue } from "../../src/domain/register";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

const S = DEFAULT_SETTINGS;
const score = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom<CellValue>(null, "High", "3"));
const severity = fc.oneof(fc.integer({ min: 0, max: 26 }), fc.constantFrom<CellValue>(null, "12", "n/a"));
const band = fc.constantFrom<CellValue>(null, "Low", "Moderate", "High", "Critical", "moderate", "Medium");
const rag = fc.constantFrom<CellValue>(null, "RED", "AMBER", "GREEN", "Red", "Amber", "N/A", "RED ");
const present = fc.record({
  severity: fc.boolean(),
  band: fc.boolean(),
  computedRag: fc.boolean(),
  ragOverride: fc.boolean(),
  rag: fc.boolean(),
});

/** What each computed cell shows after adoption: the formula's result, chained, or the typed value. */
function shownAfter(kind: "risk" | "issue", row: Record<string, CellValue>, has: (k: ColumnKey) => boolean) {
  const out = decideComputed(kind, { value: (k) => row[k] ?? null, has }, S);
  const shown: Record<string, CellValue> = {};
  const pick = (k: ColumnKey, gives: CellValue) =>
    (shown[k] = out.decisions[k] === "kept" ? (row[k] ?? null) : gives);
  if (kind === "risk") {
    pick("severity", severityGives(row.impact ?? null, row.likelihood ?? null));
    pick("band", bandGives(shown.severity!, S));
    pick("computedRag", riskRagGives(shown.band!, S));
  } else pick("computedRag", issueRagGives(row.impact ?? null, S));
  const override = out.override ?? (has("ragOverride") ? (row.ragOverride ?? null) : null);
  pick("rag", override !== null && override !== "" ? override : shown.computedRag!);
  return { out, shown };
}

describe("computed cells at adoption", () => {
  test.each(["risk", "issue"] as const)(
    "property (%s): a computed cell that showed a value shows the same one after adoption",
    (kind) => {
      fc.assert(
        fc.property(
          fc.record({
            impact: score,
            likelihood: score,
            severity,
            band,
            computedRag: rag,
            ragOverride: rag,
            rag,
          }),
          present,
          (row, cols) => {
            const has = (k: ColumnKey) => (k in cols ? cols[k as keyof typeof cols] : true);
            const { out, shown } = shownAfter(kind, row, has);
            const keys: ColumnKey[] =
              kind === "risk" ? ["severity", "band", "computedRag", "rag"] : ["computedRag", "rag"];
            for (const k of keys) {
              const typed = has(k) ? (row[k as keyof typeof row] ?? null) : null;
              if (typed === null || typed === "") continue;
              // A judgement moved to RAG Override shows through RAG Status, trimmed.
              const want = out.decisions[k] === "judgement" ? String(typed).trim() : typed;
              expect([k, shown[k]]).toEqual([k, want]);
            }
            // A moved judgement differs from the policy, which the scores give.
            if (out.override !== null) {
              expect(shown.computedRag).not.toBeNull();
              expect(out.override.toUpperCase()).not.toBe(String(shown.computedRag).toUpperCase());
            }
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  test("a typed value becomes the formula only where it equals exactly what the formula gives", () => {
    const row: Record<string, CellValue> = {
      impact: 3,
      likelihood: 4,
      severity: 12,
      band: "moderate",
      rag: "Amber",
    };
    const { decisions } = decideComputed("risk", { value: (k) => row[k] ?? null, has: () => true }, S);
    expect(decisions).toEqual({ severity: "formula", band: "kept", computedRag: "filled", rag: "kept" });
  });
});
