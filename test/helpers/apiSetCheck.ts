// Static check of requirement sets: every Office.js member that src/excel and src/commands use must be
// within the manifest's minimum, or provably used only where the host was asked for it.
//
// How it works. The TypeScript compiler resolves each property access, method call and object-literal
// property (e.g. `textRuns` in setCellProperties' argument) to its declaration; if that declaration is in
// @types/office-js, its JSDoc "[Api set: NAME X.Y]" gives the set the member needs. For a write
// (`ws.visibility = …`) the "X.Y for set/setting" form of the note is used when there is one; for a call,
// the overload the compiler chose. Members whose JSDoc names no set are not checked, nor the members of a
// data shape (an interface such as CellPropertiesFont) that need no more than the shape itself.
//
// A use above the manifest's <Requirements> (or of a set the manifest does not name) counts as guarded
// only in these shapes, where the guard G is `….isSetSupported("NAME", "V")` with V ≥ the need, or a
// `const` whose initialiser is such a guard (followed through `const`s) or is `G ? value : null`, or
// `A && B` where A or B is a guard, or `A || B` where both are:
//   - `if (G) <use>`, `if (!G) … else <use>`;
//   - `G ? <use> : …`, `!G ? … : <use>`, `G && <use>`, `!G || <use>`;
//   - an early exit before the use in the same block: `if (!G) return …;` / `throw …;`;
//   - inside a callback (arrow or function expression) that is itself created in one of those places;
//   - inside a named function (a function declaration, or an arrow or function bound to a `const`) whose
//     every reference in src/ is a direct call that is itself guarded (checked recursively);
//   - inside a contract object literal whose `requires: { set: "NAME", version: "V" }` covers the need
//     (the Diagnostics runner, src/excel/diagnostics.ts, runs a contract only when it is supported);
//   - a reviewed annotation, for a case the analysis cannot follow: a line comment
//     `// api-set-guard: NAME V <why it holds>` on the line of the use, or directly above the statement
//     or the function that contains it. The reason is required.
// A parameter counts as a guard when every call of its (named) function passes a guard or `false`.
// Sets of other hosts (Mailbox, WordApi, PowerPointApi, OneNoteApi…) tag Common API members for those
// hosts only and are not checked. Anything else fails, naming file:line, the member and its set.
// `x["member"]` is checked like `x.member`; members taken by destructuring (`const { pageLayout } = ws`)
// are not followed: write them with a dot.
import { readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";

export interface Finding {
  file: string;
  line: number;
  member: string;
  set: string;
  version: string;
}

export interface Requirement {
  set: string;
  version: string;
}

/** The requirement sets manifest.xml asks for: each <Set>'s MinVersion, or the <Sets> DefaultMinVersion. */
export function manifestMinimums(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const sets = /<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(block);
  if (!sets) return out;
  const fallback = /DefaultMinVersion="([^"]+)"/.exec(sets[1]!)?.[1] ?? "1.1";
  for (const m of sets[2]!.matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(m[1]!)?.[1];
    if (name) out.set(name, /MinVersion="([^"]+)"/.exec(m[1]!)?.[1] ?? fallback);
  }
  return out;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

const covers = (have: Requirement, need: Requirement) =>
  have.set === need.set && compareVersions(have.version, need.version) >= 0;

const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)([^\]]*)\]/;
const ANNOTATION = /api-set-guard:\s*([A-Za-z]+)\s+(\d+(?:\.\d+)*)\s+(\S.*)$/;

function isOfficeDeclaration(d: ts.Declaration) {
  return d.getSourceFile().fileName.includes(`@types${"/"}office-js${"/"}`);
}

