// Linking an action of the log as a risk's mitigation (issue 14, item 4): the risk's Mitigation cell gains
// a planned bullet naming the action, after the text it already has (kept as it is), and the action's
// Linked Risks cell names the risk. Two syncs to read (the settings and tables; the log and the risk
// registers), one for the due date as the log shows it (when the action has one), one to write both
// cells and the audit row.
import { rangeAddress } from "../domain/address";
import { asText, isBlank, MAX_CELL_CHARS } from "../domain/cellText";
import type { ColumnKey } from "../domain/columns";
import { displayDate } from "../domain/dates";
import { formatMitigations } from "../domain/mitigations";
import { normaliseActionNumber } from "../domain/minutesActions";
import { matchesFormat, numberKey, splitReferences } from "../domain/numbering";
import { recordsOf, type RegisterRecord } from "../domain/records";
import { registerMapping, type RegisterSnapshot } from "../domain/register";
import type { OngoingStyle } from "../domain/settings";
import { queueAudit, type AuditEntry } from "./audit";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import { findAction, readActionLog } from "./actionLog";
import type { ExcelHost } from "./host";
import { formatBeforeWrite } from "./layout";

/**
 * The words of the bullet: "Action SECP47/02 (SECAS, due 14 September 2017): SECAS to provide a paper…",
 * the action's text as the log holds it.
 */
export function actionBulletText(action: {
  number: string;
  owner?: string | null;
  due?: string | null;
  text: string;
}): string {
  const about = [action.owner?.trim(), action.due?.trim() ? `due ${action.due.trim()}` : ""].filter(Boolean);
  const text = action.text.replace(/\s+/g, " ").trim();
  return `Action ${action.number}${about.length ? ` (${about.join(", ")})` : ""}: ${text}`;
}

/** The bullet line as the risk register writes a planned action (its ongoing style: "◦ …" or "• … – Ongoing"). */
export function actionBullet(text: string, style: OngoingStyle): string {
  return formatMitigations([{ text, state: "planned" }], style);
}

/** Whether a risk's mitigations already name the action ("Action SECP47/02", any spacing or case). */
export function mentionsAction(mitigations: unknown, number: string): boolean {
  const key = normaliseActionNumber(number);
  const found = asText(mitigations).match(/\baction\s+([A-Za-z]{2,8}[ _]?\d{1,3}\s*\/\s*\d{1,3})/gi) ?? [];
  return found.some((m) => normaliseActionNumber(m.replace(/^action\s+/i, "")) === key);
}

export type LinkResult =
  | {
      status: "linked";
      message: string;
      /** The bullet added; null when the risk already had one naming the action (only the link was recorded). */
      bullet: string | null;
      riskId: string;
      actionNumber: string;
      syncs: number;
    }
  /** Nothing was written: the action or the risk is not there, or they are linked already. */
  | { status: "refused"; message: string }
  | { status: "failed"; message: string };

function columnOf(snapshot: RegisterSnapshot, key: ColumnKey): number | undefined {
  const i = registerMapping(snapshot.headers, snapshot.def).columns[key];
  return i === undefined ? undefined : snapshot.left + i;
}

function textCellWrite(snapshot: RegisterSnapshot, row: RegisterRecord, key: ColumnKey, value: string) {
  const col = columnOf(snapshot, key)!;
  const format = formatBeforeWrite(snapshot.def.kind, key, value) ?? "@";
  return queuedWrite(estimateBytes([[value]]) + 100, (context) => {
    const range = context.workbook.worksheets
      .getItem(snapshot.sheet)
      .getRange(rangeAddress({ top: row.sheetRow, bottom: row.sheetRow, left: col, right: col }));
    range.numberFormat = [[format]];
    range.values = [[value]];
  });
}

/**
 * The action's due date as the log shows it ("14 September 2017", or "September 2017" for a month):
 * one sync for the cell's text when the action has a due date (a serial alone does not say whether it
 * is a day or a month). Text that is not a date is given as it is.
 */
async function dueAsShown(host: ExcelHost, log: RegisterSnapshot, action: RegisterRecord): Promise<string> {
  const value = action.cells.dueDate ?? null;
  const col = columnOf(log, "dueDate");
  if (isBlank(value) || col === undefined) return "";
  if (typeof value !== "number") return displayDate(value);
  const shown = await host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(log.sheet)
      .getRange(rangeAddress({ top: action.sheetRow, bottom: action.sheetRow, left: col, right: col }));
    range.load("text");
    await context.sync();
    return String(range.text[0]?.[0] ?? "");
  });
  // A date the paper's way ("1 September 2017", "September 2017") as shown; any other display (a
  // host's short date) is printed the paper's way.
  return /^(\d{1,2} )?[A-Z][a-z]+ \d{4}$/.test(shown.trim()) ? shown.trim() : displayDate(value);
}

/**
 * Links action `actionNumber` as a mitigation of risk `riskKey` of register `riskRegisterId`. Refuses,
 * writing nothing, when either is not there or the risk's mitigations already name the action; when
 * the action already lists the risk (the minutes named it), only the bullet is added.
 */
