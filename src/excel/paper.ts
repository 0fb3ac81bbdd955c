// "Build the appendices": read the registers and a baseline (2 syncs), write the generated sheets in one
// batch, read the rich-text cells back (1 sync), and fall back visibly where rich text came out empty.
import { cellAddress, rangeAddress } from "../domain/address";
import { textColourOn } from "../domain/colours";
import { detectChanges, type EntryChange } from "../domain/changes";
import {
  appendixA,
  appendixB,
  appendixC,
  coverNote,
  movementText,
  riskMatrix,
  RED_TEXT,
  type AppendixTable,
} from "../domain/paper";
import type { Baseline } from "../domain/baseline";
import type { CellValue, RegisterSnapshot } from "../domain/register";
import { RAG_COLORS, type Settings } from "../domain/settings";
import { queueAuditOrCreate } from "./audit";
import { applyWrites, estimateBytes, queuedWrite, type PlannedWrite } from "./batches";
import {
  queueBaselineExtent,
  queueBaselineIndex,
  readBaselineChunks,
  type BaselineInfo,
} from "./baselineStore";
import type { ExcelHost } from "./host";
import { AUDIT_SHEET, AUDIT_TABLE, HEADER_FILL, HEADER_FONT } from "./layout";
import { queueDirectoryRead, readRegisters } from "./readRegisters";

export const GENERATED_SHEETS = [
  "Appendix A",
  "Appendix B",
  "Appendix C",
  "Risk Matrix",
  "Cover Note",
] as const;

/** Where the first header row of an appendix table is: title, intro and a blank row come first. */
const TABLE_TOP = 3;

export interface PaperInputs {
  settings: Settings;
  registers: RegisterSnapshot[];
  baseline: Baseline | null;
  baselines: BaselineInfo[];
  sheetNames: Set<string>;
  auditExists: boolean;
  auditSheetExists: boolean;
  error?: string;
}

/**
 * Four syncs: settings, tables, sheets and the baselines' extent; the baselines' index; every register
 * (windows only past 5 MB); the chosen baseline.
 */
