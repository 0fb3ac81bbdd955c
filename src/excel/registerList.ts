// Adding, renaming and removing registers: one read phase, the plan (src/domain/registerList.ts), then
// one write batch holding the settings, any new sheet and table, and the audit row. Removing a register
// only takes it out of the settings: its sheet, table and rows stay as they are.
import {
  planAddRegister,
  planRemoveRegister,
  planRenameRegister,
  type NewRegister,
  type WorkbookNames,
} from "../domain/registerList";
import { recordsOf } from "../domain/records";
import type { RegisterDefinition, Settings } from "../domain/settings";
import { exampleNumber } from "../domain/registerList";
import { queueAuditOrCreate, type AuditEntry } from "./audit";
import { isCutShortHeader, queueNewRegister, queueSheetUseRead } from "./createRegisters";
import type { ExcelHost } from "./host";
import { AUDIT_SHEET, AUDIT_TABLE, SETTINGS_SHEET } from "./layout";
import { queueDirectoryRead, readWorkbookState } from "./readRegisters";
import type { SettingsRead } from "./settingsStore";
import { queueSettingsWrite } from "./settingsStore";

export interface RegisterListing {
  settings: Settings;
  /** Which registers have their table in the workbook. */
  present: Record<string, boolean>;
  names: WorkbookNames;
}

export type RegisterChange =
  | { status: "done"; settings: Settings; message: string; syncs: number }
  /** The plan differs from the one shown (the sheet changed): nothing was written. */
  | { status: "replanned"; plan: AddPreview; message: string }
  | { status: "invalid"; errors: string[] }
  /** Someone changed the stored settings since the view loaded them: nothing was written. */
  | { status: "changed"; message: string; current: Settings }
  | { status: "failed"; message: string };

export interface AddPreview {
  def: RegisterDefinition;
  /** "create": a new (or blank) sheet gets the register's table; "adopt": the sheet holds data, left as it is. */
  action: "create" | "adopt";
  sheetExists: boolean;
  /** Where the existing sheet holds data. */
  used?: string;
  first: string;
}

const RESERVED = [SETTINGS_SHEET, AUDIT_SHEET];

interface Directory {
  read: SettingsRead;
  sheets: string[];
  tables: Set<string>;
}

