// What changed since a baseline: new, closed and removed entries, changed scores and RAG, mitigations
// added, amended or removed, escalations. A mitigation bullet that is not in the baseline is new.
import type { Baseline, BaselineRow } from "./baseline";
import type { MarkLookup } from "./bulletMarks";
import { asText, isBlank } from "./cellText";
import { isLiveStatus, type ColumnKey } from "./columns";
import type { RegisterKind } from "./kindNames";
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
  kind: RegisterKind;
  role: "panel" | "subcommittee";
  key: string;
  id: string;
  change: "new" | "closed" | "removed" | "updated";
  fields: FieldChange[];
  added: string[];
  amended: Array<{ from: string; to: string }>;
  removed: string[];
  escalatedTo: string | null;
  /** The entry's cells now (for a removed entry, as the baseline had them): the cover note's words. */
  cells: Partial<Record<ColumnKey, CellValue>>;
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

/**
 * Which bullets print red: those not in the baseline row (none at all without a baseline, so a register
 * just adopted is never all red), unless a mark made by hand says otherwise.
 */
export function redBullets(
  current: readonly Mitigation[],
  baseline: BaselineRow | undefined,
  hasBaseline: boolean,
  marked: (m: Mitigation) => boolean | undefined = () => undefined,
): Set<number> {
  const fresh = hasBaseline ? newBullets(current, baseline) : new Set<number>();
  const out = new Set<number>();
  current.forEach((m, i) => {
    if (marked(m) ?? fresh.has(i)) out.add(i);
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

/**
 * What changed since the baseline, bullets marked by hand included: a bullet marked new is added, one
 * marked not new is not. Without a baseline only the marks make changes.
 */
export function detectChanges(
  baseline: Baseline | null,
  current: readonly RegisterSnapshot[],
  marks: MarkLookup = () => undefined,
): EntryChange[] {
  const out: EntryChange[] = [];
  for (const snapshot of current) {
    const base = baseline?.registers.find((r) => r.id === snapshot.def.id);
    const baseRows = new Map((base?.rows ?? []).map((r) => [r.key, r]));
    const records = recordsOf(snapshot).filter((r) => r.key);
    const seen = new Set<string>();
    for (const rec of records) {
      seen.add(rec.key!);
      const was = baseRows.get(rec.key!);
      const mark = (m: Mitigation) => marks(snapshot.def.id, rec.key, m);
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
        cells: rec.cells,
      });
      if (!was) {
        if (base) out.push({ ...entry("new"), added: rec.mitigations.map((m) => m.text) });
        else {
          // No baseline (or the register was not in it): only bullets marked new by hand are changes.
          const marked = rec.mitigations.filter((m) => mark(m) === true).map((m) => m.text);
          if (marked.length) out.push({ ...entry("updated"), added: marked });
        }
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
      const notNew = new Set(rec.mitigations.filter((m) => mark(m) === false).map((m) => m.text));
      e.added = [
        ...e.added.filter((t) => !notNew.has(t)),
        ...rec.mitigations.filter((m) => mark(m) === true && !e.added.includes(m.text)).map((m) => m.text),
      ];
      e.amended = e.amended.filter((a) => !notNew.has(a.to) && !e.added.includes(a.to));
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
          cells: row.cells as Partial<Record<ColumnKey, CellValue>>,
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
