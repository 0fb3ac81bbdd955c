// A small Excel formula engine for the simulated workbook: enough for the formulas Register Steward
// writes (IF/AND/ISNUMBER arithmetic and comparisons on A1 references) and common hand-typed ones.
// Unknown functions give #NAME?, as in Excel.
import { columnIndex } from "../../domain/address";

export type Scalar = string | number | boolean | null;

export class FormulaError {
  constructor(readonly code: "#VALUE!" | "#NAME?" | "#DIV/0!" | "#REF!" | "#N/A" | "#NUM!") {}
}
export type Value = Scalar | FormulaError | Value[][];

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; sheet?: string; row: number; col: number }
  | { t: "area"; sheet?: string; top: number; left: number; bottom: number; right: number }
  | { t: "un"; op: string; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "call"; name: string; args: Node[] }
  | { t: "err"; code: FormulaError["code"] };

export interface CellSource {
  /** The value of a cell, evaluating its formula if it has one. */
  get(sheet: string | undefined, row: number, col: number): Value;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.comparison();
    this.ws();
    if (this.i < this.s.length) throw new Error(`Unexpected "${this.s.slice(this.i, this.i + 10)}"`);
    return n;
  }
  private ws() {
    while (this.s[this.i] === " ") this.i++;
  }
  private peek(...ops: string[]): string | null {
    this.ws();
    for (const op of ops) if (this.s.startsWith(op, this.i)) return op;
    return null;
  }
  private comparison(): Node {
    let a = this.concat();
    for (
      let op = this.peek("<>", "<=", ">=", "=", "<", ">");
      op;
      op = this.peek("<>", "<=", ">=", "=", "<", ">")
    ) {
      this.i += op.length;
      a = { t: "bin", op, a, b: this.concat() };
    }
    return a;
  }
  private concat(): Node {
    let a = this.additive();
    while (this.peek("&")) {
      this.i++;
      a = { t: "bin", op: "&", a, b: this.additive() };
    }
    return a;
  }
  private additive(): Node {
    let a = this.mult();
    for (let op = this.peek("+", "-"); op; op = this.peek("+", "-")) {
      this.i++;
      a = { t: "bin", op, a, b: this.mult() };
    }
    return a;
  }
  private mult(): Node {
    let a = this.unary();
    for (let op = this.peek("*", "/"); op; op = this.peek("*", "/")) {
      this.i++;
      a = { t: "bin", op, a, b: this.unary() };
    }
    return a;
  }
  private unary(): Node {
    const op = this.peek("-", "+");
    if (op) {
      this.i++;
      return { t: "un", op, a: this.unary() };
    }
    return this.primary();
  }
  private primary(): Node {
    this.ws();
    const s = this.s;
    const c = s[this.i];
    if (c === "(") {
      this.i++;
      const n = this.comparison();
      if (!this.peek(")")) throw new Error("Missing )");
      this.i++;
      return n;
    }
    if (c === '"') {
      let out = "";
      this.i++;
      for (;;) {
        if (this.i >= s.length) throw new Error("Unterminated string");
        if (s[this.i] === '"') {
          if (s[this.i + 1] === '"') {
            out += '"';
            this.i += 2;
            continue;
          }
          this.i++;
          break;
        }
        out += s[this.i++];
      }
      return { t: "str", v: out };
    }
    if (c === "#") {
      const m = /^#(VALUE!|NAME\?|DIV\/0!|REF!|N\/A|NUM!)/.exec(s.slice(this.i));
      if (!m) throw new Error("Bad error literal");
      this.i += m[0].length;
      return { t: "err", code: m[0] as FormulaError["code"] };
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return { t: "num", v: Number(num[0]) };
    }
    // Sheet-qualified reference: 'My sheet'!A1 or Sheet1!A1
    let sheet: string | undefined;
    const quoted = /^'((?:[^']|'')+)'!/.exec(s.slice(this.i));
    const plain = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(s.slice(this.i));
    if (quoted) {
      sheet = quoted[1]!.replace(/''/g, "'");
      this.i += quoted[0].length;
    } else if (plain) {
      sheet = plain[1];
      this.i += plain[0].length;
    }
    const ref = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?(?![A-Za-z0-9_(])/.exec(
      s.slice(this.i),
    );
    if (ref) {
      this.i += ref[0].length;
      const row = Number(ref[2]) - 1;
      const col = columnIndex(ref[1]!);
      if (ref[3] === undefined) return { t: "ref", sheet, row, col };
      const row2 = Number(ref[4]) - 1;
      const col2 = columnIndex(ref[3]);
      return {
        t: "area",
        sheet,
        top: Math.min(row, row2),
        left: Math.min(col, col2),
        bottom: Math.max(row, row2),
        right: Math.max(col, col2),
      };
    }
    if (sheet !== undefined) throw new Error("Bad reference");
    const name = /^([A-Za-z][A-Za-z0-9_.]*)/.exec(s.slice(this.i));
    if (name) {
      this.i += name[0].length;
      const upper = name[1]!.toUpperCase();
      if (this.peek("(")) {
        this.i++;
        const args: Node[] = [];
        if (!this.peek(")")) {
          for (;;) {
            args.push(this.peek(",", ")") ? { t: "str", v: "" } : this.comparison());
            if (this.peek(",")) {
              this.i++;
              continue;
            }
            break;
          }
        }
        if (!this.peek(")")) throw new Error("Missing ) after arguments");
        this.i++;
        return { t: "call", name: upper, args };
      }
      if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
      return { t: "err", code: "#NAME?" };
    }
    throw new Error(`Unexpected "${s.slice(this.i, this.i + 10)}"`);
  }
}

