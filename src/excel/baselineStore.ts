/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred reads: the caller syncs, then calls the returned reader. */
// Baselines live in cells of a hidden sheet: one row per chunk of a baseline's JSON (id, date, label,
// chunk n of m, text), so they survive saving and co-authoring on every platform.
import { rangeAddress } from "../domain/address";
import { decodeBaseline, encodeBaseline, makeBaseline, type Baseline } from "../domain/baseline";
import { DATE_FORMAT, localDateOf, serialFromDate } from "../domain/dates";
import { reviewStamps, stampSentence, type ReviewStamp } from "../domain/reviews";
import type { CellValue } from "../domain/register";
import { queueAuditOrCreate } from "./audit";
import {
  applyWrites,
  estimateBytes,
  numberFormatWrite,
  queuedWrite,
  valuesWrite,
  type PlannedWrite,
} from "./batches";
import type { ExcelHost } from "./host";
import { isTooLarge } from "./readGrid";
import { AUDIT_SHEET, AUDIT_TABLE } from "./layout";
import { readRegisters, queueDirectoryRead } from "./readRegisters";

export const BASELINE_SHEET = "RS Baselines";
const HEADER = ["Baseline", "Published", "Label", "Chunk", "Of", "Text", "Content"];

/**
 * A short fingerprint of what a baseline records (registers and settings, not when it was published),
 * so a retried publish can tell that the same content is already stored. cyrb53: not cryptographic,
 * only a change detector.
 */
