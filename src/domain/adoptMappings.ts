// Header mappings a user confirmed at adoption, kept in the settings so that the next sheet with the
// same headers is adopted the same way (issue 11). Stored per header, by its normalised text.
import * as z from "./zod";
import type { ColumnKey } from "./columns";
import { columnsFor, normaliseHeader } from "./columns";
import { REGISTER_KINDS, type RegisterKind } from "./kindNames";
import { mapHeaders, type ChosenColumns, type HeaderMapping } from "./headerMapping";

export const AdoptMappingSchema = z.object({
  kind: z.enum(REGISTER_KINDS),
  /** The sheet's headers, normalised, in order. */
  headers: z.array(z.string()).check(z.minLength(1), z.maxLength(300)),
  /** The register column each header went to; "" where it was kept as it is. */
  columns: z.array(z.string()).check(z.maxLength(300)),
});
export type AdoptMapping = z.infer<typeof AdoptMappingSchema>;

/** How many remembered mappings a workbook keeps (the newest). */
export const MAX_ADOPT_MAPPINGS = 20;

/**
 * The headers that identify a sheet: normalised, without the register's own headers at the end
 * ("Owner", "Status2"), which an adoption cut short has already added, so that its retry and the next
 * sheet laid out the same way find the same mapping.
 */
function signature(headers: readonly unknown[], kind: RegisterKind): string[] {
  const own = new Set(columnsFor(kind).map((d) => normaliseHeader(d.header)));
  const sig = headers.map(normaliseHeader);
  let end = sig.length;
  while (end > 1 && own.has(sig[end - 1]!.replace(/(\D)\d+$/, "$1"))) end--;
  return sig.slice(0, end);
}

const sameHeaders = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((h, i) => h === b[i]);

/** The choices remembered for a sheet with exactly these headers, or null. */
export function rememberedChoices(
  mappings: readonly AdoptMapping[],
  headers: readonly unknown[],
  kind: RegisterKind,
  known: ReadonlySet<string>,
): ChosenColumns | null {
  const sig = signature(headers, kind);
  const hit = mappings.find((m) => m.kind === kind && sameHeaders(m.headers, sig));
  if (!hit) return null;
  const chosen: Record<number, ColumnKey | null> = {};
  hit.columns.forEach((key, i) => {
    if (!sig[i]) return;
    if (key === "") chosen[i] = null;
    else if (known.has(key)) chosen[i] = key as ColumnKey;
  });
  return chosen;
}

/** The mappings with this one first (replacing one for the same headers), the oldest dropped. */
export function rememberMapping(
  mappings: readonly AdoptMapping[],
  headers: readonly unknown[],
  kind: RegisterKind,
  mapping: HeaderMapping,
): AdoptMapping[] {
  const sig = signature(headers, kind);
  const byIndex = new Map<number, string>();
  for (const [key, i] of Object.entries(mapping.columns)) byIndex.set(i as number, key);
  const entry: AdoptMapping = { kind, headers: sig, columns: sig.map((_, i) => byIndex.get(i) ?? "") };
  const others = mappings.filter((m) => !(m.kind === kind && sameHeaders(m.headers, sig)));
  return [entry, ...others].slice(0, MAX_ADOPT_MAPPINGS);
}

/**
 * What a register's definition must record so that its table's headers read as adopted: the headers
 * whose names alone would map otherwise (all of them, if recording only those would not be enough).
 * Null when the names alone give the adopted mapping.
 */
export function columnsByHeaderFor(
  tableHeaders: readonly string[],
  kind: RegisterKind,
  adopted: Partial<Record<ColumnKey, number>>,
): Record<string, string> | null {
  const keyAt = (m: Partial<Record<ColumnKey, number>>, i: number) =>
    (Object.entries(m).find(([, j]) => j === i)?.[0] as ColumnKey | undefined) ?? "";
  const byNames = mapHeaders(tableHeaders, kind).columns;
  const apply = (byHeader: Record<string, string>) => {
    const chosen: Record<number, ColumnKey | null> = {};
    tableHeaders.forEach((h, i) => {
      const key = byHeader[normaliseHeader(h)];
      if (key !== undefined) chosen[i] = key === "" ? null : (key as ColumnKey);
    });
    return mapHeaders(tableHeaders, kind, chosen).columns;
  };
  const same = (a: Partial<Record<ColumnKey, number>>) =>
    tableHeaders.every((_, i) => keyAt(a, i) === keyAt(adopted, i));
  if (same(byNames)) return null;
  const diffs: Record<string, string> = {};
  tableHeaders.forEach((h, i) => {
    if (normaliseHeader(h) && keyAt(byNames, i) !== keyAt(adopted, i))
      diffs[normaliseHeader(h)] = keyAt(adopted, i);
  });
  if (same(apply(diffs))) return diffs;
  const all: Record<string, string> = {};
  tableHeaders.forEach((h, i) => {
    if (normaliseHeader(h)) all[normaliseHeader(h)] = keyAt(adopted, i);
  });
  return all;
}
