// Range.conditionalFormats: "cell contains" rules with a fill and font colour.
import { simError, type ConditionalFormatModel } from "./model";
import type { SimRequestContext } from "./context";
import { size, type RangeTarget } from "./object";

export class SimConditionalFormats {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  add(type: string) {
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
      t.sheet.conditionalFormats.push(entry.model);
    });
    const context = this.context;
    const later = (bytes: number, f: (m: ConditionalFormatModel) => void) =>
      context.enqueue(bytes, () => f(entry.model!));
    return {
      textComparison: {
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
      },
    };
  }
  clearAll(): void {
    this.context.enqueue(0, () => {
      const t = this.target();
      if (!t) return;
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--) {
        const r = list[i]!.range;
        if (r.left <= t.ref.right && t.ref.left <= r.right && r.top <= t.ref.bottom && t.ref.top <= r.bottom)
          list.splice(i, 1);
      }
    });
  }
}
