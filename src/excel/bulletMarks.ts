/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads: the caller syncs, then calls the returned reader. */
// Bullets marked "new this month" by hand live in cells of a very hidden sheet, one row a mark, beside the
// baselines: the register's cells keep their words, and a publish ends the month's marks.
import { rangeAddress } from "../domain/address";
import { marksInForce, withMark, type BulletMark } from "../domain/bulletMarks";
import { bulletIdentity } from "../domain/changes";
import { parseMitigations } from "../domain/mitigations";
import type { CellValue } from "../domain/register";
import { queueAuditOrCreate } from "./audit";
import { applyWrites, estimateBytes, queuedWrite } from "./batches";
import { queueBaselineExtent, queueBaselineIndex } from "./baselineStore";
import type { ExcelHost } from "./host";
import { AUDIT_SHEET, AUDIT_TABLE } from "./layout";
import { queueDirectoryRead } from "./readRegisters";

export const MARKS_SHEET = "RS Marks";
const HEADER = ["Register", "Key", "Bullet", "New", "Since", "Text"];

/** Queues the read of every stored mark (none when there is no marks sheet): part of another sync. */
export function queueMarksRead(context: Excel.RequestContext): () => BulletMark[] {
  const used = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  return () =>
    used.isNullObject
      ? []
      : (used.values as CellValue[][])
          .slice(1)
          .filter((r) => r[0] && r[1] && r[2])
          .map((r) => ({
            registerId: String(r[0]),
            key: String(r[1]),
            bullet: String(r[2]),
            isNew: String(r[3]).toUpperCase() === "TRUE",
            since: String(r[4] ?? ""),
            text: String(r[5] ?? ""),
          }));
}

export interface MarkRequest {
  registerId: string;
  registerName: string;
  /** The row's number key and its number as shown, e.g. "4". */
  key: string;
  id: string;
  /** The bullet's words (its marker and status note are not part of its identity). */
  text: string;
  /** True: red in the paper; false: not red; null: as the baseline says. */
  isNew: boolean | null;
}

/**
 * Marks bullets new (or not) this month: read the marks, the newest baseline and the audit log's place
 * (2 syncs), then rewrite the marks with an audit row (1 sync). The marks of an earlier month are dropped.
 */
export async function setBulletMarks(
  host: ExcelHost,
  requests: readonly MarkRequest[],
  now = new Date(),
): Promise<{ marks: BulletMark[] }> {
  return host.run(async (context) => {
    const stored = queueMarksRead(context);
    const extent = queueBaselineExtent(context);
    const directory = queueDirectoryRead(context);
    const sheet = context.workbook.worksheets.getItemOrNullObject(MARKS_SHEET);
    const auditSheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
    await context.sync();
    const index = queueBaselineIndex(context, extent());
    await context.sync();
    const since = index()[0]?.id ?? "";
    const storedRows = stored().length;
    let marks = marksInForce(stored(), since);
    for (const r of requests) {
      const bullet = parseMitigations(`• ${r.text}`)[0];
      if (!bullet) continue;
      marks = withMark(marks, {
        registerId: r.registerId,
        key: r.key,
        bullet: bulletIdentity(bullet),
        isNew: r.isNew,
        since,
        text: r.text,
      });
    }
    const rows = [
      HEADER,
      ...marks.map((m) => [m.registerId, m.key, m.bullet, m.isNew ? "TRUE" : "FALSE", m.since, m.text]),
    ];
    const exists = !sheet.isNullObject;
    const { tableNames } = directory();
    const said = requests
      .map(
        (r) =>
          `${r.registerName} ${r.id}: ${r.isNew === null ? "as the baseline" : r.isNew ? "new" : "not new"} (${r.text.slice(0, 60)})`,
      )
      .join("; ");
    await applyWrites(context, [
      queuedWrite(estimateBytes(rows) + 512, (c) => {
        const ws = exists
          ? c.workbook.worksheets.getItem(MARKS_SHEET)
          : c.workbook.worksheets.add(MARKS_SHEET);
        ws.visibility = "VeryHidden";
        const last = Math.max(rows.length, storedRows + 1) - 1;
        ws.getRange(rangeAddress({ top: 0, bottom: last, left: 0, right: HEADER.length - 1 })).clear(
          "Contents",
        );
        // Text format first: a bullet's words may start with "=".
        const at = ws.getRange(
          rangeAddress({ top: 0, bottom: rows.length - 1, left: 0, right: HEADER.length - 1 }),
        );
        at.numberFormat = rows.map((r) => r.map(() => "@"));
        at.values = rows;
      }),
      queuedWrite(512, (c) =>
        queueAuditOrCreate(
          c,
          tableNames.has(AUDIT_TABLE.toLowerCase()),
          !auditSheet.isNullObject,
          {
            action: "Mark new this month",
            register: [...new Set(requests.map((r) => r.registerName))].join(", "),
            target: since ? `since baseline ${since}` : "no baseline",
            summary: said,
          },
          now,
        ),
      ),
    ]);
    return { marks };
  });
}

/** One sync: the marks in force, given the newest baseline's id (null when none was published). */
export async function readMarks(host: ExcelHost, newestBaselineId: string | null): Promise<BulletMark[]> {
  return host.run(async (context) => {
    const read = queueMarksRead(context);
    await context.sync();
    return marksInForce(read(), newestBaselineId);
  });
}
