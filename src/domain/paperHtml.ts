// The paper as HTML with inline styles, for the clipboard: where a host cannot save a file (Excel on
// Mac), the user pastes this into Word and gets the same tables, red and italic runs, fills and notes.
import type { Block, PaperDocument, PaperTable, Run, TableCellContent } from "./paperDocument";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      const style = [
        r.bold ? "font-weight:bold" : "",
        r.italic ? "font-style:italic" : "",
        r.colour ? `color:${r.colour}` : "",
      ]
        .filter(Boolean)
        .join(";");
      const text = escape(r.text);
      const body = style ? `<span style="${style}">${text}</span>` : text;
      return r.footnote !== undefined ? `${body}<sup>${r.footnote}</sup>` : body;
    })
    .join("");
}

function cell(c: TableCellContent, tag: "td" | "th", width: number): string {
  const style = [
    "border:1px solid #000",
    "padding:2pt 4pt",
    `width:${width}pt`,
    `vertical-align:${c.align === "center" ? "middle" : "top"}`,
    `text-align:${c.align === "center" ? "center" : "left"}`,
    c.fill ? `background:${c.fill}` : "",
    c.fontColour ? `color:${c.fontColour}` : "",
    c.bold || tag === "th" ? "font-weight:bold" : "font-weight:normal",
  ]
    .filter(Boolean)
    .join(";");
  const lines = c.lines.map((l) => `<p style="margin:0 0 2pt 0">${runs(l.runs) || "&nbsp;"}</p>`).join("");
  return `<${tag} style="${style}">${lines}</${tag}>`;
}

function table(t: PaperTable): string {
  const head = t.headers
    ? `<thead><tr>${t.headers.map((h, i) => cell(h, "th", t.widths[i] ?? 60)).join("")}</tr></thead>`
    : "";
  const body = t.rows
    .map((r) => `<tr>${r.map((c, i) => cell(c, "td", t.widths[i] ?? 60)).join("")}</tr>`)
    .join("");
  return `<table style="border-collapse:collapse;font-size:9pt;margin:6pt 0">${head}<tbody>${body}</tbody></table>`;
}

const TAGS = { title: "h1", heading: "h2", subheading: "h3", body: "p", caption: "p", bullet: "li" } as const;

function block(b: Block): string {
  if (b.type === "table") return table(b.table);
  const tag = TAGS[b.style];
  const style = b.style === "caption" ? ' style="font-weight:bold"' : "";
  const html = `<${tag}${style}>${runs(b.runs)}</${tag}>`;
  return b.style === "bullet" ? `<ul style="margin:0">${html}</ul>` : html;
}

/** The whole paper as one HTML fragment in the paper's typeface. */
export function paperHtml(paper: PaperDocument): string {
  const body = paper.sections.flatMap((s) => s.blocks.map(block)).join("\n");
  const notes = paper.footnotes.length
    ? `<hr><ol style="font-size:9pt">${paper.footnotes.map((f) => `<li value="${f.id}">${escape(f.text)}</li>`).join("")}</ol>`
    : "";
  const head = paper.reference
    ? `<p style="text-align:right">Paper Reference: ${escape(paper.reference)}</p>`
    : "";
  const foot = paper.classification ? `<p style="font-size:8pt">${escape(paper.classification)}</p>` : "";
  return `<div style="font-family:'${escape(paper.typeface)}',sans-serif;font-size:11pt">${head}${body}${notes}${foot}</div>`;
}

/** The paper as plain text, the clipboard's second flavour. */
export function paperPlainText(paper: PaperDocument): string {
  const line = (rs: readonly Run[]) =>
    rs.map((r) => r.text + (r.footnote !== undefined ? `[${r.footnote}]` : "")).join("");
  const out: string[] = [];
  for (const s of paper.sections)
    for (const b of s.blocks) {
      if (b.type === "text") out.push(b.style === "bullet" ? `• ${line(b.runs)}` : line(b.runs));
      else
        for (const r of [...(b.table.headers ? [b.table.headers] : []), ...b.table.rows])
          out.push(r.map((c) => c.lines.map((l) => line(l.runs)).join(" / ")).join("\t"));
    }
  for (const f of paper.footnotes) out.push(`[${f.id}] ${f.text}`);
  return out.join("\n");
}
