// Range.conditionalFormats: "cell contains" rules with a fill and font colour, in priority order.
// As Excel's reference says, add() puts the new format "at the first/top priority" (priority 0) and the
// others move down; `priority` is the index in the collection and can be set; `stopIfTrue` stops lower
// priorities applying. The sheet's list is kept in priority order (index 0 first).
import { rangesIntersect } from "../../domain/address";
import { simError, type ConditionalFormatModel, type SheetModel } from "./model";
import type { SimRequestContext } from "./context";
import { SimObject, size, type RangeTarget } from "./object";

/** The formats of `sheet` that touch `t`'s range, in priority order: a range's ConditionalFormatCollection. */
function collectionOf(t: RangeTarget): ConditionalFormatModel[] {
  return t.sheet.conditionalFormats.filter((cf) => rangesIntersect(cf.range, t.ref));
}

/** Moves `cf` to `priority` within the collection of `scope`, keeping the sheet's order contiguous. */
function setPriority(sheet: SheetModel, scope: RangeTarget, cf: ConditionalFormatModel, priority: number) {
  const list = sheet.conditionalFormats;
  const others = collectionOf(scope).filter((x) => x !== cf);
  const n = others.length;
  // "Use a negative priority to begin from the back"; out of bounds clamps to the last (or first).
  let p = priority < 0 ? n + 1 + priority : priority;
  p = Math.max(0, Math.min(n, p));
  list.splice(list.indexOf(cf), 1);
  if (p < n) list.splice(list.indexOf(others[p]!), 0, cf);
  else if (n) list.splice(list.indexOf(others[n - 1]!) + 1, 0, cf);
  else list.unshift(cf);
}

/** One conditional format: its priority, stopIfTrue and its text-comparison rule and format. */
export class SimConditionalFormat extends SimObject<ConditionalFormatModel> {
  constructor(
    context: SimRequestContext,
    resolver: () => ConditionalFormatModel | null,
    private readonly scope: () => RangeTarget | null,
  ) {
    super(context, resolver);
  }
  protected get kind() {
    return "conditional format";
  }
  protected read(prop: string, cf: ConditionalFormatModel): unknown {
    switch (prop) {
      case "priority": {
        const s = this.scope();
        return s ? collectionOf(s).indexOf(cf) : 0;
      }
      case "stopIfTrue":
        return !!cf.stopIfTrue;
      case "type":
        return "ContainsText";
      default:
        throw simError("InvalidArgument", `The simulator does not implement ConditionalFormat.${prop}.`);
    }
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(p: number) {
    this.set("priority", p, (cf) => {
      const s = this.scope();
      if (!s) throw simError("ItemNotFound", "The range does not exist.");
      setPriority(s.sheet, s, cf, p);
    });
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.set("stopIfTrue", v, (cf) => (cf.stopIfTrue = v));
  }
  get textComparison() {
    const later = (bytes: number, f: (m: ConditionalFormatModel) => void) =>
      this.context.enqueue(bytes, () => f(this.need()));
    return {
      set rule(rule: Excel.ConditionalTextComparisonRule) {
        later(size(rule), (m) => {
          m.text = rule.text;
          m.operator = String(rule.operator);
        });
      },
      format: {
        fill: {
          set color(v: string) {
            later(v.length, (m) => (m.fill = v));
          },
        },
        font: {
          set color(v: string) {
            later(v.length, (m) => (m.fontColor = v));
          },
        },
      },
    };
  }
}

export class SimConditionalFormats {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  add(type: string): SimConditionalFormat {
    if (type !== "ContainsText")
      throw simError(
        "InvalidArgument",
        `The simulator implements only ContainsText conditional formats, not ${type}.`,
      );
    const entry: { model?: ConditionalFormatModel } = {};
    this.context.enqueue(16, () => {
      const t = this.target();
      if (!t) throw simError("ItemNotFound", "The range does not exist.");
      entry.model = { range: { ...t.ref }, text: "", operator: "Contains" };
      // The new format takes the top priority; the others move down one.
      t.sheet.conditionalFormats.unshift(entry.model);
    });
    return new SimConditionalFormat(this.context, () => entry.model ?? null, this.target);
  }
  /** The format at `index` (its priority) in this range's collection. */
  getItemAt(index: number): SimConditionalFormat {
    return new SimConditionalFormat(
      this.context,
      () => {
        const t = this.target();
        return (t && collectionOf(t)[index]) ?? null;
      },
      this.target,
    );
  }
  getCount(): { value: number } {
    const result: { n?: number } = {};
    this.context.enqueue(0, () => {
      const t = this.target();
      result.n = t ? collectionOf(t).length : 0;
    });
    return {
      get value(): number {
        if (result.n === undefined)
          throw simError("PropertyNotLoaded", "The value of getCount is available after context.sync().");
        return result.n;
      },
    };
  }
  clearAll(): void {
    this.context.enqueue(0, () => {
      const t = this.target();
      if (!t) return;
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--)
        if (rangesIntersect(list[i]!.range, t.ref)) list.splice(i, 1);
    });
  }
}

/** Whether a "cell contains" rule matches a cell's text (case-insensitive, as Excel compares). */
function matches(cf: ConditionalFormatModel, text: string): boolean {
  if (!text) return false;
  const needle = cf.text.toLowerCase();
  switch (cf.operator) {
    case "BeginsWith":
      return text.startsWith(needle);
    case "EndsWith":
      return text.endsWith(needle);
    case "NotContains":
      return !text.includes(needle);
    default:
      return text.includes(needle);
  }
}

/**
 * The fill and font colour a person sees on a cell: each element from the highest-priority matching
 * format that sets it ("only one format applies that particular element"), then the cell's own format;
 * a matching format with stopIfTrue stops the lower priorities.
 */
export function conditionalLook(
  sheet: SheetModel,
  row: number,
  col: number,
  own: { fill?: string; fontColor?: string },
  value: unknown,
): { fill?: string; fontColor?: string } {
  const text = value === null || value === undefined ? "" : String(value).toLowerCase();
  const out: { fill?: string; fontColor?: string } = {};
  for (const cf of sheet.conditionalFormats) {
    const r = cf.range;
    if (row < r.top || row > r.bottom || col < r.left || col > r.right || !matches(cf, text)) continue;
    if (cf.fill && out.fill === undefined) out.fill = cf.fill;
    if (cf.fontColor && out.fontColor === undefined) out.fontColor = cf.fontColor;
    if (cf.stopIfTrue) break;
  }
  return { fill: out.fill ?? own.fill, fontColor: out.fontColor ?? own.fontColor };
}