const cache = new Map<string, Node | Error>();

export function parseFormula(formula: string): Node {
  let n = cache.get(formula);
  if (!n) {
    try {
      n = new Parser(formula.replace(/^=/, "")).parse();
    } catch (e) {
      n = e as Error;
    }
    if (cache.size > 200000) cache.clear();
    cache.set(formula, n);
  }
  if (n instanceof Error) throw n;
  return n;
}

/** Whether Excel would accept the text as a formula. */
export function isValidFormula(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}

const isErr = (v: Value): v is FormulaError => v instanceof FormulaError;

function scalar(v: Value): Scalar | FormulaError {
  if (Array.isArray(v)) return scalar(v[0]?.[0] ?? null);
  return v;
}

function toNumber(v: Value): number | FormulaError {
  const s = scalar(v);
  if (isErr(s)) return s;
  if (s === null || s === "") return 0;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  const n = Number(s.trim());
  return s.trim() !== "" && Number.isFinite(n) ? n : new FormulaError("#VALUE!");
}

function toText(v: Value): string | FormulaError {
  const s = scalar(v);
  if (isErr(s)) return s;
  if (s === null) return "";
  if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
  return String(s);
}

function toBool(v: Value): boolean | FormulaError {
  const s = scalar(v);
  if (isErr(s)) return s;
  if (typeof s === "boolean") return s;
  if (typeof s === "number") return s !== 0;
  if (s === null || s === "") return false;
  const up = s.toUpperCase();
  if (up === "TRUE") return true;
  if (up === "FALSE") return false;
  return new FormulaError("#VALUE!");
}