export async function linkActionToRisk(
  host: ExcelHost,
  actionNumber: string,
  riskRegisterId: string,
  riskKey: string,
  now = new Date(),
): Promise<LinkResult> {
  let state;
  try {
    state = await readActionLog(host, true);
  } catch (e) {
    return {
      status: "failed",
      message: `Could not read the registers (${(e as Error).message}). Nothing was written; retrying is safe.`,
    };
  }
  const log = state.log;
  if (!log)
    return {
      status: "refused",
      message: state.def
        ? `${state.def.name} is not in this workbook yet: create or adopt it first.`
        : "The settings name no action log.",
    };
  const action = findAction(log, actionNumber);
  if (!action)
    return { status: "refused", message: `There is no action ${actionNumber} in ${log.def.name}.` };
  const riskDef = state.settings.registers.find((d) => d.id === riskRegisterId);
  const risks = state.risks.find((s) => s.def.id === riskRegisterId);
  if (!riskDef || riskDef.kind !== "risk")
    return { status: "refused", message: `The settings name no risk register "${riskRegisterId}".` };
  if (!risks)
    return {
      status: "refused",
      message: `${riskDef.name} is not in this workbook yet: create or adopt it first.`,
    };
  const key = numberKey(riskKey, riskDef.numberFormat);
  const risk = recordsOf(risks).find((r) => r.key !== null && r.key === key);
  if (!risk) return { status: "refused", message: `There is no risk ${riskKey} in ${riskDef.name}.` };
  const number = asText(action.cells.number).trim();
  const riskId = asText(risk.id);
  if (columnOf(risks, "mitigations") === undefined)
    return { status: "refused", message: `${riskDef.name} has no Mitigation column to add the action to.` };
  if (columnOf(log, "associatedRisks") === undefined)
    return {
      status: "refused",
      message: `${log.def.name} has no Linked Risks column to record the link in.`,
    };
  const linked = splitReferences(action.cells.associatedRisks);
  // "2" names Panel risk 2 and "OPSG-002" an OPSG risk: a reference counts in the register's own format.
  const listed = linked.some(
    (ref) => matchesFormat(ref, riskDef.numberFormat) && numberKey(ref, riskDef.numberFormat) === risk.key,
  );
  // Already a bullet of the risk: refused, unless the action does not name the risk yet (a link cut
  // short, or a bullet typed by hand), when only the action's Linked Risks is written.
  const mentioned = mentionsAction(risk.cells.mitigations, number);
  if (mentioned && listed)
    return {
      status: "refused",
      message: `Action ${number} is already a mitigation of ${riskDef.name} ${riskId}: nothing was added.`,
    };

  let due = "";
  try {
    if (!mentioned) due = await dueAsShown(host, log, action);
  } catch (e) {
    return {
      status: "failed",
      message: `Could not read the action's due date (${(e as Error).message}). Nothing was written; retrying is safe.`,
    };
  }
  const bulletText = actionBulletText({
    number,
    owner: asText(action.cells.owner),
    due,
    text: asText(action.cells.description),
  });
  const bullet = actionBullet(bulletText, riskDef.ongoingStyle);
  const before = asText(risk.cells.mitigations).replace(/\s+$/, "");
  const mitigations = before ? `${before}\n${bullet}` : bullet;
  if (mitigations.length > MAX_CELL_CHARS)
    return {
      status: "refused",
      message: `${riskDef.name} ${riskId}'s Mitigation cell would pass Excel's ${MAX_CELL_CHARS} characters.`,
    };
  const writes: PlannedWrite[] = [];
  const entry: AuditEntry = {
    action: "Link action to risk",
    register: riskDef.name,
    source: `Action ${number}`,
    target: `${riskDef.name} ${riskId}`,
    summary: mentioned
      ? `The risk's mitigations already named the action; the link recorded on ${number}.`
      : `Added as a planned mitigation: ${bulletText}`,
  };
  if (state.auditLog) writes.push(queuedWrite(2000, (context) => queueAudit(context, entry, now)));
  if (!mentioned) writes.push(textCellWrite(risks, risk, "mitigations", mitigations));
  if (!listed) {
    const current = asText(action.cells.associatedRisks).trim();
    writes.push(
      textCellWrite(log, action, "associatedRisks", isBlank(current) ? riskId : `${current}, ${riskId}`),
    );
  }
  let syncs = 0;
  try {
    syncs = await host.run((context) => applyWrites(context, writes));
  } catch (e) {
    return {
      status: "failed",
      message: `Linking stopped part way (${(e as Error).message}). Retrying is safe: the bullet is never added twice.`,
    };
  }
  return {
    status: "linked",
    message: mentioned
      ? `${riskDef.name} ${riskId}'s mitigations already named action ${number}; the link is now recorded on the action.`
      : `${riskDef.name} ${riskId} has a new planned mitigation: ${bulletText}`,
    bullet: mentioned ? null : bullet,
    riskId,
    actionNumber: number,
    syncs,
  };
}
