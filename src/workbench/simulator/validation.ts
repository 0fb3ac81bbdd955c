// Range.dataValidation: rules, alerts and prompts on ranges of cells.
import { rangeAddress } from "../../domain/address";
import { simError } from "./model";
import type { SimRequestContext } from "./context";
import { size, type RangeTarget } from "./object";

export class SimDataValidation {
  constructor(
    private readonly context: SimRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {}
  private model(t: RangeTarget) {
    let v = t.sheet.validations.find((x) => rangeAddress(x.range) === rangeAddress(t.ref));
    if (!v) {
      v = { range: { ...t.ref }, rule: {} };
      t.sheet.validations.push(v);
    }
    return v;
  }
  private apply(bytes: number, f: (t: RangeTarget) => void) {
    this.context.enqueue(bytes, () => {
      const t = this.target();
      if (!t) throw simError("ItemNotFound", "The range does not exist.");
      f(t);
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    this.apply(size(rule), (t) => {
      // Setting a rule replaces any rule on the same cells.
      const sheet = t.sheet;
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        const r = sheet.validations[i]!.range;
        if (r.left >= t.ref.left && r.right <= t.ref.right && r.top >= t.ref.top && r.bottom <= t.ref.bottom)
          sheet.validations.splice(i, 1);
      }
      this.model(t).rule = rule;
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.apply(size(alert), (t) => (this.model(t).errorAlert = alert));
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.apply(size(prompt), (t) => (this.model(t).prompt = prompt));
  }
  set ignoreBlanks(_v: boolean) {
    this.apply(4, () => undefined);
  }
  clear(): void {
    this.apply(0, (t) => {
      const sheet = t.sheet;
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        const r = sheet.validations[i]!.range;
        if (r.left >= t.ref.left && r.right <= t.ref.right && r.top >= t.ref.top && r.bottom <= t.ref.bottom)
          sheet.validations.splice(i, 1);
      }
    });
  }
}