/** The set a declaration's JSDoc names; for a write, the "X.Y for set(ting)" version if it gives one. */
function declaredSet(d: ts.Declaration, write: boolean): Requirement | null {
  const sf = d.getSourceFile();
  const comments = sf.text.slice(d.getFullStart(), d.getStart(sf));
  const m = API_SET.exec(comments);
  if (!m) return null;
  let version = m[2]!;
  if (write) {
    const setter = /(\d+(?:\.\d+)+) for set/.exec(m[3]!);
    if (setter) version = setter[1]!;
  }
  return { set: m[1]!, version };
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

export interface CheckOptions {
  /** Files to check (absolute paths, in the program). */
  files: string[];
  /** Where references to a function count as its callers (an absolute directory). */
  callerRoot: string;
  minimums: Map<string, string>;
  /** Paths in findings are made relative to this. */
  root: string;
}

/** One program (parsing @types/office-js is the slow part), checked as many times as needed. */
export function apiSetChecker(programFiles: string[], compilerOptions: ts.CompilerOptions) {
  const program = ts.createProgram(programFiles, { ...compilerOptions, noEmit: true });
  return (options: CheckOptions) => checkApiSets(program, options);
}

function checkApiSets(program: ts.Program, options: CheckOptions): Finding[] {
  const checker = program.getTypeChecker();
  const callerFiles = program
    .getSourceFiles()
    .filter(
      (f) =>
        !f.isDeclarationFile &&
        !f.fileName.includes("node_modules") &&
        f.fileName.startsWith(options.callerRoot.split(sep).join("/")),
    );
  const findings: Finding[] = [];

  // ---- guards -------------------------------------------------------------------------------
  const impliesCache = new Map<ts.Node, Requirement[]>();
  /** The requirements a condition being true proves. */
  function proves(e: ts.Expression, depth = 0): Requirement[] {
    e = unwrap(e);
    const hit = impliesCache.get(e);
    if (hit) return hit;
    let out: Requirement[] = [];
    if (ts.isCallExpression(e)) {
      const callee = unwrap(e.expression);
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      const [a, b] = e.arguments;
      if (name === "isSetSupported" && a && b && ts.isStringLiteralLike(a) && ts.isStringLiteralLike(b))
        out = [{ set: a.text, version: b.text }];
    } else if (ts.isIdentifier(e) && depth < 5) {
      const init = constInitialiser(e);
      if (init) out = proves(init, depth + 1);
      else out = parameterProves(e, depth + 1);
    } else if (ts.isConditionalExpression(e) && isFalsy(e.whenFalse)) {
      // `G ? proxy : null` is truthy only when G held.
      out = proves(e.condition, depth);
    } else if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken)
        out = [...proves(e.left, depth), ...proves(e.right, depth)];
      else if (op === ts.SyntaxKind.BarBarToken) {
        const l = proves(e.left, depth);
        const r = proves(e.right, depth);
        out = l.filter((x) => r.some((y) => covers(y, x)));
      }
    }
    impliesCache.set(e, out);
    return out;
  }
  function isFalsy(e: ts.Expression) {
    e = unwrap(e);
    return (
      e.kind === ts.SyntaxKind.NullKeyword ||
      e.kind === ts.SyntaxKind.FalseKeyword ||
      (ts.isIdentifier(e) && e.text === "undefined")
    );
  }
  /**
   * A parameter of a named function proves what every call's argument proves (a literal `false` proves
   * anything, as the parameter is then never true).
   */
  function parameterProves(id: ts.Identifier, depth: number): Requirement[] {
    const d = checker.getSymbolAtLocation(id)?.valueDeclaration;
    if (!d || !ts.isParameter(d) || !ts.isFunctionLike(d.parent)) return [];
    const index = d.parent.parameters.indexOf(d);
    const fn = namedFunction(d.parent as ts.FunctionLikeDeclaration);
    const refs = fn ? references(fn) : [];
    if (!refs.length) return [];
    let common: Requirement[] | null = null;
    for (const r of refs) {
      const call = r.parent;
      if (!ts.isCallExpression(call) || call.expression !== r) return [];
      const arg = call.arguments[index];
      if (!arg) return [];
      if (unwrap(arg).kind === ts.SyntaxKind.FalseKeyword) continue;
      const got = proves(arg, depth);
      common = common ? common.filter((x) => got.some((y) => covers(y, x))) : got;
    }
    return common ?? [];
  }
  /** The requirements a condition being false proves (`!G` is false exactly when G holds). */
  function provesWhenFalse(e: ts.Expression): Requirement[] {
    e = unwrap(e);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return proves(e.operand);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      return [...provesWhenFalse(e.left), ...provesWhenFalse(e.right)];
    return [];
  }
  function constInitialiser(id: ts.Identifier): ts.Expression | null {
    const sym = checker.getSymbolAtLocation(id);
    const d = sym?.valueDeclaration;
    if (
      d &&
      ts.isVariableDeclaration(d) &&
      d.initializer &&
      ts.isVariableDeclarationList(d.parent) &&
      d.parent.flags & ts.NodeFlags.Const
    )
      return d.initializer;
    return null;
  }

  function annotated(node: ts.Node): Requirement | null {
    const sf = node.getSourceFile();
    const lines = sf.text.split("\n");
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    const onLine = /\/\/(.*)$/.exec(lines[line] ?? "")?.[1];
    const read = (text: string | undefined) => {
      const m = text ? ANNOTATION.exec(text.trim()) : null;
      return m ? { set: m[1]!, version: m[2]! } : null;
    };
    return read(onLine);
  }
  function leadingAnnotation(node: ts.Node): Requirement | null {
    const sf = node.getSourceFile();
    for (const c of ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? []) {
      const text = sf.text.slice(c.pos, c.end).replace(/^\/\/|^\/\*|\*\/$/g, "");
      const m = ANNOTATION.exec(text.trim());
      if (m) return { set: m[1]!, version: m[2]! };
    }
    return null;
  }

  /** Whether `need` is proven wherever `node` runs. */
  function guarded(node: ts.Node, need: Requirement, visiting: Set<ts.Node>): boolean {
    const line = annotated(node);
    if (line && covers(line, need)) return true;
    let child: ts.Node = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
      if (ts.isIfStatement(p)) {
        if (child === p.thenStatement && proves(p.expression).some((h) => covers(h, need))) return true;
        if (child === p.elseStatement && provesWhenFalse(p.expression).some((h) => covers(h, need)))
          return true;
      } else if (ts.isConditionalExpression(p)) {
        if (child === p.whenTrue && proves(p.condition).some((h) => covers(h, need))) return true;
        if (child === p.whenFalse && provesWhenFalse(p.condition).some((h) => covers(h, need))) return true;
      } else if (ts.isBinaryExpression(p) && child === p.right) {
        const op = p.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken && proves(p.left).some((h) => covers(h, need)))
          return true;
        if (op === ts.SyntaxKind.BarBarToken && provesWhenFalse(p.left).some((h) => covers(h, need)))
          return true;
      } else if (ts.isBlock(p) || ts.isSourceFile(p) || ts.isCaseClause(p) || ts.isDefaultClause(p)) {
        // An early exit before this statement: `if (!G) return;`
        const statements = p.statements as ts.NodeArray<ts.Statement>;
        for (const s of statements) {
          if (s === child) break;
          if (
            ts.isIfStatement(s) &&
            !s.elseStatement &&
            exits(s.thenStatement) &&
            provesWhenFalse(s.expression).some((h) => covers(h, need))
          )
            return true;
        }
      } else if (ts.isObjectLiteralExpression(p)) {
        const req = contractRequires(p);
        if (req && covers(req, need)) return true;
      }
      if (ts.isStatement(p) || ts.isFunctionLike(p)) {
        const a = leadingAnnotation(p);
        if (a && covers(a, need)) return true;
      }
      if (ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isArrowFunction(p)) {
        const named = namedFunction(p);
        if (named) return callersGuarded(named, need, visiting);
        // A callback: it exists only where it was created, so keep looking outwards.
      } else if (ts.isMethodDeclaration(p) || ts.isConstructorDeclaration(p) || ts.isAccessor(p)) {
        // A method runs whenever its object's owner calls it; only a contract's `requires` says when.
        const req = ts.isObjectLiteralExpression(p.parent) ? contractRequires(p.parent) : null;
        return !!req && covers(req, need);
      }
    }
    return false;
  }
  function exits(s: ts.Statement): boolean {
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
    if (ts.isBlock(s)) {
      const last = s.statements[s.statements.length - 1];
      return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
    }
    return false;
  }
  /** `requires: { set: "ExcelApi", version: "1.9" }` on a contract (src/excel/contracts/contract.ts). */
  function contractRequires(o: ts.ObjectLiteralExpression): Requirement | null {
    const type = checker.getContextualType(o);
    if (!type || type.getSymbol()?.getName() !== "Contract") return null;
    for (const p of o.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || p.name.text !== "requires") continue;
      const v = unwrap(p.initializer);
      if (!ts.isObjectLiteralExpression(v)) return null;
      const field = (n: string) => {
        const f = v.properties.find(
          (x) => ts.isPropertyAssignment(x) && ts.isIdentifier(x.name) && x.name.text === n,
        );
        return f && ts.isPropertyAssignment(f) && ts.isStringLiteralLike(f.initializer)
          ? f.initializer.text
          : null;
      };
      const set = field("set");
      const version = field("version");
      return set && version ? { set, version } : null;
    }
    return null;
  }
  /** The symbol of a function declaration, or of the `const` an arrow/function expression is bound to. */
  function namedFunction(f: ts.FunctionLikeDeclaration): ts.Symbol | null {
    if (ts.isFunctionDeclaration(f) && f.name) return checker.getSymbolAtLocation(f.name) ?? null;
    const p = f.parent;
    if (p && ts.isVariableDeclaration(p) && p.initializer === f && ts.isIdentifier(p.name))
      return checker.getSymbolAtLocation(p.name) ?? null;
    return null;
  }
  const referencesCache = new Map<ts.Symbol, ts.Identifier[]>();
  function references(sym: ts.Symbol): ts.Identifier[] {
    const hit = referencesCache.get(sym);
    if (hit) return hit;
    const out: ts.Identifier[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && n.text === sym.getName()) {
        let s = checker.getSymbolAtLocation(n);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        if (s === sym && !isDeclarationName(n)) out.push(n);
      }
      ts.forEachChild(n, visit);
    };
    for (const f of callerFiles) visit(f);
    referencesCache.set(sym, out);
    return out;
  }
  function isDeclarationName(n: ts.Identifier) {
    const p = n.parent;
    return (
      ((ts.isFunctionDeclaration(p) || ts.isVariableDeclaration(p)) && p.name === n) ||
      ts.isImportSpecifier(p) ||
      ts.isImportClause(p) ||
      ts.isExportSpecifier(p)
    );
  }
  function callersGuarded(sym: ts.Symbol, need: Requirement, visiting: Set<ts.Node>): boolean {
    const decl = sym.valueDeclaration ?? sym.declarations?.[0];
    if (!decl || visiting.has(decl)) return false;
    visiting.add(decl);
    try {
      const refs = references(sym);
      if (!refs.length) return false;
      return refs.every(
        (r) =>
          ts.isCallExpression(r.parent) && r.parent.expression === r && guarded(r.parent, need, visiting),
      );
    } finally {
      visiting.delete(decl);
    }
  }

  // ---- uses -----------------------------------------------------------------------------------
  function needOf(node: ts.Node, write: boolean): { member: string; need: Requirement } | null {
    let decls: readonly ts.Declaration[] = [];
    let member = "";
    if (ts.isPropertyAccessExpression(node)) {
      member = node.name.text;
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node) {
        const d = checker.getResolvedSignature(call)?.getDeclaration();
        if (d) decls = [d];
      }
      if (!decls.length) decls = checker.getSymbolAtLocation(node.name)?.declarations ?? [];
      const owner = checker.getTypeAtLocation(node.expression).getSymbol()?.getName();
      if (owner && owner !== "__object") member = `${owner}.${member}`;
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      // `range["setCellProperties"]`: the same member by another spelling.
      member = node.argumentExpression.text;
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node) {
        const d = checker.getResolvedSignature(call)?.getDeclaration();
        if (d) decls = [d];
      }
      if (!decls.length) decls = checker.getSymbolAtLocation(node.argumentExpression)?.declarations ?? [];
      const owner = checker.getTypeAtLocation(node.expression).getSymbol()?.getName();
      if (owner && owner !== "__object") member = `${owner}.${member}`;
    } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const name = node.name;
      if (!ts.isIdentifier(name) && !ts.isStringLiteral(name)) return null;
      member = name.text;
      const type = checker.getContextualType(node.parent as ts.ObjectLiteralExpression);
      if (!type) return null;
      const types = type.isUnion() ? type.types : [type];
      for (const t of types) {
        const prop = checker.getPropertyOfType(t, name.text);
        if (prop?.declarations) decls = [...decls, ...prop.declarations];
      }
      const owner = types[0]?.getSymbol()?.getName();
      if (owner) member = `${owner}.${member}`;
    } else return null;
    let best: Requirement | null = null;
    for (const d of decls) {
      if (!isOfficeDeclaration(d)) continue;
      const r = declaredSet(d, write);
      // A data shape's (an interface's) own members, like `format` in SettableCellProperties (1.9), are
      // usable only through the member that takes or gives the shape, which is checked; a member newer
      // than its shape (`textRuns`, 1.18; WorksheetChangedEventArgs.triggerSource, 1.14) is checked here.
      if (r && ts.isInterfaceDeclaration(d.parent)) {
        const shape = declaredSet(d.parent, false);
        if (shape && shape.set === r.set && compareVersions(r.version, shape.version) <= 0) continue;
      }
      if (r && (!best || (r.set === best.set && compareVersions(r.version, best.version) < 0))) best = r;
    }
    return best ? { member, need: best } : null;
  }
  /** Sets of other hosts (a Common API member tagged "Mailbox 1.3" documents Outlook) are not checked. */
  const otherHost = /^(Mailbox|WordApi|PowerPointApi|OneNoteApi|VisioApi|ProjectApi)/;
  const aboveMinimum = (need: Requirement) => {
    if (otherHost.test(need.set)) return false;
    const min = options.minimums.get(need.set);
    return !min || compareVersions(need.version, min) > 0;
  };

  for (const file of options.files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      const write =
        !!node.parent &&
        ts.isBinaryExpression(node.parent) &&
        node.parent.left === node &&
        node.parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
      const use = needOf(node, write);
      if (use && aboveMinimum(use.need) && !guarded(node, use.need, new Set())) {
        findings.push({
          file: relative(options.root, sf.fileName).split(sep).join("/"),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          member: use.member,
          set: use.need.set,
          version: use.need.version,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

/** The project's compiler options, from tsconfig.json. */
export function projectCompilerOptions(root: string): ts.CompilerOptions {
  const path = join(root, "tsconfig.json");
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(path, (p) => readFileSync(p, "utf8")).config,
    ts.sys,
    dirname(path),
  );
  return parsed.options;
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} ${f.member} needs ${f.set} ${f.version}`;
}