export async function readPaperInputs(host: ExcelHost, baselineId: string | null): Promise<PaperInputs> {
  const first = await host.run(async (context) => {
    const directory = queueDirectoryRead(context);
    const extent = queueBaselineExtent(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const index = queueBaselineIndex(context, extent());
    await context.sync();
    return { ...directory(), baselines: index(), sheetNames: new Set(sheets.items.map((s) => s.name)) };
  });
  const { settings, tableNames, baselines, sheetNames } = first;
  const present = settings.settings.registers.filter((d) => tableNames.has(d.table.toLowerCase()));
  const registers = await readRegisters(host, present);
  const info = baselineId ? baselines.find((b) => b.id === baselineId) : baselines[0];
  const decoded = info ? await host.run((context) => readBaselineChunks(context, info)) : null;
  return {
    settings: settings.settings,
    registers,
    baseline: decoded && decoded.ok ? decoded.baseline : null,
    baselines,
    sheetNames,
    auditExists: tableNames.has(AUDIT_TABLE.toLowerCase()),
    auditSheetExists: sheetNames.has(AUDIT_SHEET),
    error:
      decoded && !decoded.ok
        ? decoded.error
        : baselineId && !info
          ? `There is no baseline ${baselineId}.`
          : undefined,
  };
}

export function changesSince(inputs: PaperInputs): EntryChange[] {
  return inputs.baseline ? detectChanges(inputs.baseline, inputs.registers) : [];
}

/** The layout of each generated sheet, planned as writes (values, formats, rich text, print setup). */
function planTableSheet(
  t: AppendixTable,
  richText: boolean,
  exists: boolean,
  printSetup: boolean,
): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  const width = t.headers.length;
  const right = width - 1;
  // One row per entry with rich text; without it, one row per bullet, the entry's other cells merged.
  const spans = t.rows.map((r) => (richText ? 1 : Math.max(1, r.bullets.length)));
  const bodyRows = spans.reduce((a, b) => a + b, 0);
  const bottom = TABLE_TOP + bodyRows;
  const values: CellValue[][] = [];
  const texts: Array<{ color?: string; italic?: boolean }> = [];
  const ragFills: string[] = [];
  t.rows.forEach((r, i) => {
    for (let k = 0; k < spans[i]!; k++) {
      const row = r.values.map((v, c) =>
        k > 0 && c !== t.mitigationCol
          ? ""
          : c === t.mitigationCol && !richText
            ? (r.bullets[k]?.text ?? "")
            : v,
      );
      values.push(row as CellValue[]);
      const b = r.bullets[k];
      texts.push(!richText && b ? { color: b.isNew ? RED_TEXT : undefined, italic: b.planned } : {});
      ragFills.push(r.rag ? RAG_COLORS[r.rag].fill : "#FFFFFF");
    }
  });
  writes.push(
    queuedWrite(256, (c) => {
      if (exists) c.workbook.worksheets.getItem(t.sheet).delete();
      const ws = c.workbook.worksheets.add(t.sheet);
      ws.getRange("A1:A3").values = [
        [t.title],
        [t.intro],
        [
          richText
            ? ""
            : "Rich text is not available in this Excel: each mitigation is on its own row, new ones in red and planned ones in italics.",
        ],
      ];
      ws.getRange("A1").format.font.bold = true;
      ws.getRange(rangeAddress({ top: 1, bottom: 1, left: 0, right })).merge(false);
      ws.getRange("A2").format.wrapText = true;
      ws.getRange("A2").format.rowHeight = 45;
      const header = ws.getRange(rangeAddress({ top: TABLE_TOP, bottom: TABLE_TOP, left: 0, right }));
      header.values = [t.headers];
      header.format.fill.color = HEADER_FILL;
      header.format.font.color = HEADER_FONT;
      header.format.font.bold = true;
      header.format.wrapText = true;
      header.format.rowHeight = 32;
      t.widths.forEach(
        (w, i) =>
          (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth = w),
      );
    }),
  );
  // The body in slices of entries of about 1 MB each, so a long register never makes one request over
  // the 5 MB limit (applyWrites syncs between slices only when the budget is reached).
  const firstRow: number[] = [];
  spans.reduce((row, span, i) => ((firstRow[i] = row), row + span), 0);
  let i0 = 0;
  while (i0 < t.rows.length) {
    let i1 = i0;
    let bytes = 0;
    // A row sends its values, number formats, RAG fill and mitigation runs: about its JSON and 100 bytes.
    while (i1 < t.rows.length && (i1 === i0 || bytes < 1_000_000)) bytes += estimateBytes(t.rows[i1++]) + 100;
    const from = firstRow[i0]!;
    const to = i1 < t.rows.length ? firstRow[i1]! : bodyRows;
    const entries = t.rows.slice(i0, i1);
    const entrySpans = spans.slice(i0, i1);
    const vals = values.slice(from, to);
    const fonts = texts.slice(from, to);
    const fills = ragFills.slice(from, to);
    const top = TABLE_TOP + 1 + from;
    const last = TABLE_TOP + to;
    writes.push(
      queuedWrite(bytes, (c) => {
        const ws = c.workbook.worksheets.getItem(t.sheet);
        const range = ws.getRange(rangeAddress({ top, bottom: last, left: 0, right }));
        // Text first: an entry's text must never become a formula.
        range.numberFormat = vals.map((row) => row.map((v) => (typeof v === "number" ? "0" : "@")));
        // With rich text the runs carry the mitigation text: it is not sent twice (null leaves a cell as it is).
        range.values = (
          richText ? vals.map((row) => row.map((v, c) => (c === t.mitigationCol ? null : v))) : vals
        ) as Excel.Range["values"];
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
        ws.getRange(rangeAddress({ top, bottom: last, left: t.ragCol, right: t.ragCol })).setCellProperties(
          fills.map((fill) => [
            { format: { fill: { color: fill }, font: { color: textColourOn(fill), bold: true } } },
          ]),
        );
        const mitigation = ws.getRange(
          rangeAddress({ top, bottom: last, left: t.mitigationCol, right: t.mitigationCol }),
        );
        if (richText) {
          // Bullet by bullet: new in red, planned/ongoing in italics (ExcelApi 1.18).
          mitigation.setCellProperties(
            entries.map((r) => [
              {
                textRuns: r.bullets.map((b, i) => ({
                  text: b.text + (i < r.bullets.length - 1 ? "\n" : ""),
                  font: { color: b.isNew ? RED_TEXT : "#000000", italic: b.planned },
                })),
              },
            ]),
          );
        } else {
          mitigation.setCellProperties(
            fonts.map((x) => [{ format: { font: { color: x.color ?? "#000000", italic: !!x.italic } } }]),
          );
          let row = top;
          for (const span of entrySpans) {
            if (span > 1)
              for (let col = 0; col <= right; col++)
                if (col !== t.mitigationCol)
                  ws.getRange(
                    rangeAddress({ top: row, bottom: row + span - 1, left: col, right: col }),
                  ).merge(false);
            row += span;
          }
        }
        range.format.autofitRows();
      }),
    );
    i0 = i1;
  }
  writes.push(
    queuedWrite(256, (c) => {
      const ws = c.workbook.worksheets.getItem(t.sheet);
      ws.getRange(cellAddress(bottom + 2, 0)).values = [[t.caption]];
      ws.getRange(cellAddress(bottom + 2, 0)).format.font.italic = true;
      ws.showGridlines = false;
      if (printSetup) queuePrintSetup(ws, `$${TABLE_TOP + 1}:$${TABLE_TOP + 1}`);
    }),
  );
  return writes;
}