function compare(op: string, av: Value, bv: Value): boolean | FormulaError {
  let a = scalar(av);
  let b = scalar(bv);
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  // A blank compares as "" against text and 0 against numbers.
  if (a === null) a = typeof b === "number" ? 0 : typeof b === "boolean" ? false : "";
  if (b === null) b = typeof a === "number" ? 0 : typeof a === "boolean" ? false : "";
  const rank = (x: Scalar) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  let c: number;
  if (rank(a) !== rank(b)) c = rank(a) - rank(b);
  else if (typeof a === "string") c = a.toLowerCase().localeCompare(String(b).toLowerCase());
  else c = Number(a) - Number(b);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

function flatten(v: Value): Array<Scalar | FormulaError> {
  return Array.isArray(v) ? v.flat(2).map((x) => scalar(x as Value)) : [scalar(v)];
}

export function evaluate(node: Node, src: CellSource, sheet: string): Value {
  const ev = (n: Node) => evaluate(n, src, sheet);
  switch (node.t) {
    case "num":
    case "str":
    case "bool":
      return node.v;
    case "err":
      return new FormulaError(node.code);
    case "ref":
      return src.get(node.sheet ?? sheet, node.row, node.col);
    case "area": {
      const rows: Value[][] = [];
      for (let r = node.top; r <= node.bottom; r++) {
        const row: Value[] = [];
        for (let c = node.left; c <= node.right; c++) row.push(src.get(node.sheet ?? sheet, r, c));
        rows.push(row);
      }
      return rows;
    }
    case "un": {
      const v = toNumber(ev(node.a));
      return isErr(v) ? v : node.op === "-" ? -v : v;
    }
    case "bin": {
      const a = ev(node.a);
      const b = ev(node.b);
      if (node.op === "&") {
        const x = toText(a);
        const y = toText(b);
        return isErr(x) ? x : isErr(y) ? y : x + y;
      }
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) return compare(node.op, a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (isErr(x)) return x;
      if (isErr(y)) return y;
      if (node.op === "+") return x + y;
      if (node.op === "-") return x - y;
      if (node.op === "*") return x * y;
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    }
    case "call":
      return call(node.name, node.args, ev);
  }
}

function call(name: string, args: Node[], ev: (n: Node) => Value): Value {
  const arg = (i: number) => (args[i] ? ev(args[i]!) : null);
  switch (name) {
    case "IF": {
      const c = toBool(arg(0));
      if (isErr(c)) return c;
      return c ? (args.length > 1 ? arg(1) : true) : args.length > 2 ? arg(2) : false;
    }
    case "IFERROR": {
      const v = arg(0);
      return isErr(scalar(v) as Value) ? arg(1) : v;
    }
    case "AND":
    case "OR": {
      const vals = args.flatMap((a) => flatten(ev(a))).filter((v) => v !== null);
      const bools: boolean[] = [];
      for (const v of vals) {
        const b = toBool(v);
        if (isErr(b)) return b;
        bools.push(b);
      }
      return name === "AND" ? bools.every(Boolean) : bools.some(Boolean);
    }
    case "NOT": {
      const b = toBool(arg(0));
      return isErr(b) ? b : !b;
    }
    case "N": {
      const v = scalar(arg(0));
      return typeof v === "number" ? v : v === true ? 1 : 0;
    }
    case "ISNUMBER":
      return typeof scalar(arg(0)) === "number";
    case "ISTEXT":
      return typeof scalar(arg(0)) === "string" && scalar(arg(0)) !== "";
    case "ISBLANK":
      return scalar(arg(0)) === null;
    case "ISERROR":
      return isErr(scalar(arg(0)) as Value);
    case "INT": {
      const n = toNumber(arg(0));
      return isErr(n) ? n : Math.floor(n);
    }
    case "ROUND": {
      const n = toNumber(arg(0));
      const d = toNumber(arg(1));
      if (isErr(n)) return n;
      if (isErr(d)) return d;
      const f = 10 ** d;
      return Math.round(n * f) / f;
    }
    case "SUM":
    case "MIN":
    case "MAX":
    case "COUNT": {
      const nums = args.flatMap((a) => flatten(ev(a))).filter((v): v is number => typeof v === "number");
      if (name === "COUNT") return nums.length;
      if (name === "SUM") return nums.reduce((s, n) => s + n, 0);
      if (!nums.length) return 0;
      return name === "MIN" ? Math.min(...nums) : Math.max(...nums);
    }
    case "COUNTA":
      return args.flatMap((a) => flatten(ev(a))).filter((v) => v !== null && v !== "").length;
    case "LEN": {
      const t = toText(arg(0));
      return isErr(t) ? t : t.length;
    }
    case "UPPER":
    case "LOWER":
    case "TRIM": {
      const t = toText(arg(0));
      if (isErr(t)) return t;
      return name === "UPPER"
        ? t.toUpperCase()
        : name === "LOWER"
          ? t.toLowerCase()
          : t.trim().replace(/ +/g, " ");
    }
    case "CONCAT":
    case "CONCATENATE": {
      let out = "";
      for (const v of args.flatMap((a) => flatten(ev(a)))) {
        const t = toText(v);
        if (isErr(t)) return t;
        out += t;
      }
      return out;
    }
    case "EDATE":
      return edate(arg(0), arg(1));
    default:
      return new FormulaError("#NAME?");
  }
}

/**
 * EDATE(start_date, months): the serial of the date `months` months from start_date, the day clamped
 * to the month's last day (31 January + 1 → 28 or 29 February); months is truncated; a start date that
 * is not a number gives #VALUE! (support.microsoft.com, "EDATE function").
 */
function edate(start: Value, months: Value): Value {
  const s = scalar(start);
  if (typeof s !== "number") return isErr(s as Value) ? (s as Value) : new FormulaError("#VALUE!");
  const m = toNumber(months);
  if (isErr(m)) return m;
  if (s < 0) return new FormulaError("#NUM!");
  // Serials count days from 30 December 1899 (for dates after February 1900, as registers hold).
  const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(s) * 86400000);
  const y = day.getUTCFullYear();
  const target = day.getUTCMonth() + Math.trunc(m);
  const last = new Date(Date.UTC(y, target + 1, 0)).getUTCDate();
  const result = Date.UTC(y, target, Math.min(day.getUTCDate(), last));
  return Math.round((result - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A formula's result as Office.js reports it in `values`: errors become their text. */
export function resultToCell(v: Value): Scalar {
  const s = scalar(v);
  if (isErr(s)) return s.code;
  return s === null ? 0 : s;
}
