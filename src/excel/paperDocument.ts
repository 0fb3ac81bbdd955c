// The paper as a document, for "Download the paper (.docx)" and the rich-HTML copy: the same reads as
// Build (settings, registers, baseline and marks: four syncs), laid out by the same domain code, and
// held to the same rule: Check's errors stop it.
import { markLookup } from "../domain/bulletMarks";
import { coverNoteBlocks } from "../domain/coverNote";
import { appendixA, appendixB, appendixC, movementText, riskMatrix } from "../domain/paper";
import { MATRIX_KEY, paperDocument, type PaperDocument } from "../domain/paperDocument";
import { checkRegisters } from "../domain/validation";
import type { ExcelHost } from "./host";
import { changesSince, coverNoteOf, readPaperInputs } from "./paper";

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
  const errors = checkRegisters(inputs.registers, inputs.settings).filter((f) => f.severity === "error");
  if (errors.length)
    return {
      ok: false,
      error: `Check found ${errors.length === 1 ? "an error" : `${errors.length} errors`} that the paper would print (${errors
        .slice(0, 5)
        .map((f) => `${f.sheet}!${f.address}`)
        .join(
          ", ",
        )}${errors.length > 5 ? ", …" : ""}). Put them right (Check register lists them), then download.`,
    };
  const byRole = (kind: "risk" | "issue") => {
    const def = inputs.settings.registers.find((r) => r.role === "panel" && r.kind === kind);
    return inputs.registers.find((r) => r.def.id === def?.id);
  };
  const risks = byRole("risk");
  const issues = byRole("issue");
  if (!risks)
    return {
      ok: false,
      error: "There is no Panel risk register in this workbook: create or adopt it first.",
    };
  const marks = markLookup(inputs.marks);
  const changes = changesSince(inputs);
  const matrix = riskMatrix(risks, inputs.baseline, inputs.settings);
  const look = inputs.settings.paper;
  const paper = paperDocument({
    title: "SEC Panel Risk and Issue Register Update",
    reference: look.reference,
    classification: look.classification,
    typeface: look.typeface,
    cover: coverNoteBlocks(coverNoteOf(inputs, changes)),
    appendices: [
      appendixA(risks, inputs.baseline, marks),
      ...(issues ? [appendixB(issues, inputs.baseline, inputs.dateOrder, marks)] : []),
    ],
    classificationTable: appendixC(),
    matrix,
    matrixLegend: [
      MATRIX_KEY,
      inputs.baseline
        ? `Movement since the baseline of ${inputs.baseline.label}:`
        : "No baseline has been published, so no movement is shown.",
      ...matrix.movements.map(movementText),
    ],
  });
  return { ok: true, paper, fileName: paperFileName(look.reference, now) };
}