/** Landscape A4, one page wide, the header row on every page, centred (ExcelApi 1.9). */
function queuePrintSetup(ws: Excel.Worksheet, titleRows: string | null) {
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.centerHorizontally = true;
  ws.pageLayout.printGridlines = false;
  if (titleRows) ws.pageLayout.setPrintTitleRows(titleRows);
}

export interface BuildResult {
  sheets: string[];
  richText: "rich text" | "fallback: no ExcelApi 1.18" | "fallback: rich text came back empty";
  printSetup: boolean;
  changes: EntryChange[];
  coverNote: string[];
  baseline: Baseline | null;
  syncs: number;
}

export async function buildPaper(
  host: ExcelHost,
  baselineId: string | null,
  now = new Date(),
): Promise<BuildResult | { error: string }> {
  const inputs = await readPaperInputs(host, baselineId);
  if (inputs.error) return { error: inputs.error };
  const risksDef = inputs.settings.registers.find((r) => r.role === "panel" && r.kind === "risk");
  const issuesDef = inputs.settings.registers.find((r) => r.role === "panel" && r.kind === "issue");
  const risks = inputs.registers.find((r) => r.def.id === risksDef?.id);
  const issues = inputs.registers.find((r) => r.def.id === issuesDef?.id);
  if (!risks) return { error: "There is no Panel risk register in this workbook: create or adopt it first." };
  const changes = changesSince(inputs);
  const note = coverNote(changes);
  const tables = [appendixA(risks, inputs.baseline), ...(issues ? [appendixB(issues, inputs.baseline)] : [])];
  const canRich = host.isSetSupported("ExcelApi", "1.18");
  const printSetup = host.isSetSupported("ExcelApi", "1.9");
  const exists = (name: string) => inputs.sheetNames.has(name);
  const others = (): PlannedWrite[] => {
    const writes: PlannedWrite[] = [];
    const c = appendixC();
    writes.push(
      queuedWrite(estimateBytes(c.rows) + 512, (ctx) => {
        if (exists(c.sheet)) ctx.workbook.worksheets.getItem(c.sheet).delete();
        const ws = ctx.workbook.worksheets.add(c.sheet);
        ws.getRange("A1").values = [[c.title]];
        ws.getRange("A1").format.font.bold = true;
        const header = ws.getRange(rangeAddress({ top: 2, bottom: 2, left: 0, right: 5 }));
        header.values = [c.headers];
        header.format.fill.color = HEADER_FILL;
        header.format.font.color = HEADER_FONT;
        header.format.font.bold = true;
        const body = ws.getRange(rangeAddress({ top: 3, bottom: 2 + c.rows.length, left: 0, right: 5 }));
        body.numberFormat = c.rows.map((r) => r.map(() => "@"));
        body.values = c.rows;
        body.format.wrapText = true;
        body.format.verticalAlignment = "Top";
        ws.getRange(rangeAddress({ top: 3, bottom: 2 + c.rows.length, left: 0, right: 0 })).format.font.bold =
          true;
        c.widths.forEach(
          (w, i) =>
            (ws.getRange(rangeAddress({ top: 0, bottom: 0, left: i, right: i })).format.columnWidth = w),
        );
        body.format.autofitRows();
        ws.showGridlines = false;
        if (printSetup) queuePrintSetup(ws, "$3:$3");
      }),
    );
    const m = riskMatrix(risks, inputs.baseline, inputs.settings);
    const moved = new Map(m.movements.map((x) => [x.id, x]));
    const arrow = (id: string) => {
      const d = moved.get(id)?.direction;
      return d === "up"
        ? `${id}↑`
        : d === "down"
          ? `${id}↓`
          : d === "new"
            ? `${id}*`
            : d === "level"
              ? `${id}→`
              : id;
    };
    writes.push(
      queuedWrite(4096, (ctx) => {
        if (exists("Risk Matrix")) ctx.workbook.worksheets.getItem("Risk Matrix").delete();
        const ws = ctx.workbook.worksheets.add("Risk Matrix");
        ws.getRange("A1").values = [["Figure 1: SEC Panel Risks Matrix"]];
        ws.getRange("A1").format.font.bold = true;
        const grid = ws.getRange("B3:F7");
        grid.numberFormat = m.rows.map((r) => r.map(() => "@"));
        grid.values = m.rows.map((r) => r.map((cell) => cell.risks.map(arrow).join(", ")));
        grid.setCellProperties(
          m.rows.map((r) =>
            r.map((cell) => ({
              format: {
                fill: { color: cell.color },
                font: { color: textColourOn(cell.color), bold: true },
                horizontalAlignment: "Center",
                verticalAlignment: "Center",
                wrapText: true,
              },
            })),
          ),
        );
        ws.getRange("A3:A7").values = m.rows.map((r) => [`Impact ${r[0]!.impact}`]);
        ws.getRange("B8:F8").values = [[1, 2, 3, 4, 5].map((l) => `Likelihood ${l}`)];
        ws.getRange("A3:A7").format.font.bold = true;
        ws.getRange("B8:F8").format.font.bold = true;
        ws.getRange("A:A").format.columnWidth = 70;
        ws.getRange("B:F").format.columnWidth = 90;
        ws.getRange("A3:F7").format.rowHeight = 48;
        const legend = [
          [
            "Key: numbers are open Panel risks; ↑ severity rose, ↓ fell, → moved at the same severity, * new since the baseline.",
          ],
          [
            inputs.baseline
              ? `Movement since the baseline of ${inputs.baseline.label}:`
              : "No baseline has been published, so no movement is shown.",
          ],
          ...m.movements.map((x) => [movementText(x)]),
        ];
        const at = ws.getRange(rangeAddress({ top: 9, bottom: 9 + legend.length - 1, left: 0, right: 0 }));
        at.numberFormat = legend.map(() => ["@"]);
        at.values = legend;
        ws.showGridlines = false;
        if (printSetup) queuePrintSetup(ws, null);
      }),
    );
    writes.push(
      queuedWrite(estimateBytes(note) + 512, (ctx) => {
        if (exists("Cover Note")) ctx.workbook.worksheets.getItem("Cover Note").delete();
        const ws = ctx.workbook.worksheets.add("Cover Note");
        const lines = [
          `Cover note draft: changes since ${inputs.baseline ? `the baseline of ${inputs.baseline.label}` : "(no baseline published)"}. Copy into the paper.`,
          "",
          ...note,
        ];
        const range = ws.getRange(rangeAddress({ top: 0, bottom: lines.length - 1, left: 0, right: 0 }));
        range.numberFormat = lines.map(() => ["@"]);
        range.values = lines.map((l) => [l]);
        range.format.wrapText = true;
        ws.getRange("A:A").format.columnWidth = 520;
        ws.getRange("A1").format.font.bold = true;
        ws.showGridlines = false;
        if (printSetup) queuePrintSetup(ws, null);
      }),
    );
    return writes;
  };
  const audit = (richText: BuildResult["richText"]) =>
    queuedWrite(512, (ctx) =>
      queueAuditOrCreate(
        ctx,
        inputs.auditExists,
        inputs.auditSheetExists,
        {
          action: "Build appendices",
          register: tables.map((t) => t.sheet).join(", "),
          target: inputs.baseline ? `against ${inputs.baseline.label}` : "no baseline",
          summary: `${tables.map((t) => `${t.sheet} ${t.rows.length} rows`).join("; ")}; ${changes.length} change(s); ${richText}.`,
        },
        now,
      ),
    );

  let richText: BuildResult["richText"] = canRich ? "rich text" : "fallback: no ExcelApi 1.18";
  let syncs = inputs.baseline ? 4 : 3;
  try {
    syncs += await host.run(async (context) =>
      applyWrites(context, [
        ...tables.flatMap((t) => planTableSheet(t, canRich, exists(t.sheet), printSetup)),
        ...others(),
        audit(richText),
      ]),
    );
    if (canRich) {
      // Read the rich-text cells back: some Excel builds report 1.18 yet leave them empty.
      const empty = await host.run(async (context) => {
        const reads = tables.map((t) => {
          const range = context.workbook.worksheets.getItem(t.sheet).getRange(
            rangeAddress({
              top: TABLE_TOP + 1,
              bottom: TABLE_TOP + Math.max(1, t.rows.length),
              left: t.mitigationCol,
              right: t.mitigationCol,
            }),
          );
          range.load("values");
          return { t, range };
        });
        await context.sync();
        return reads
          .filter(({ t, range }) =>
            t.rows.some((r, i) => r.bullets.length > 0 && String(range.values[i]?.[0] ?? "") === ""),
          )
          .map(({ t }) => t);
      });
      syncs++;
      if (empty.length) {
        richText = "fallback: rich text came back empty";
        syncs += await host.run(async (context) =>
          applyWrites(context, [
            ...empty.flatMap((t) => planTableSheet(t, false, true, printSetup)),
            audit(richText),
          ]),
        );
      }
    }
  } catch (e) {
    return {
      error: `Building the appendices stopped part way (${(e as Error).message}). The registers were not touched; build again to replace the generated sheets.`,
    };
  }
  return {
    sheets: [...tables.map((t) => t.sheet), "Appendix C", "Risk Matrix", "Cover Note"],
    richText,
    printSetup,
    changes,
    coverNote: note,
    baseline: inputs.baseline,
    syncs,
  };
}

/** What changed since a baseline (the newest when none is named): three syncs. */
export async function whatChanged(
  host: ExcelHost,
  baselineId: string | null,
): Promise<
  { baselines: BaselineInfo[]; baseline: Baseline | null; changes: EntryChange[] } | { error: string }
> {
  const inputs = await readPaperInputs(host, baselineId);
  if (inputs.error) return { error: inputs.error };
  return { baselines: inputs.baselines, baseline: inputs.baseline, changes: changesSince(inputs) };
}
