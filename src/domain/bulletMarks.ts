// "New this month", marked by hand bullet by bullet: the first paper of a register that has no baseline,
// or a correction to what the baseline says. A mark names the bullet by its words (never changing them)
// and the newest baseline when it was made, so that publishing the next baseline ends it.
import { bulletIdentity } from "./changes";
import type { Mitigation } from "./mitigations";

export interface BulletMark {
  registerId: string;
  /** The row's number key (RegisterRecord.key). */
  key: string;
  /** bulletIdentity of the bullet's words. */
  bullet: string;
  /** True: printed red; false: not red even though the baseline lacks it. */
  isNew: boolean;
  /** The newest baseline's id when the mark was made ("" when there was none). */
  since: string;
  /** The bullet's words as marked, for a person reading the store. */
  text: string;
}

/** The marks still in force: those made since the newest baseline (a publish ends a month's marks). */
export function marksInForce(marks: readonly BulletMark[], newestBaselineId: string | null): BulletMark[] {
  return marks.filter((m) => m.since === (newestBaselineId ?? ""));
}

export type MarkLookup = (registerId: string, key: string | null, m: Mitigation) => boolean | undefined;

export function markLookup(marks: readonly BulletMark[]): MarkLookup {
  const byId = new Map(marks.map((m) => [`${m.registerId}\u0000${m.key}\u0000${m.bullet}`, m.isNew]));
  return (registerId, key, m) =>
    key === null ? undefined : byId.get(`${registerId}\u0000${key}\u0000${bulletIdentity(m)}`);
}

/** The marks with one set (or replaced) for a bullet; `isNew` null removes its mark. */
export function withMark(
  marks: readonly BulletMark[],
  mark: Omit<BulletMark, "isNew"> & { isNew: boolean | null },
): BulletMark[] {
  const same = (m: BulletMark) =>
    m.registerId === mark.registerId && m.key === mark.key && m.bullet === mark.bullet;
  const rest = marks.filter((m) => !same(m));
  return mark.isNew === null ? rest : [...rest, { ...mark, isNew: mark.isNew }];
}
