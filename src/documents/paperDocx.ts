// The monthly paper as a Word document: the cover note with its footnotes, Appendix A, B and C and
// Figure 1, with the paper's red (new) and italic (planned) runs, a header with the paper reference and
// a footer with the classification line and "Page x of y". Pure: it turns a laid-out paper into .docx
// bytes with the `docx` library, so the pane loads it (and the library) only when the user asks.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { PaperDocument, PaperTable, TableCellContent } from "../domain/paperDocument";

/** A4 in twentieths of a point, with the paper's 2 cm margins. */
const A4 = { short: 11906, long: 16838, margin: 1134 };
const hex = (colour: string) => colour.replace(/^#/, "").toUpperCase();

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = { top: thin, bottom: thin, left: thin, right: thin };

/** Body text size in half-points (the papers' 10 pt tables and 11 pt prose). */
const PROSE = 22;
const TABLE_TEXT = 18;

function runsOf(
  runs: readonly { text: string; bold?: boolean; italic?: boolean; colour?: string; footnote?: number }[],
  size: number,
) {
  return runs.flatMap((r) => [
    new TextRun({
      text: r.text,
      bold: r.bold,
      italics: r.italic,
      color: r.colour ? hex(r.colour) : undefined,
      size,
    }),
    ...(r.footnote !== undefined ? [new FootnoteReferenceRun(r.footnote)] : []),
  ]);
}

function cellParagraphs(content: TableCellContent, size: number, bold: boolean): Paragraph[] {
  const lines = content.lines.length ? content.lines : [{ runs: [{ text: "" }] }];
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: content.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { after: line === lines[lines.length - 1] ? 0 : 60 },
        children: runsOf(
          line.runs.map((r) => ({ ...r, bold: r.bold ?? bold, colour: r.colour ?? content.fontColour })),
          size,
        ),
      }),
  );
}

function table(t: PaperTable, contentWidth: number): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  // Column widths in the sheet's proportions, scaled to the page's text width.
  const widths = t.widths.map((w) => Math.floor((w / total) * contentWidth));
  const row = (cells: readonly TableCellContent[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: false,
      children: cells.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            borders: BORDERS,
            verticalAlign: c.align === "center" ? VerticalAlign.CENTER : VerticalAlign.TOP,
            shading: c.fill ? { type: ShadingType.CLEAR, color: "auto", fill: hex(c.fill) } : undefined,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: cellParagraphs(c, TABLE_TEXT, header || !!c.bold),
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [...(t.headers ? [row(t.headers, true)] : []), ...t.rows.map((cells) => row(cells, false))],
  });
}

/** The .docx of a paper; `Packer.toBlob` in the pane, `toBuffer` in Node (tests). */
export function paperDocx(paper: PaperDocument): Document {
  const font = paper.typeface;
  const header = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({ text: paper.reference ? `Paper Reference: ${paper.reference}` : "", size: 18 }),
          ],
        }),
      ],
    });
  const footer = () =>
    new Footer({
      children: [
        ...(paper.classification
          ? [new Paragraph({ children: [new TextRun({ text: paper.classification, size: 16 })] })]
          : []),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({
              children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES],
              size: 18,
            }),
          ],
        }),
      ],
    });
  // docx swaps width and height itself for a landscape page: both are given as the portrait A4's.
  const page = (orientation: "portrait" | "landscape") => ({
    size: {
      width: A4.short,
      height: A4.long,
      ...(orientation === "landscape" ? { orientation: PageOrientation.LANDSCAPE } : {}),
    },
    margin: {
      top: A4.margin,
      bottom: A4.margin,
      left: A4.margin,
      right: A4.margin,
      header: 567,
      footer: 567,
    },
  });
  const sections: ISectionOptions[] = paper.sections.map((s) => {
    const width = (s.orientation === "portrait" ? A4.short : A4.long) - 2 * A4.margin;
    return {
      properties: { page: page(s.orientation) },
      headers: { default: header() },
      footers: { default: footer() },
      children: s.blocks.flatMap((b) => {
        if (b.type === "table") return [table(b.table, width), new Paragraph({ children: [] })];
        const heading =
          b.style === "title"
            ? HeadingLevel.TITLE
            : b.style === "heading"
              ? HeadingLevel.HEADING_1
              : b.style === "subheading"
                ? HeadingLevel.HEADING_2
                : undefined;
        return [
          new Paragraph({
            heading,
            bullet: b.style === "bullet" ? { level: 0 } : undefined,
            spacing: { after: 120 },
            keepNext: b.style === "heading" || b.style === "subheading" || b.style === "caption",
            children: runsOf(
              b.runs.map((r) => ({ ...r, bold: r.bold ?? (b.style === "caption" ? true : undefined) })),
              heading ? (b.style === "title" ? 32 : b.style === "heading" ? 26 : 24) : PROSE,
            ),
          }),
        ];
      }),
    };
  });
  // Headings in the body's typeface and black, as the papers print them (Word's defaults are blue Calibri Light).
  const headingStyle = (id: string, size: number) => ({
    id,
    name: id,
    basedOn: "Normal",
    next: "Normal",
    run: { font, size, bold: true, color: "000000" },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  return new Document({
    creator: "Register Steward",
    title: paper.title,
    styles: {
      default: { document: { run: { font, size: PROSE } } },
      paragraphStyles: [
        headingStyle("Title", 32),
        headingStyle("Heading1", 26),
        headingStyle("Heading2", 24),
      ],
    },
    footnotes: Object.fromEntries(
      paper.footnotes.map((f) => [
        f.id,
        { children: [new Paragraph({ children: [new TextRun({ text: f.text, size: 18 })] })] },
      ]),
    ),
    sections,
  });
}

export async function paperDocxBytes(paper: PaperDocument): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(paperDocx(paper));
  return new Uint8Array(buffer);
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
