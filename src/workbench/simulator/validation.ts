// Range.dataValidation: rules, alerts and prompts, which Excel keeps cell by cell. The sheet's list holds
// rectangles with one validation each; an operation on part of a rectangle splits it.
// - clear() removes validation from exactly the cells the range overlaps, whatever rectangles they came
//   from ("only the overlapping cells, if any, of the two ranges are cleared", Microsoft's data
//   validation guide); cells outside the range keep theirs.
// - Setting `rule` replaces the validation on the range's cells when they share one validation (or have
//   none); over a range whose cells differ it fails with InvalidArgument, as office-js #2594 reports:
//   clear() first.
// - `type` reads None, a rule's type, MixedCriteria (validation on some cells only) or Inconsistent.
import { rangesIntersect, type RangeRef } from "../../domain/address";
import { simError, type ValidationModel } from "./model";
import { SimObject, size, type RangeTarget } from "./object";

/** `a` without the cells of `b`: up to four rectangles. */
export function subtractRange(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!rangesIntersect(a, b)) return [a];
  const out: RangeRef[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

function intersection(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
}

const cellCount = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Removes validation from the cells of `ref`, keeping the rest of each rectangle it cuts. */
export function clearValidation(list: ValidationModel[], ref: RangeRef): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const v = list[i]!;
    if (!rangesIntersect(v.range, ref)) continue;
    list.splice(i, 1, ...subtractRange(v.range, ref).map((range) => ({ ...v, range })));
  }
}

/** The validations on the cells of `ref`, each cut to `ref`. */
function overlapping(list: ValidationModel[], ref: RangeRef) {
  return list
    .filter((v) => rangesIntersect(v.range, ref))
    .map((v) => ({ v, cut: intersection(v.range, ref) }));
}

const ruleType = (rule: Excel.DataValidationRule): string => {
  const key = Object.keys(rule).find((k) => (rule as Record<string, unknown>)[k] !== undefined);
  return key ? key[0]!.toUpperCase() + key.slice(1) : "None";
};

export class SimDataValidation extends SimObject<RangeTarget> {
  protected get kind() {
    return "range";
  }
  protected read(prop: string, t: RangeTarget): unknown {
    if (prop !== "type")
      throw simError("InvalidArgument", `The simulator does not implement DataValidation.${prop}.`);
    const parts = overlapping(t.sheet.validations, t.ref);
    if (!parts.length) return "None";
    const covered = parts.reduce((n, p) => n + cellCount(p.cut), 0);
    if (covered < cellCount(t.ref)) return "MixedCriteria";
    const key = (v: ValidationModel) => JSON.stringify(v.rule);
    if (parts.some((p) => key(p.v) !== key(parts[0]!.v))) return "Inconsistent";
    return ruleType(parts[0]!.v.rule);
  }
  get type(): string {
    return this.get("type");
  }
  private apply(bytes: number, f: (t: RangeTarget) => void) {
    this.context.enqueue(bytes, () => f(this.need()));
  }
  set rule(rule: Excel.DataValidationRule) {
    this.apply(size(rule), (t) => {
      const list = t.sheet.validations;
      const parts = overlapping(list, t.ref);
      const uniform = !parts.length || (parts.length === 1 && cellCount(parts[0]!.cut) === cellCount(t.ref));
      if (!uniform)
        throw simError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      const kept = parts[0]?.v;
      clearValidation(list, t.ref);
      list.push({ range: { ...t.ref }, rule, errorAlert: kept?.errorAlert, prompt: kept?.prompt });
    });
  }
  /** Sets a part of the validation on every cell of the range, splitting rectangles it cuts. */
  private setPart(t: RangeTarget, f: (v: ValidationModel) => void) {
    const list = t.sheet.validations;
    const pieces: ValidationModel[] = overlapping(list, t.ref).map(({ v, cut }) => ({ ...v, range: cut }));
    // Cells with no validation yet get one that allows any value.
    let rest: RangeRef[] = [t.ref];
    for (const p of pieces) rest = rest.flatMap((r) => subtractRange(r, p.range));
    clearValidation(list, t.ref);
    for (const v of [...pieces, ...rest.map((range) => ({ range, rule: {} }))]) {
      f(v);
      list.push(v);
    }
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.apply(size(alert), (t) => this.setPart(t, (v) => (v.errorAlert = alert)));
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.apply(size(prompt), (t) => this.setPart(t, (v) => (v.prompt = prompt)));
  }
  set ignoreBlanks(_v: boolean) {
    this.apply(4, () => undefined);
  }
  clear(): void {
    this.apply(0, (t) => clearValidation(t.sheet.validations, t.ref));
  }
}
