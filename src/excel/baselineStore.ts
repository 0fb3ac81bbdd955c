/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads: the caller syncs, then calls the returned reader. */
// Baselines live in cells of a hidden sheet: one row per chunk of a baseline's JSON (id, date, label,
// chunk n of m, text), so they survive saving and co-authoring on every platform.
import { rangeAddress } from "../domain/address";
import { decodeBaseline, encodeBaseline, makeBaseline, type Baseline } from "../domain/baseline";
import type { CellValue } from "../domain/register";
import { queueAuditOrCreate } from "./audit";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import type { ExcelHost } from "./host";
import { isTooLarge } from "./readGrid";
import { AUDIT_SHEET, AUDIT_TABLE } from "./layout";
import { readRegisters, queueDirectoryRead } from "./readRegisters";

export const BASELINE_SHEET = "RS Baselines";
const HEADER = ["Baseline", "Published", "Label", "Chunk", "Of", "Text"];

export interface BaselineInfo {
  id: string;
  publishedAt: string;
  label: string;
  /** 0-based sheet rows of its chunks, in order. */
  rows: number[];
}

/** Queues the read of how many rows the baselines sheet has (0 when there is no such sheet). */
export function queueBaselineExtent(context: Excel.RequestContext): () => number {
  const used = context.workbook.worksheets.getItemOrNullObject(BASELINE_SHEET).getUsedRangeOrNullObject(true);
  used.load("rowIndex, rowCount");
  return () => (used.isNullObject ? 0 : used.rowIndex + used.rowCount);
}

/** Queues the read of the baselines' index: columns A:E only, so the text stays in the workbook. */
export function queueBaselineIndex(context: Excel.RequestContext, rows: number): () => BaselineInfo[] {
  if (rows <= 1) return () => [];
  const index = context.workbook.worksheets.getItem(BASELINE_SHEET).getRange(`A1:E${rows}`);
  index.load("values");
  return () => {
    const byId = new Map<string, BaselineInfo & { chunks: Array<[number, number]>; of: number }>();
    (index.values as CellValue[][]).forEach((row, sheetRow) => {
      if (sheetRow === 0 || !row[0]) return;
      const id = String(row[0]);
      let info = byId.get(id);
      if (!info)
        byId.set(
          id,
          (info = {
            id,
            publishedAt: String(row[1]),
            label: String(row[2]),
            rows: [],
            chunks: [],
            of: Number(row[4]),
          }),
        );
      info.chunks.push([Number(row[3]), sheetRow]);
    });
    // A baseline whose chunks do not add up was cut short by a failed publish: it is left out.
    return [...byId.values()]
      .filter((b) => b.chunks.length === b.of)
      .map(({ chunks, of: _of, ...info }) => ({
        ...info,
        rows: chunks.sort((a, b) => a[0] - b[0]).map(([, r]) => r),
      }))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  };
}

/** Queues the read of one baseline's chunks (rows known from the index). */
export function queueBaselineRead(
  context: Excel.RequestContext,
  info: BaselineInfo,
): () => { ok: true; baseline: Baseline } | { ok: false; error: string } {
  const first = Math.min(...info.rows);
  const last = Math.max(...info.rows);
  const range = context.workbook.worksheets
    .getItem(BASELINE_SHEET)
    .getRange(rangeAddress({ top: first, bottom: last, left: 5, right: 5 }));
  range.load("values");
  return () =>
    decodeBaseline(info.rows.map((r) => String((range.values as CellValue[][])[r - first]?.[0] ?? "")));
}

/** Reads a baseline's chunks: one sync, or windows of chunk rows past the 5 MB response limit. */
export async function readBaselineChunks(
  context: Excel.RequestContext,
  info: BaselineInfo,
): Promise<{ ok: true; baseline: Baseline } | { ok: false; error: string }> {
  const read = queueBaselineRead(context, info);
  try {
    await context.sync();
    return read();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
  }
  // About 30,000 characters a chunk: 100 chunks a window stays near 3 MB.
  const texts: string[] = [];
  for (let i = 0; i < info.rows.length; i += 100) {
    const rows = info.rows.slice(i, i + 100);
    const range = context.workbook.worksheets
      .getItem(BASELINE_SHEET)
      .getRange(rangeAddress({ top: Math.min(...rows), bottom: Math.max(...rows), left: 5, right: 5 }));
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only baselines over 5 MB come here
    await context.sync();
    const first = Math.min(...rows);
    for (const r of rows) texts.push(String((range.values as CellValue[][])[r - first]?.[0] ?? ""));
  }
  return decodeBaseline(texts);
}

