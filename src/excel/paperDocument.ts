// The paper as a document, for "Download the paper (.docx)" and the rich-HTML copy: the same reads as
// Build (settings, registers, baseline and marks: four syncs), laid out by the same code (layOutPaper),
// and held to the same rule: Check's errors stop it.
import { coverNoteBlocks } from "../domain/coverNote";
import { appendixC } from "../domain/paper";
import { paperDocument, type PaperDocument } from "../domain/paperDocument";
import type { ExcelHost } from "./host";
import { localDateOf } from "../domain/dates";
import { checkGate, layOutPaper, readPaperInputs } from "./paper";

export type PaperDocumentResult =
  { ok: true; paper: PaperDocument; fileName: string } | { ok: false; error: string };

/** "SECP_64_1101_02.docx", or "SEC Panel Risk and Issue Register Update 2 December 2026.docx" without a reference. */
export function paperFileName(reference: string, now: Date): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|]+/g, "-").trim();
  if (reference) return `${safe(reference)}.docx`;
  const date = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return `SEC Panel Risk and Issue Register Update ${date}.docx`;
}

export async function readPaperDocument(
  host: ExcelHost,
  baselineId: string | null,
  now = new Date(),
): Promise<PaperDocumentResult> {
  const inputs = await readPaperInputs(host, baselineId);
  if (inputs.error) return { ok: false, error: inputs.error };
  // Warnings are the user's to accept (as Build anyway); errors stop the document as they stop Build.
  // The paper's day, as Build's: overdue reviews in the cover note, the actions' status.
  const today = localDateOf(now);
  const { stop } = checkGate(inputs, "build", "make the paper again", today);
  if (stop) return { ok: false, error: stop.error };
  const laid = layOutPaper(inputs, today);
  if ("error" in laid) return { ok: false, error: laid.error };
  const look = inputs.settings.paper;
  const paper = paperDocument({
    title: "SEC Panel Risk and Issue Register Update",
    reference: look.reference,
    classification: look.classification,
    typeface: look.typeface,
    cover: coverNoteBlocks(laid.cover),
    appendices: laid.tables,
    ...(laid.actions ? { after: [laid.actions] } : {}),
    classificationTable: appendixC(),
    matrix: laid.matrix,
    matrixLegend: laid.legend,
  });
  return { ok: true, paper, fileName: paperFileName(look.reference, now) };
}
