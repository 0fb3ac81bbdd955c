// The paper as a document, independent of where it is written: sections (portrait cover note, landscape
// appendices) of headings, paragraphs with runs and footnotes, and tables of cells with lines of runs.
// The .docx writer (src/documents/paperDocx.ts) and the rich-HTML copy both print this.
import { HEADER_FILL, HEADER_FONT, textColourOn } from "./colours";
import type { Baseline } from "./baseline";
import { movementText, type AppendixTable, type MatrixCell, type Movement } from "./paper";
import { RAG_COLORS } from "./settings";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  /** A footnote's id, referenced after this run. */
  footnote?: number;
}

export interface TextBlock {
  type: "text";
  style: "title" | "heading" | "subheading" | "body" | "bullet" | "caption";
  runs: Run[];
}

export interface TableCellContent {
  lines: Array<{ runs: Run[] }>;
  fill?: string;
  fontColour?: string;
  bold?: boolean;
  align?: "left" | "center";
}

export interface PaperTable {
  headers?: TableCellContent[];
  rows: TableCellContent[][];
  /** Relative widths (the sheet's, in points). */
  widths: number[];
}

export type Block = TextBlock | { type: "table"; table: PaperTable };

export interface PaperSection {
  orientation: "portrait" | "landscape";
  blocks: Block[];
}

export interface PaperDocument {
  title: string;
  reference: string;
  classification: string;
  typeface: string;
  sections: PaperSection[];
  footnotes: Array<{ id: number; text: string }>;
}

const text = (t: string, style: TextBlock["style"] = "body"): TextBlock => ({
  type: "text",
  style,
  runs: [{ text: t }],
});
const plain = (value: string | number, extra: Partial<TableCellContent> = {}): TableCellContent => ({
  lines: String(value)
    .split("\n")
    .map((l) => ({ runs: [{ text: l }] })),
  ...extra,
});
const headerCell = (h: string): TableCellContent =>
  plain(h, { fill: HEADER_FILL, fontColour: HEADER_FONT, bold: true });

/** An appendix table: bullets as their own lines, red when new and italic when planned; RAG filled. */
export function appendixBlocks(t: AppendixTable): Block[] {
  const rows = t.rows.map((r) =>
    r.values.map((v, i): TableCellContent => {
      if (i === t.mitigationCol)
        return {
          lines: r.bullets.map((b) => ({
            runs: [{ text: b.text, italic: b.planned || undefined, colour: b.isNew ? "#FF0000" : undefined }],
          })),
        };
      if (i === t.ragCol && r.rag)
        return plain(v, {
          fill: RAG_COLORS[r.rag].fill,
          fontColour: RAG_COLORS[r.rag].font,
          align: "center",
        });
      // The movement marks centred and bold, as on the sheet.
      if (i === t.trendCol) return plain(v, { align: "center", bold: true });
      return plain(v, typeof v === "number" || i === 0 ? { align: "center" } : {});
    }),
  );
  return [
    text(t.title, "heading"),
    text(t.intro),
    text(t.caption, "caption"),
    { type: "table", table: { headers: t.headers.map(headerCell), rows, widths: t.widths } },
    // Under the table, as on the sheet: the movement arrows' legend.
    ...(t.legend ?? []).map((l) => text(l)),
  ];
}

export function classificationBlocks(c: {
  title: string;
  headers: string[];
  rows: string[][];
  widths: number[];
}): Block[] {
  return [
    text(c.title, "heading"),
    {
      type: "table",
      table: {
        headers: c.headers.map(headerCell),
        rows: c.rows.map((r) => r.map((v, i) => plain(v, i === 0 ? { bold: true } : {}))),
        widths: c.widths,
      },
    },
  ];
}

/** Figure 1: Impact down the side (5 at the top), Likelihood along the bottom, each cell in its band's colour. */
export function matrixBlocks(
  m: { rows: MatrixCell[][]; movements: Movement[] },
  label: (id: string) => string,
  legend: readonly string[],
): Block[] {
  const rows: TableCellContent[][] = m.rows.map((r) => [
    plain(`Impact ${r[0]!.impact}`, { bold: true }),
    ...r.map((cell) =>
      plain(cell.risks.map(label).join(", "), {
        fill: cell.color,
        fontColour: textColourOn(cell.color),
        bold: true,
        align: "center",
      }),
    ),
  ]);
  rows.push([
    plain(""),
    ...[1, 2, 3, 4, 5].map((l) => plain(`Likelihood ${l}`, { bold: true, align: "center" })),
  ]);
  return [
    text("Figure 1: SEC Panel Risks Matrix", "caption"),
    { type: "table", table: { rows, widths: [70, 80, 80, 80, 80, 80] } },
    ...legend.map((l) => text(l)),
  ];
}

/** Matrix cell labels: a risk's number with its movement since the baseline. */
export function matrixLabel(movements: readonly Movement[]): (id: string) => string {
  const moved = new Map(movements.map((x) => [x.id, x.direction]));
  const mark = { up: "↑", down: "↓", new: "*", level: "→" } as const;
  return (id) => {
    const d = moved.get(id);
    return d ? `${id}${mark[d]}` : id;
  };
}

/** The lines under Figure 1: the key, the baseline the movements are measured from, each movement. */
export function matrixLegend(baseline: Baseline | null, movements: readonly Movement[]): string[] {
  return [
    "Key: numbers are open Panel risks; ↑ severity rose, ↓ fell, → moved at the same severity, * new since the baseline.",
    baseline
      ? `Movement since the baseline of ${baseline.label}:`
      : "No baseline has been published, so no movement is shown.",
    ...movements.map(movementText),
  ];
}

export interface PaperParts {
  title: string;
  reference: string;
  classification: string;
  typeface: string;
  cover: { blocks: TextBlock[]; footnotes: Array<{ id: number; text: string }> };
  appendices: AppendixTable[];
  classificationTable: Parameters<typeof classificationBlocks>[0];
  matrix: { rows: MatrixCell[][]; movements: Movement[] };
  matrixLegend: string[];
  /** Tables printed after Appendix C (landscape): the actions outstanding (issue 14), when there is a log. */
  after?: AppendixTable[];
}

/**
 * The paper in the seed's order: the cover note (portrait) with Figure 1 after its matrix section,
 * then Appendix A and B (landscape), then Appendix C.
 */
export function paperDocument(p: PaperParts): PaperDocument {
  const figure = matrixBlocks(p.matrix, matrixLabel(p.matrix.movements), p.matrixLegend);
  const at = p.cover.blocks.findIndex(
    (b) => b.style === "heading" && /risk matrix/i.test(b.runs[0]?.text ?? ""),
  );
  const cover: Block[] = [...p.cover.blocks];
  if (at >= 0) {
    // After the matrix heading and its paragraph ("The matrix below (Figure 1) shows…").
    let end = at + 1;
    while (end < cover.length && (cover[end] as TextBlock).style === "body") end++;
    cover.splice(end, 0, ...figure);
  } else cover.push(...figure);
  return {
    title: p.title,
    reference: p.reference,
    classification: p.classification,
    typeface: p.typeface,
    footnotes: p.cover.footnotes,
    sections: [
      { orientation: "portrait", blocks: cover },
      { orientation: "landscape", blocks: p.appendices.flatMap(appendixBlocks) },
      { orientation: "landscape", blocks: classificationBlocks(p.classificationTable) },
      ...(p.after?.length
        ? [{ orientation: "landscape" as const, blocks: p.after.flatMap(appendixBlocks) }]
        : []),
    ],
  };
}