/** Two syncs: the list of published baselines, newest first. */
export async function listBaselines(host: ExcelHost): Promise<BaselineInfo[]> {
  return host.run(async (context) => {
    const extent = queueBaselineExtent(context);
    await context.sync();
    const read = queueBaselineIndex(context, extent());
    await context.sync();
    return read();
  });
}

export type PublishResult =
  { status: "published"; baseline: Baseline; rows: number } | { status: "failed"; message: string };

/**
 * "Publish this month's registers": find where the baseline goes (1–2 syncs), read every register
 * (1 sync), write it and an audit row (1 sync, more only past 4.5 MB of text). Earlier baselines stay.
 */
export async function publishBaseline(host: ExcelHost, now = new Date()): Promise<PublishResult> {
  return host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    const extent = queueBaselineExtent(context);
    const sheet = context.workbook.worksheets.getItemOrNullObject(BASELINE_SHEET);
    const auditSheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
    await context.sync();
    const rows = extent();
    const index = queueBaselineIndex(context, rows);
    if (rows > 1) await context.sync();
    const { settings, tableNames } = directory();
    const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
    if (!present.length)
      return { status: "failed", message: "There are no registers to publish: create or adopt them first." };
    const registers = await readRegisters(host, present);
    const exists = !sheet.isNullObject;
    const start = Math.max(1, rows);
    // The id names the rows it starts at, so a retry after a cut-short publish never mixes with it.
    const baseline = {
      ...makeBaseline(registers, settings.settings, now),
      id: `${now.toISOString()}/${start + 1}`,
    };
    if (index().some((b) => b.id === baseline.id))
      return { status: "failed", message: "A baseline was published at this very moment; try again." };
    const chunks = encodeBaseline(baseline);
    const writes: PlannedWrite[] = [];
    writes.push(
      queuedWrite(256, (c) => {
        const ws = exists
          ? c.workbook.worksheets.getItem(BASELINE_SHEET)
          : c.workbook.worksheets.add(BASELINE_SHEET);
        if (!exists) {
          ws.getRange("A1:F1").values = [HEADER];
          ws.visibility = "Hidden";
        }
      }),
    );
    chunks.forEach((text, i) => {
      const row = [baseline.id, baseline.publishedAt, baseline.label, i + 1, chunks.length, text];
      writes.push(
        queuedWrite(estimateBytes(row), (c) => {
          // Text format first: a chunk may start with "=" or "-", and must stay text.
          const r = c.workbook.worksheets
            .getItem(BASELINE_SHEET)
            .getRange(rangeAddress({ top: start + i, bottom: start + i, left: 0, right: 5 }));
          r.numberFormat = [["@", "@", "@", "0", "0", "@"]];
          r.values = [row];
        }),
      );
    });
    const counts = baseline.registers.map((r) => `${r.name} ${r.rows.length}`).join(", ");
    writes.push(
      queuedWrite(512, (c) =>
        queueAuditOrCreate(
          c,
          tableNames.has(AUDIT_TABLE.toLowerCase()),
          !auditSheet.isNullObject,
          {
            action: "Publish baseline",
            register: baseline.registers.map((r) => r.name).join(", "),
            target: baseline.label,
            summary: `Baseline ${baseline.id}: ${counts}.`,
          },
          now,
        ),
      ),
    );
    try {
      await applyWrites(context, writes);
    } catch (e) {
      return {
        status: "failed",
        message: `Publishing stopped part way (${(e as Error).message}). Publish again: an incomplete baseline is ignored, because its chunks do not add up.`,
      };
    }
    return { status: "published", baseline, rows: chunks.length };
  });
}

/** Three syncs: the index, then the chosen (or newest) baseline. Null when none was published. */
export async function loadBaseline(
  host: ExcelHost,
  id: string | null,
): Promise<{ info: BaselineInfo; baseline: Baseline } | null | { error: string }> {
  return host.run(async (context) => {
    const extent = queueBaselineExtent(context);
    await context.sync();
    const index = queueBaselineIndex(context, extent());
    await context.sync();
    const list = index();
    const info = id ? list.find((b) => b.id === id) : list[0];
    if (!info) return id ? { error: `There is no baseline ${id}.` } : null;
    const result = await readBaselineChunks(context, info);
    return result.ok ? { info, baseline: result.baseline } : { error: result.error };
  });
}
