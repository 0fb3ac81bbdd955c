// The preview's sentences about the sheet's layout (issue 11 item 4): what adoption reads as the header,
// what it unmerges and joins, what stays outside the table. Each says what happens to the values.
import type { AdoptReport } from "./adoptPlan";

const list = (xs: readonly (string | number)[]) =>
  xs.length <= 2 ? xs.join(" and ") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
const rowsOf = (rows: readonly number[]) => (rows.length === 1 ? `row ${rows[0]}` : `rows ${list(rows)}`);

export function layoutNotes(report: AdoptReport): string[] {
  const l = report.layout;
  const notes: string[] = [];
  if (l.headerRows.length > 1)
    notes.push(
      `Two header rows (${list(l.headerRows)}): row ${l.headerRows[1]} is the table's header` +
        (l.headersFromAbove.length
          ? `; ${list(l.headersFromAbove.map((h) => `"${h}"`))} ${l.headersFromAbove.length === 1 ? "is" : "are"} copied into it from row ${l.headerRows[0]}, which stays as it is above the table.`
          : `; row ${l.headerRows[0]} stays as it is above the table.`),
    );
  if (l.unmerged.length)
    notes.push(
      `Merged cells ${list(l.unmerged)} are unmerged: each value stays in the first cell of its area, where it shows now.`,
    );
  else if (!l.mergesKnown)
    notes.push(
      "This Excel cannot list merged cells: any in the register are unmerged, each value staying where it shows.",
    );
  for (const j of l.joined)
    notes.push(
      `${j.risk.startsWith("row ") ? `The risk on ${j.risk}` : `Risk ${j.risk}`} continues on ${rowsOf(j.rows)}: ` +
        `their ${list(j.columns)} text joins row ${j.row}, line after line, and those rows are left blank.`,
    );
  if (l.blankRows.length)
    notes.push(
      l.blankRows.length === 1
        ? `Blank row ${l.blankRows[0]} among the risks stays in the table as a blank row.`
        : `Blank ${rowsOf(l.blankRows)} among the risks stay in the table as blank rows.`,
    );
  for (const b of l.below)
    notes.push(
      `Row ${b.row} ("${b.text.length > 40 ? `${b.text.slice(0, 40)}…` : b.text}") is not a risk: it stays as it is, below the table.`,
    );
  if (l.oddSpaces)
    notes.push(
      `${l.oddSpaces} cell(s) hold non-breaking spaces or zero-width characters: they are kept as they are (matching ignores them).`,
    );
  for (const d of l.textDates)
    notes.push(
      `${d.column}: ${d.count} date(s) written as text are kept as written and read as dates (day first)` +
        (d.unread ? `; ${d.unread} read as no date.` : "."),
    );
  for (const t of report.scoreTexts)
    if (/^\d+(?:\.0+)?$/.test(t.text.trim()) && t.score !== null)
      notes.push(
        `${t.column}: "${t.text}" is a number stored as text (${t.count} cell(s)): it becomes the number ${t.score}.`,
      );
  return notes;
}
