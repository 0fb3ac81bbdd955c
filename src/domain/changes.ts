// What changed since a baseline: new, closed and removed entries, changed scores and RAG, mitigations
// added, amended or removed, escalations. A mitigation bullet that is not in the baseline is new.
import type { Baseline, BaselineRow } from "./baseline";
import { asText, isBlank } from "./cellText";
import { isLiveStatus, type ColumnKey } from "./columns";
import { parseMitigations, type Mitigation } from "./mitigations";
import { recordsOf, type RegisterRecord } from "./records";
import type { CellValue, RegisterSnapshot } from "./register";

export interface FieldChange {
  field: ColumnKey;
  from: CellValue;
  to: CellValue;
}

export interface EntryChange {
  registerId: string;
  registerName: string;
  kind: "risk" | "issue";
  role: "panel" | "subcommittee";
  key: string;
  id: string;
  change: "new" | "closed" | "removed" | "updated";
  fields: FieldChange[];
  added: string[];
  amended: Array<{ from: string; to: string }>;
  removed: string[];
  escalatedTo: string | null;
}

/** A bullet's identity: its words, without case, spacing, trailing punctuation or a status note. */
export function bulletIdentity(m: Mitigation): string {
  return m.text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.;,\s]+$/, "")
    .trim();
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}

function similar(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.5;
}

/** Which of the current bullets are new since the baseline row (indices into `current`). */
export function newBullets(current: readonly Mitigation[], baseline: BaselineRow | undefined): Set<number> {
  const before = new Set(parseMitigations(asText(baseline?.cells.mitigations)).map(bulletIdentity));
  const out = new Set<number>();
  current.forEach((m, i) => {
    if (!before.has(bulletIdentity(m))) out.add(i);
  });
  return out;
}

function compareBullets(before: readonly Mitigation[], after: readonly Mitigation[]) {
  const b = before.map(bulletIdentity);
  const a = after.map(bulletIdentity);
  const gone = before.filter((_, i) => !a.includes(b[i]!));
  const fresh = after.filter((_, i) => !b.includes(a[i]!));
  const amended: Array<{ from: string; to: string }> = [];
  const added: string[] = [];
  const used = new Set<Mitigation>();
  for (const f of fresh) {
    const match = gone.find((g) => !used.has(g) && similar(g.text, f.text));
    if (match) {
      used.add(match);
      amended.push({ from: match.text, to: f.text });
    } else added.push(f.text);
  }
  return { added, amended, removed: gone.filter((g) => !used.has(g)).map((g) => g.text) };
}

const TRACKED: ColumnKey[] = ["impact", "likelihood", "severity", "rag", "status", "description"];

export function detectChanges(baseline: Baseline, current: readonly RegisterSnapshot[]): EntryChange[] {
  const out: EntryChange[] = [];
  for (const snapshot of current) {
    const base = baseline.registers.find((r) => r.id === snapshot.def.id);
    const baseRows = new Map((base?.rows ?? []).map((r) => [r.key, r]));
    const records = recordsOf(snapshot).filter((r) => r.key);
    const seen = new Set<string>();
    for (const rec of records) {
      seen.add(rec.key!);
      const was = baseRows.get(rec.key!);
      const entry = (change: EntryChange["change"]): EntryChange => ({
        registerId: snapshot.def.id,
        registerName: snapshot.def.name,
        kind: snapshot.def.kind,
        role: snapshot.def.role,
        key: rec.key!,
        id: asText(rec.id),
        change,
        fields: [],
        added: [],
        amended: [],
        removed: [],
        escalatedTo: null,
      });
      if (!was) {
        if (base) out.push({ ...entry("new"), added: rec.mitigations.map((m) => m.text) });
        continue;
      }
      const e = entry(
        isLiveStatus(was.cells.status) && !isLiveStatus(rec.cells.status) ? "closed" : "updated",
      );
      for (const f of TRACKED) {
        const from = was.cells[f] ?? null;
        const to = rec.cells[f] ?? null;
        if (asText(from).trim() !== asText(to).trim()) e.fields.push({ field: f, from, to });
      }
      Object.assign(e, compareBullets(parseMitigations(asText(was.cells.mitigations)), rec.mitigations));
      if (!isBlank(rec.cells.escalatedTo) && asText(rec.cells.escalatedTo) !== asText(was.cells.escalatedTo))
        e.escalatedTo = asText(rec.cells.escalatedTo);
      if (
        e.change === "closed" ||
        e.fields.length ||
        e.added.length ||
        e.amended.length ||
        e.removed.length ||
        e.escalatedTo
      )
        out.push(e);
    }
    for (const [key, row] of baseRows) {
      if (!seen.has(key))
        out.push({
          registerId: snapshot.def.id,
          registerName: snapshot.def.name,
          kind: snapshot.def.kind,
          role: snapshot.def.role,
          key,
          id: asText(row.cells.number),
          change: "removed",
          fields: [],
          added: [],
          amended: [],
          removed: [],
          escalatedTo: null,
        });
    }
  }
  return out;
}

export function baselineRowOf(
  baseline: Baseline | null,
  registerId: string,
  record: RegisterRecord,
): BaselineRow | undefined {
  return baseline?.registers.find((r) => r.id === registerId)?.rows.find((r) => r.key === record.key);
}