async function readDirectory(context: Excel.RequestContext): Promise<Directory> {
  const directory = queueDirectoryRead(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const { settings, tableNames } = directory();
  return { read: settings, sheets: sheets.items.map((s) => s.name), tables: tableNames };
}

function namesOf(d: Directory): WorkbookNames {
  return { sheets: d.sheets, tables: [...d.tables], reserved: RESERVED };
}

/** One sync: the settings, the sheet and table names. */
export async function readRegisterList(host: ExcelHost): Promise<RegisterListing> {
  return host.run(async (context) => {
    const d = await readDirectory(context);
    const settings = d.read.settings;
    const present = Object.fromEntries(
      settings.registers.map((r) => [r.id, d.tables.has(r.table.toLowerCase())]),
    );
    return { settings, present, names: namesOf(d) };
  });
}

/** Refusals every change shares: settings that cannot be read, or that a co-author changed. */
function refusal(d: Directory, loaded: Settings | undefined): RegisterChange | null {
  if (d.read.state === "invalid")
    return {
      status: "invalid",
      errors: [
        `The stored settings cannot be read (${d.read.errors.join(" ")}). Nothing was changed: correct them first.`,
      ],
    };
  if (loaded && JSON.stringify(loaded) !== JSON.stringify(d.read.settings))
    return {
      status: "changed",
      message:
        "Someone changed the settings since you opened them. Nothing was written: the view now shows the stored settings; make your change again.",
      current: d.read.settings,
    };
  return null;
}

/** Queues the settings and the audit row: the last operations of every change's batch. */
function queueSettingsAndAudit(
  context: Excel.RequestContext,
  d: Directory,
  settings: Settings,
  entry: AuditEntry,
  now: Date,
) {
  const has = (name: string) => d.sheets.some((s) => s.toLowerCase() === name.toLowerCase());
  queueSettingsWrite(context, settings, has(SETTINGS_SHEET));
  queueAuditOrCreate(context, d.tables.has(AUDIT_TABLE.toLowerCase()), has(AUDIT_SHEET), entry, now);
}

type Planned = { preview: AddPreview; settings: Settings } | RegisterChange;

/** Reads (one sync, two when the sheet exists) and plans an addition. */
async function planAdd(
  context: Excel.RequestContext,
  input: NewRegister,
  loaded: Settings | undefined,
): Promise<{ d: Directory; planned: Planned }> {
  const d = await readDirectory(context);
  const refused = refusal(d, loaded);
  if (refused) return { d, planned: refused };
  const plan = planAddRegister(d.read.settings, input, namesOf(d));
  if (!plan.ok) return { d, planned: { status: "invalid", errors: plan.errors } };
  const def = plan.def;
  const sheetExists = d.sheets.some((s) => s.toLowerCase() === def.sheet.toLowerCase());
  let used: string | undefined;
  if (sheetExists) {
    const read = queueSheetUseRead(context, def);
    await context.sync();
    // A blank sheet, or one holding only the header a cut-short Create wrote, takes the table.
    if (!read.used.isNullObject && !isCutShortHeader(def, read.used, read.header.values[0] ?? []))
      used = read.used.address;
  }
  const preview: AddPreview = {
    def,
    action: used ? "adopt" : "create",
    sheetExists,
    ...(used ? { used } : {}),
    first: exampleNumber(def.numberFormat),
  };
  return { d, planned: { preview, settings: plan.settings } };
}

/** What adding would do, written nowhere: one or two syncs. */
export async function previewAddRegister(
  host: ExcelHost,
  input: NewRegister,
  loaded?: Settings,
): Promise<{ status: "plan"; preview: AddPreview } | Exclude<RegisterChange, { status: "done" }>> {
  return host.run(async (context) => {
    const { planned } = await planAdd(context, input, loaded);
    return "preview" in planned ? { status: "plan" as const, preview: planned.preview } : (planned as never);
  });
}

/**
 * Adds the register as previewed: re-reads (so a co-author's change is noticed), then one batch: the new
 * sheet and table through the layout Create registers uses, the settings, the audit row. Three syncs at most.
 */
export async function addRegister(
  host: ExcelHost,
  input: NewRegister,
  previewed: AddPreview | null,
  loaded?: Settings,
  now = new Date(),
): Promise<RegisterChange> {
  try {
    return await host.run(async (context) => {
      const { d, planned } = await planAdd(context, input, loaded);
      if (!("preview" in planned)) return planned;
      const { preview, settings } = planned;
      if (previewed && (previewed.action !== preview.action || previewed.def.table !== preview.def.table))
        return {
          status: "replanned" as const,
          plan: preview,
          message: `Sheet "${preview.def.sheet}" changed since the preview. Nothing was written: check the new plan and add again.`,
        };
      const def = preview.def;
      const entry: AuditEntry = {
        action: "Add register",
        register: def.name,
        summary: `${def.name}: ${def.role === "panel" ? "Panel" : "sub-committee"} ${def.kind} register on sheet "${def.sheet}" (table ${def.table}), numbered ${preview.first}…${preview.action === "adopt" ? "; the sheet holds data and is left as it is, to be adopted" : ""}`,
      };
      // The settings first: a batch cut short leaves the register defined, and Create registers (or
      // this retried) completes its sheet, recognising the header a cut-short run wrote.
      queueSettingsAndAudit(context, d, settings, entry, now);
      if (preview.action === "create") {
        queueNewRegister(context, def, settings, preview.sheetExists)();
        context.workbook.worksheets.getItem(def.sheet).activate();
      }
      await context.sync();
      const syncs = preview.sheetExists ? 3 : 2;
      return {
        status: "done" as const,
        settings,
        syncs,
        message:
          preview.action === "create"
            ? `${def.name} is on sheet "${def.sheet}" (table ${def.table}); its first risk is ${preview.first}.`
            : `${def.name} is defined. Sheet "${def.sheet}" holds data (${preview.used}) and was not changed: adopt it on the Registers tab (Adopt register, as ${def.name}).`,
      };
    });
  } catch (e) {
    return {
      status: "failed",
      message: `Adding the register stopped part way (${(e as Error).message}). Add it again, or if it is listed already, run Create registers: it completes the sheet.`,
    };
  }
}

async function writeChange(
  host: ExcelHost,
  loaded: Settings | undefined,
  plan: (
    d: Directory,
    settings: Settings,
  ) => Promise<
    { ok: true; settings: Settings; summary: string; register: string } | { ok: false; errors: string[] }
  >,
  action: string,
  now: Date,
  done: (settings: Settings) => string,
): Promise<RegisterChange> {
  try {
    return await host.run(async (context) => {
      const d = await readDirectory(context);
      const refused = refusal(d, loaded);
      if (refused) return refused;
      const p = await plan(d, d.read.settings);
      if (!p.ok) return { status: "invalid" as const, errors: p.errors };
      queueSettingsAndAudit(
        context,
        d,
        p.settings,
        { action, register: p.register, summary: p.summary },
        now,
      );
      await context.sync();
      return { status: "done" as const, settings: p.settings, message: done(p.settings), syncs: 2 };
    });
  } catch (e) {
    return {
      status: "failed",
      message: `The change stopped part way (${(e as Error).message}). Nothing needs undoing: make it again.`,
    };
  }
}

/**
 * A new name (and number format). Changing a sub-committee risk register's prefix is refused while a Panel
 * row names one of its risks, so the Panel's risk register is read too (two syncs more).
 */
export async function renameRegister(
  host: ExcelHost,
  id: string,
  change: { name: string; numberFormat: string },
  loaded?: Settings,
  now = new Date(),
): Promise<RegisterChange> {
  // Only a new number format needs the Panel's rows (the links name the old prefix).
  const stored = loaded?.registers.find((r) => r.id === id);
  const reformat = !stored || stored.numberFormat !== change.numberFormat.trim();
  const state = reformat ? await readWorkbookState(host) : null;
  const escalatedFrom = (state?.registers ?? [])
    .filter((s) => s.def.role === "panel" && s.def.kind === "risk")
    .flatMap((s) => recordsOf(s).map((r) => r.cells.escalatedFrom));
  return writeChange(
    host,
    loaded,
    async (_d, settings) => {
      const p = planRenameRegister(settings, id, change, escalatedFrom);
      return p.ok ? { ...p, register: change.name.trim() } : p;
    },
    "Rename register",
    now,
    (s) =>
      `${s.registers.find((r) => r.id === id)?.name ?? "The register"} saved: numbered ${exampleNumber(change.numberFormat)}…`,
  );
}

/** Takes the register out of the settings; its sheet, table and rows stay. Two syncs. */
export async function removeRegister(
  host: ExcelHost,
  id: string,
  loaded?: Settings,
  now = new Date(),
): Promise<RegisterChange> {
  let name = id;
  let sheet = "";
  return writeChange(
    host,
    loaded,
    async (_d, settings) => {
      const def = settings.registers.find((r) => r.id === id);
      name = def?.name ?? id;
      sheet = def?.sheet ?? "";
      const p = planRemoveRegister(settings, id);
      return p.ok ? { ...p, register: name } : p;
    },
    "Remove register",
    now,
    () =>
      `${name} is no longer in the settings. Sheet "${sheet}" and its rows are still in the workbook, unchanged; add the register again (same sheet) to adopt it back.`,
  );
}
