// Adding, renaming and removing registers, planned as pure data: what the settings become, or why not.
// The Excel side reads the workbook's names first and writes the plan in one batch.
import { sourceIdIn } from "./escalation";
import { formatActionNumber, formatNumber, isMinutesFormat } from "./numbering";
import { KINDS } from "./registerKinds";
import type { RegisterDefinition, RegisterKind, Settings } from "./settings";

export type RegisterRole = RegisterDefinition["role"];

export interface NewRegister {
  name: string;
  kind: RegisterKind;
  role: RegisterRole;
  sheet: string;
  numberFormat: string;
}

/** What the workbook already holds, lower-cased or not: compared without case, as Excel does. */
export interface WorkbookNames {
  sheets: readonly string[];
  tables: readonly string[];
  /** Sheets the add-in keeps for itself (settings, audit log). */
  reserved: readonly string[];
}

export const ROLE_LABELS: Record<RegisterRole, string> = {
  panel: "The Panel's",
  subcommittee: "A sub-committee's",
};
export const KIND_LABELS: Record<RegisterKind, string> = {
  risk: KINDS.risk.label,
  issue: KINDS.issue.label,
  action: KINDS.action.label,
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The register escalations go to, and the one Raise as issue goes to: the Panel's first of each kind. */
export function panelTarget(settings: Settings, kind: RegisterKind): RegisterDefinition | undefined {
  return settings.registers.find((r) => r.role === "panel" && r.kind === kind);
}

/** The number a register's first row gets: "TABASC-000" gives "TABASC-001". */
export function exampleNumber(format: string): string {
  const f = format.trim();
  return isMinutesFormat(f) ? formatActionNumber(1, 1, f) : formatNumber(1, f);
}

/** The first two numbers a format gives, as a person reads them: "TABASC-001, TABASC-002", "SECP01/01, SECP01/02". */
export function exampleNumbers(format: string): string {
  const f = format.trim();
  return isMinutesFormat(f)
    ? `${formatActionNumber(1, 1, f)}, ${formatActionNumber(1, 2, f)}`
    : `${formatNumber(1, f)}, ${formatNumber(2, f)}`;
}

/** The number format a new register of this kind is offered: "TABASC-000", or "TABASC00/00" for an action log. */
export function suggestedNumberFormat(prefix: string, kind: RegisterKind): string {
  if (!prefix) return "";
  return KINDS[kind].numbering === "minutes" ? `${prefix}00/00` : `${prefix}-000`;
}

/** The letters before a format's zeros: "TABASC-000" → "TABASC-". */
function prefixOf(format: string): string {
  return format.replace(/0+$/, "");
}

export function nameProblem(settings: Settings, name: string, exceptId?: string): string | null {
  const n = name.trim();
  if (!n) return "Give the register a name.";
  if (n.length > 60) return "A register's name is at most 60 characters.";
  if (settings.registers.some((r) => r.id !== exceptId && same(r.name, n)))
    return `There is already a register named "${n}".`;
  return null;
}

/**
 * A number format is a prefix and zeros. A sub-committee risk register needs a prefix of its own: the
 * Panel's rows name their source by it ("Escalated from TABASC-003"), so two registers cannot share one.
 */
export function numberFormatProblem(
  settings: Settings,
  format: string,
  kind: RegisterKind,
  role: RegisterRole,
  exceptId?: string,
): string | null {
  const f = format.trim();
  if (KINDS[kind].numbering === "minutes") {
    if (!isMinutesFormat(f))
      return 'An action log is numbered as the minutes number actions: a prefix, zeros for the meeting, "/" and zeros for the action, e.g. "SECP00/00" gives SECP47/02.';
    return f.length > 30 ? "A number format is at most 30 characters." : null;
  }
  if (!/^[^0]*0+$/.test(f))
    return 'A number format is an optional prefix followed by zeros: "0" gives 1, 2…; "TABASC-000" gives TABASC-001.';
  if (f.length > 30) return "A number format is at most 30 characters.";
  if (kind !== "risk" || role !== "subcommittee") return null;
  const prefix = prefixOf(f);
  if (!/[A-Za-z]/.test(prefix))
    return 'A sub-committee risk register\'s numbers need a prefix with letters, e.g. "TABASC-000", so a Panel risk can say where it came from.';
  const clash = settings.registers.find(
    (r) =>
      r.id !== exceptId &&
      r.kind === "risk" &&
      r.role === "subcommittee" &&
      prefixOf(r.numberFormat).toLowerCase() === prefix.toLowerCase(),
  );
  return clash ? `${clash.name} already numbers its risks "${prefix}…": choose another prefix.` : null;
}

/** Excel's rules for a sheet name, and no sheet the add-in keeps for itself. */
export function sheetProblem(settings: Settings, sheet: string, names: WorkbookNames): string | null {
  const s = sheet.trim();
  if (!s) return "Give the register's sheet a name.";
  if (s.length > 31) return "A sheet name is at most 31 characters.";
  if (/[[\]:*?/\\]/.test(s)) return "A sheet name cannot contain [ ] : * ? / or \\.";
  if (s.startsWith("'") || s.endsWith("'")) return "A sheet name cannot begin or end with an apostrophe.";
  if (same(s, "History")) return '"History" is a name Excel keeps for itself.';
  if (names.reserved.some((r) => same(r, s))) return `"${s}" is a sheet the add-in keeps for itself.`;
  const owner = settings.registers.find((r) => same(r.sheet, s));
  if (owner) return `Sheet "${s}" is already ${owner.name}'s.`;
  return null;
}

/** "TABASC risks" → "tabascRisks": letters and digits, starting with a letter, unused. */
function uniqueId(settings: Settings, name: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join("");
  const base = /^[A-Za-z]/.test(camel) ? camel.slice(0, 40) : `register${camel}`.slice(0, 40);
  let id = base;
  for (let n = 2; settings.registers.some((r) => same(r.id, id)); n++) id = `${base}${n}`;
  return id;
}

/** "TABASC risks" → "TABASCRisks": a table name Excel accepts (never like a cell address), unused. */
function uniqueTable(settings: Settings, name: string, tables: readonly string[]): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  let base = words
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("")
    .slice(0, 60);
  if (!/^[A-Za-z]/.test(base)) base = `Register${base}`;
  // "TAB1" or "R1C1" would read as a cell address, which Excel refuses as a table name.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RC]\d*([RC]\d*)?$/i.test(base)) base = `${base}_Register`;
  const taken = (t: string) =>
    tables.some((x) => same(x, t)) || settings.registers.some((r) => same(r.table, t));
  let table = base;
  for (let n = 2; taken(table); n++) table = `${base}${n}`;
  return table;
}

