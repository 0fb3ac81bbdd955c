// A published baseline: every register as it stood when the month's paper went out, with the settings
// in force. Stored as JSON split across cells (a cell holds at most 32,767 characters).
import * as z from "./zod";
import type { ColumnKey } from "./columns";
import { REGISTER_KINDS } from "./kindNames";
import { recordsOf } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";
import { SettingsSchema, type Settings } from "./settings";

export const BASELINE_CHUNK_CHARS = 30000;

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const BaselineRowSchema = z.object({ key: z.string(), cells: z.record(z.string(), Cell) });
const BaselineRegisterSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(REGISTER_KINDS),
  rows: z.array(BaselineRowSchema),
});
export const BaselineSchema = z.object({
  id: z.string(),
  label: z.string(),
  publishedAt: z.string(),
  settings: SettingsSchema,
  registers: z.array(BaselineRegisterSchema),
});
export type Baseline = z.infer<typeof BaselineSchema>;
export type BaselineRow = z.infer<typeof BaselineRowSchema>;

const KEPT: ColumnKey[] = [
  "number",
  "description",
  "impacts",
  "category",
  "associatedRisks",
  "dateRaised",
  "impact",
  "likelihood",
  "severity",
  "band",
  "mitigations",
  "rag",
  "ragOverride",
  "status",
  "escalatedFrom",
  "escalatedTo",
  "associatedIssue",
];

export function monthLabel(date: Date): string {
  return date.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

export function makeBaseline(
  snapshots: readonly RegisterSnapshot[],
  settings: Settings,
  now: Date,
): Baseline {
  return {
    id: now.toISOString(),
    label: monthLabel(now),
    publishedAt: now.toISOString(),
    settings,
    registers: snapshots.map((s) => ({
      id: s.def.id,
      name: s.def.name,
      kind: s.def.kind,
      rows: recordsOf(s)
        .filter((r) => r.key)
        .map((r) => ({
          key: r.key!,
          cells: Object.fromEntries(
            KEPT.filter((k) => k in r.cells).map((k) => [k, r.cells[k] ?? null]),
          ) as Record<string, CellValue>,
        })),
    })),
  };
}

/** The baseline as text chunks, each small enough for one cell. */
export function encodeBaseline(b: Baseline): string[] {
  const json = JSON.stringify(b);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += BASELINE_CHUNK_CHARS)
    chunks.push(json.slice(i, i + BASELINE_CHUNK_CHARS));
  return chunks.length ? chunks : ["{}"];
}

export function decodeBaseline(
  chunks: readonly string[],
): { ok: true; baseline: Baseline } | { ok: false; error: string } {
  try {
    const parsed = BaselineSchema.safeParse(JSON.parse(chunks.join("")));
    return parsed.success
      ? { ok: true, baseline: parsed.data }
      : {
          ok: false,
          error: `The stored baseline is damaged: ${parsed.error.issues[0]?.message ?? "invalid"}.`,
        };
  } catch (e) {
    return { ok: false, error: `The stored baseline is damaged: ${(e as Error).message}.` };
  }
}