export function contentFingerprint(b: Pick<Baseline, "registers" | "settings">): string {
  const text = JSON.stringify({ registers: b.registers, settings: b.settings });
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface BaselineInfo {
  id: string;
  publishedAt: string;
  label: string;
  /** 0-based sheet rows of its chunks, in order. */
  rows: number[];
  /** The content fingerprint (blank for baselines published before it was recorded). */
  content: string;
}

/** The month a baseline label names: "November 2026 (version 2)" → "November 2026". */
const monthOf = (label: string) => label.replace(/\s*\(version \d+\)$/, "");

/** Queues the read of how many rows the baselines sheet has (0 when there is no such sheet). */
export function queueBaselineExtent(context: Excel.RequestContext): () => number {
  const used = context.workbook.worksheets.getItemOrNullObject(BASELINE_SHEET).getUsedRangeOrNullObject(true);
  used.load("rowIndex, rowCount");
  return () => (used.isNullObject ? 0 : used.rowIndex + used.rowCount);
}

/** Queues the read of the baselines' index: columns A:E and G, so the text stays in the workbook. */
export function queueBaselineIndex(context: Excel.RequestContext, rows: number): () => BaselineInfo[] {
  return queueBaselineIndexWithTail(context, rows).complete;
}

/**
 * The index, and the first row after the last complete baseline: rows below it are what a publish cut
 * short left, which the next publish overwrites so that a retry leaves what one clean publish leaves.
 */
function queueBaselineIndexWithTail(
  context: Excel.RequestContext,
  rows: number,
): { complete: () => BaselineInfo[]; nextRow: () => number } {
  if (rows <= 1) return { complete: () => [], nextRow: () => 1 };
  const ws = context.workbook.worksheets.getItem(BASELINE_SHEET);
  const index = ws.getRange(`A1:E${rows}`);
  index.load("values");
  const contents = ws.getRange(`G1:G${rows}`);
  contents.load("values");
  const complete = () => {
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
            content: String((contents.values as CellValue[][])[sheetRow]?.[0] ?? ""),
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
  return { complete, nextRow: () => 1 + Math.max(0, ...complete().flatMap((b) => b.rows)) };
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

/**
 * Baseline rows one sync may read: a chunk is 30,000 characters, as JSON in UTF-8 (quotes escaped,
 * "•" 3 bytes) up to about 45 kB, so 70 of them stay under a 3.5 MB response.
 */
export const CHUNK_ROWS_PER_SYNC = 70;

/** The sheet rows `queueBaselineRead` reads for a baseline (its chunks' span). */
export const baselineReadRows = (info: BaselineInfo) => Math.max(...info.rows) - Math.min(...info.rows) + 1;

/** Reads a baseline's chunks: one sync, or windows of chunk rows past the 5 MB response limit. */
export async function readBaselineChunks(
  context: Excel.RequestContext,
  info: BaselineInfo,
): Promise<{ ok: true; baseline: Baseline } | { ok: false; error: string }> {
  const perWindow = CHUNK_ROWS_PER_SYNC;
  if (info.rows.length <= perWindow) {
    const read = queueBaselineRead(context, info);
    try {
      await context.sync();
      return read();
    } catch (e) {
      if (!isTooLarge(e)) throw e;
    }
  }
  const texts: string[] = [];
  for (let i = 0; i < info.rows.length; i += perWindow) {
    const rows = info.rows.slice(i, i + perWindow);
    const range = context.workbook.worksheets
      .getItem(BASELINE_SHEET)
      .getRange(rangeAddress({ top: Math.min(...rows), bottom: Math.max(...rows), left: 5, right: 5 }));
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only baselines over 3 MB come here
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
  | {
      status: "published";
      baseline: Baseline;
      rows: number;
      message: string;
      /** The entries marked reviewed on the publish day (their Last Reviewed cells). */
      reviewed: number;
    }
  /** The same registers were already published this month (a retry, or a second click): nothing written. */
  | { status: "already"; baseline: BaselineInfo; message: string }
  | { status: "failed"; message: string };

/**
 * "Publish this month's registers": find where the baseline goes (1–2 syncs), read every register
 * (1 sync), write it and an audit row (1 sync, more only past 4.5 MB of text). Earlier baselines stay.
 *
 * Publishing is the month's review (issue 14 item 3): every live entry it records, in a register with a
 * Last Reviewed column, has that cell set to the publish day (the user's local day), in the same batch,
 * so each Next Review formula moves on by its band's cadence. The stamps are written before the
 * baseline's chunks: a publish cut short leaves no complete baseline without its stamps, and the retry
 * writes the same dates again. Last Reviewed is not among the columns a baseline keeps, so a stamp is
 * never a change in the next paper, and a retry's content fingerprint is the first attempt's.
 *
 * Idempotent: a month whose registers are already published with the same content (a retry after a
 * lost reply, or a second click) writes nothing and says so. A second publish in the same month with
 * different content (a correction made after publishing) is kept as a new version, "November 2026
 * (version 2)", and becomes the default comparison; the earlier version stays, because it is the
 * record of what the Panel was sent and the audit log names it.
 */
export async function publishBaseline(host: ExcelHost, now = new Date()): Promise<PublishResult> {
  return host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    const extent = queueBaselineExtent(context);
    const sheet = context.workbook.worksheets.getItemOrNullObject(BASELINE_SHEET);
    const auditSheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
    await context.sync();
    const rows = extent();
    const index = queueBaselineIndexWithTail(context, rows);
    if (rows > 1) await context.sync();
    const { settings, tableNames } = directory();
    const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
    if (!present.length)
      return { status: "failed", message: "There are no registers to publish: create or adopt them first." };
    const registers = await readRegisters(host, present);
    const exists = !sheet.isNullObject;
    // Rows a cut-short publish left below the last complete baseline are overwritten, never added to.
    const start = index.nextRow();
    const made = makeBaseline(registers, settings.settings, now);
    const content = contentFingerprint(made);
    const sameMonth = index.complete().filter((b) => monthOf(b.label) === made.label);
    const same = sameMonth.find((b) => b.content === content);
    if (same)
      return {
        status: "already",
        baseline: same,
        message: `The ${made.label} registers are already published as they stand (${same.label}, ${same.publishedAt.slice(0, 16).replace("T", " ")} UTC): nothing was written.`,
      };
    const version = sameMonth.length ? ` (version ${sameMonth.length + 1})` : "";
    // The id names the rows it starts at, so it is unique even for two publishes in the same second.
    const baseline = { ...made, label: made.label + version, id: `${now.toISOString()}/${start + 1}` };
    const chunks = encodeBaseline(baseline);
    const day = localDateOf(now);
    const stamps = reviewStamps(registers);
    const reviewed = stamps.reduce((n, st) => n + st.count, 0);
    const writes: PlannedWrite[] = [];
    writes.push(
      queuedWrite(256, (c) => {
        const ws = exists
          ? c.workbook.worksheets.getItem(BASELINE_SHEET)
          : c.workbook.worksheets.add(BASELINE_SHEET);
        // Always: a sheet from before the Content column gets its header too.
        ws.getRange("A1:G1").values = [HEADER];
        // Very hidden (no Unhide from the sheet tabs), also upgrading a sheet an older version left Hidden.
        ws.visibility = "VeryHidden";
      }),
    );
    if (rows > start)
      writes.push(
        queuedWrite(128, (c) =>
          c.workbook.worksheets
            .getItem(BASELINE_SHEET)
            .getRange(rangeAddress({ top: start, bottom: rows - 1, left: 0, right: HEADER.length - 1 }))
            .clear("Contents"),
        ),
      );
    writes.push(...stampWrites(stamps, serialFromDate(day)));
    chunks.forEach((text, i) => {
      const row = [baseline.id, baseline.publishedAt, baseline.label, i + 1, chunks.length, text, content];
      writes.push(
        queuedWrite(estimateBytes(row), (c) => {
          // Text format first: a chunk may start with "=" or "-", and must stay text.
          const r = c.workbook.worksheets
            .getItem(BASELINE_SHEET)
            .getRange(rangeAddress({ top: start + i, bottom: start + i, left: 0, right: 6 }));
          r.numberFormat = [["@", "@", "@", "0", "0", "@", "@"]];
          r.values = [row];
        }),
      );
    });
    const counts = baseline.registers.map((r) => `${r.name} ${r.rows.length}`).join(", ");
    const stamped = stampSentence(stamps, day);
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
            summary: `Baseline ${baseline.id}: ${counts}.${stamped ? ` ${stamped}` : ""}`,
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
    const said = version
      ? `The ${made.label} registers had already been published with different content: this is kept as ${baseline.label} and becomes the default comparison. The earlier version stays.`
      : `Changes from now on are measured against the ${baseline.label} baseline.`;
    return {
      status: "published",
      baseline,
      rows: chunks.length,
      reviewed,
      message: stamped ? `${said} ${stamped.charAt(0).toUpperCase()}${stamped.slice(1)}` : said,
    };
  });
}

/**
 * The Last Reviewed cells of the stamped rows: per run of adjacent rows, a date format then the day's
 * serial, one range each (split by rows only past the request budget), so the writes do not grow in
 * number with the register, and a run of 50,000 rows is still one range.
 */
function stampWrites(stamps: readonly ReviewStamp[], serial: number): PlannedWrite[] {
  return stamps.flatMap((st) =>
    st.runs.flatMap((run) => {
      const address = rangeAddress({ top: run.top, bottom: run.bottom, left: st.column, right: st.column });
      const rows = run.bottom - run.top + 1;
      return [
        numberFormatWrite(
          st.sheet,
          address,
          Array.from({ length: rows }, () => [DATE_FORMAT]),
        ),
        valuesWrite(
          st.sheet,
          address,
          Array.from({ length: rows }, () => [serial]),
        ),
      ];
    }),
  );
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