export type AddPlan =
  { ok: true; def: RegisterDefinition; settings: Settings } | { ok: false; errors: string[] };

/** The new register's definition and the settings with it, or every reason it cannot be added. */
export function planAddRegister(settings: Settings, input: NewRegister, names: WorkbookNames): AddPlan {
  const errors = [
    nameProblem(settings, input.name),
    sheetProblem(settings, input.sheet, names),
    numberFormatProblem(settings, input.numberFormat, input.kind, input.role),
  ].filter((e): e is string => e !== null);
  if (errors.length) return { ok: false, errors };
  const name = input.name.trim();
  const def: RegisterDefinition = {
    id: uniqueId(settings, name),
    name,
    kind: input.kind,
    role: input.role,
    sheet: input.sheet.trim(),
    table: uniqueTable(settings, name, names.tables),
    numberFormat: input.numberFormat.trim(),
    // The papers' ways: the Panel's keep the words and mark the bullet; sub-committees append "– Ongoing".
    ongoingStyle: input.role === "panel" ? "italics" : "suffix",
  };
  return { ok: true, def, settings: { ...settings, registers: [...settings.registers, def] } };
}

export type ChangePlan = { ok: true; settings: Settings; summary: string } | { ok: false; errors: string[] };

/**
 * A new name and number format for a register. A sub-committee risk register's prefix is how the Panel's
 * rows name their source: it stays while any Panel row names one of its risks (`escalatedFrom`).
 */
export function planRenameRegister(
  settings: Settings,
  id: string,
  change: { name: string; numberFormat: string },
  escalatedFrom: readonly unknown[] = [],
): ChangePlan {
  const def = settings.registers.find((r) => r.id === id);
  if (!def) return { ok: false, errors: [`There is no register "${id}" in the settings.`] };
  const format = change.numberFormat.trim();
  const errors = [
    nameProblem(settings, change.name, id),
    numberFormatProblem(settings, format, def.kind, def.role, id),
  ].filter((e): e is string => e !== null);
  if (
    !errors.length &&
    def.kind === "risk" &&
    def.role === "subcommittee" &&
    prefixOf(format).toLowerCase() !== prefixOf(def.numberFormat).toLowerCase()
  ) {
    const linked = escalatedFrom.filter((t) => sourceIdIn(t, def.numberFormat) !== null).length;
    if (linked)
      errors.push(
        `${linked} Panel risk(s) say they were escalated from ${prefixOf(def.numberFormat)}… risks: a new prefix would break those links. Keep the prefix "${prefixOf(def.numberFormat)}".`,
      );
  }
  if (errors.length) return { ok: false, errors };
  const next = { ...def, name: change.name.trim(), numberFormat: format };
  const parts = [
    next.name !== def.name ? `renamed ${def.name} → ${next.name}` : "",
    next.numberFormat !== def.numberFormat ? `number format ${def.numberFormat} → ${next.numberFormat}` : "",
  ].filter(Boolean);
  return {
    ok: true,
    settings: { ...settings, registers: settings.registers.map((r) => (r.id === id ? next : r)) },
    summary: parts.join("; ") || "no change",
  };
}

/** Why a register cannot be removed, or null. */
export function removalProblem(settings: Settings, id: string): string | null {
  const def = settings.registers.find((r) => r.id === id);
  if (!def) return `There is no register "${id}" in the settings.`;
  if (def.role === "panel" && def.kind === "risk") {
    if (!settings.registers.some((r) => r.id !== id && r.role === "panel" && r.kind === "risk"))
      return `${def.name} is the Panel's only risk register: the Panel needs one. Add another Panel risk register first.`;
  }
  for (const kind of ["risk", "issue"] as const)
    if (panelTarget(settings, kind)?.id === id)
      return kind === "risk"
        ? `${def.name} receives every escalation (it is the Panel's first risk register), so it cannot be removed.`
        : `${def.name} receives every risk raised as an issue (it is the Panel's first issue register), so it cannot be removed.`;
  return null;
}

/** The settings without the register. Its sheet and rows stay in the workbook, untouched. */
export function planRemoveRegister(settings: Settings, id: string): ChangePlan {
  const problem = removalProblem(settings, id);
  if (problem) return { ok: false, errors: [problem] };
  const def = settings.registers.find((r) => r.id === id)!;
  return {
    ok: true,
    settings: { ...settings, registers: settings.registers.filter((r) => r.id !== id) },
    summary: `removed ${def.name} from the settings; sheet "${def.sheet}" and its rows kept`,
  };
}
