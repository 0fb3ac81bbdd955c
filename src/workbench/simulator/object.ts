// The base of every proxy, as Office.js's: loaded properties, null-object state, a lazily resolved
// target. Setting a property or calling a method only queues an operation; context.sync() runs the
// queue in order; reading a property that was not loaded and synced throws PropertyNotLoaded;
// *OrNullObject getters give objects whose isNullObject is known only after a sync.
import type { RangeRef } from "../../domain/address";
import { simError, type SheetModel } from "./model";
import type { SimRequestContext } from "./context";

/** Bytes of a payload as sent: its JSON in UTF-8 (a "•" is 3 bytes, not 1 character). */
export const size = (v: unknown) => (v === undefined ? 0 : utf8Bytes(JSON.stringify(v)));

export function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else n += c < 0x800 ? 1 : 2;
  }
  return n;
}

export interface RangeTarget {
  sheet: SheetModel;
  ref: RangeRef;
}

export function propList(arg: unknown): string[] {
  if (arg === undefined)
    throw simError(
      "InvalidArgument",
      "load() without property names loads everything; name the properties you need.",
    );
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => propList(a));
  if (typeof arg === "object" && arg !== null && "select" in arg)
    return propList((arg as { select: string }).select);
  return [];
}

/** Base of every proxy: loaded properties, null-object state, and the lazily resolved target. */
export abstract class SimObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private target: T | null | undefined;
  constructor(
    readonly context: SimRequestContext,
    private readonly resolver: () => T | null,
    protected readonly nullable = false,
  ) {
    if (nullable) context.enqueue(0, () => this.loaded.set("isNullObject", this.resolve() === null));
  }
  /** Runs inside sync only. */
  protected resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }
  protected need(): T {
    const t = this.resolve();
    if (t === null) throw simError("ItemNotFound", `The requested ${this.kind} does not exist.`);
    return t;
  }
  protected abstract get kind(): string;
  protected abstract read(prop: string, target: T): unknown;
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw simError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as V;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  load(props?: unknown): this {
    const list = propList(props);
    this.context.enqueue(size(list), () => {
      this.context.model.ensureCalculated();
      const t = this.resolve();
      if (t === null && !this.nullable)
        throw simError("ItemNotFound", `The requested ${this.kind} does not exist.`);
      for (const p of list) {
        const v = t === null ? null : this.read(p, t);
        this.loaded.set(p, v);
        this.context.sim.noteResponse(size(v) + p.length);
      }
    });
    return this;
  }
  protected set(prop: string, value: unknown, apply: (t: T) => void) {
    this.context.enqueue(size(value) + prop.length, () => apply(this.need()));
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
