// FROZEN COPY of src/domain/validation.ts as it was before Check was split into one module per rule
// (src/domain/check). Only sameAsBefore.test.ts uses it, as the oracle that the split changed nothing.
// Delete both when a rule is changed on purpose.
/* eslint-disable */
// @ts-nocheck -- the copy predates the action kind (it indexed its table by kind).
import { asText, isBlank, looksLikeFormula, MAX_CELL_CHARS } from "../../../../src/domain/cellText";
import { columnsFor, isLiveStatus, statusesFor, type ColumnKey } from "../../../../src/domain/columns";
import type { Finding, FindingRule, FindingSeverity } from "../../../../src/domain/findings";
import { matchesFormat, numberKey, parseNumber, splitReferences } from "../../../../src/domain/numbering";
import {
  viewRegister,
  type CellValue,
  type RegisterSnapshot,
  type RegisterView,
} from "../../../../src/domain/register";
import { isScore, scaleRange } from "../../../../src/domain/scales";
import { bandFor, issueRagFor, riskRagFor, severityOf } from "../../../../src/domain/scoring";
import { RAG_VALUES, type Rag, type Settings } from "../../../../src/domain/settings";

const ESSENTIAL: Record<"risk" | "issue", ColumnKey[]> = {
  risk: [
    "number",
    "description",
    "impact",
    "likelihood",
    "severity",
    "band",
    "computedRag",
    "ragOverride",
    "ragRationale",
    "rag",
  ],
  issue: ["number", "description", "impact", "computedRag", "ragOverride", "ragRationale", "rag"],
};

const show = (v: CellValue) =>
  typeof v === "string" ? `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"` : String(v);

export function checkRegisters(snapshots: readonly RegisterSnapshot[], settings: Settings): Finding[] {
  const views = snapshots.map(viewRegister);
  const panelRisks = views.find((v) => v.snapshot.def.kind === "risk" && v.snapshot.def.role === "panel");
  const panelRiskKeys = panelRisks ? numberKeys(panelRisks) : null;
  return views.flatMap((v) => checkRegister(v, settings, panelRiskKeys));
}

function numberKeys(view: RegisterView): Set<string> {
  const keys = new Set<string>();
  for (let r = 0; r < view.rowCount; r++) {
    const k = numberKey(view.value(r, "number"), view.snapshot.def.numberFormat);
    if (k) keys.add(k);
  }
  return keys;
}

function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((c) => c === null || c === "");
}

export function checkRegister(
  view: RegisterView,
  settings: Settings,
  panelRiskKeys: Set<string> | null,
): Finding[] {
  const { def, sheet } = view.snapshot;
  const findings: Finding[] = [];
  const headerOf = (key: ColumnKey) => {
    const i = view.mapping.columns[key];
    return i === undefined ? key : (view.snapshot.headers[i] ?? key);
  };
  const add = (
    rule: FindingRule,
    severity: FindingSeverity,
    row: number,
    key: ColumnKey,
    message: string,
    fix?: string,
  ) => {
    const label = row >= 0 ? view.value(row, "number") : null;
    findings.push({
      rule,
      severity,
      registerId: def.id,
      registerName: def.name,
      sheet,
      address: row >= 0 ? view.address(row, key) : view.address(-1, key),
      rowLabel: label === null ? null : asText(label),
      column: headerOf(key).replace(/\s+/g, " "),
      message,
      ...(fix ? { fix } : {}),
    });
  };

  for (const key of ESSENTIAL[def.kind]) {
    if (view.mapping.columns[key] !== undefined) continue;
    const header = columnsFor(def.kind).find((c) => c.key === key)!.header;
    findings.push({
      rule: "column-missing",
      severity: "error",
      registerId: def.id,
      registerName: def.name,
      sheet,
      address: view.address(-1, "number"),
      rowLabel: null,
      column: header,
      message: `${def.name} has no "${header}" column.`,
      fix: "Run Adopt register on this sheet to add the missing columns.",
    });
  }

  const seen = new Map<string, string>();
  const scoreKeys: ColumnKey[] = def.kind === "risk" ? ["impact", "likelihood"] : ["impact"];
  const textKeys = columnsFor(def.kind)
    .filter(
      (c) =>
        (c.role === "text" || c.role === "id" || c.role === "status" || c.role === "date") &&
        view.mapping.columns[c.key] !== undefined,
    )
    .map((c) => c.key);
  const statuses = statusesFor(def.kind).map((s) => s.toLowerCase());

  for (let r = 0; r < view.rowCount; r++) {
    if (isEmptyRow(view.snapshot.values[r])) continue;
    const status = view.value(r, "status");
    const live = isLiveStatus(status);

    // Number
    const num = view.value(r, "number");
    if (view.mapping.columns.number !== undefined) {
      if (isBlank(num))
        add(
          "number-missing",
          "error",
          r,
          "number",
          `Row ${view.address(r, "number").replace(/\D/g, "")} has no number.`,
          "Give the row the next free number.",
        );
      else {
        const key = numberKey(num, def.numberFormat)!;
        const first = seen.get(key);
        if (first)
          add(
            "number-duplicate",
            "error",
            r,
            "number",
            `Number ${asText(num)} is also used at ${first}.`,
            "Give one of the rows the next free number.",
          );
        else seen.set(key, view.address(r, "number"));
        if (!first && !matchesFormat(num, def.numberFormat)) {
          add(
            "number-format",
            "warning",
            r,
            "number",
            `${show(num)} is not written in the register's number format (${def.numberFormat}).`,
            `Write it as the format shows, e.g. ${def.numberFormat.replace(/0+$/, (z) => "1".padStart(z.length, "0"))}.`,
          );
        }
      }
    }

    // Required text
    if (view.mapping.columns.description !== undefined && isBlank(view.value(r, "description"))) {
      add(
        "text-required",
        "error",
        r,
        "description",
        `${def.kind === "risk" ? "Risk" : "Issue"} ${asText(num) || "?"} has no description.`,
      );
    }

    // Scores
    let scoresValid = true;
    for (const key of scoreKeys) {
      if (view.mapping.columns[key] === undefined) continue;
      const v = view.value(r, key);
      const what = key === "impact" ? "Impact" : "Likelihood";
      if (v === null) {
        if (live)
          add(
            "score-missing",
            "error",
            r,
            key,
            `${what} is blank.`,
            `Choose ${what} from ${scaleRange(what, settings.likelihoodLevels)}.`,
          );
        scoresValid = false;
      } else if (typeof v !== "number") {
        const numeric = typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v);
        add(
          "score-not-whole",
          "error",
          r,
          key,
          numeric
            ? `${what} ${show(v)} is stored as text, not a number.`
            : `${what} ${show(v)} is not a whole number from 1 to 5.`,
          numeric ? `Re-enter ${v.trim()} as a number.` : `Choose ${what} from 1 to 5.`,
        );
        scoresValid = false;
      } else if (!Number.isInteger(v)) {
        add(
          "score-not-whole",
          "error",
          r,
          key,
          `${what} ${v} is not a whole number.`,
          `Round it to ${Math.min(5, Math.max(1, Math.round(v)))} or choose another level.`,
        );
        scoresValid = false;
      } else if (!isScore(v)) {
        add(
          "score-out-of-range",
          "error",
          r,
          key,
          `${what} ${v} is outside 1–5.`,
          `Choose ${what} from 1 to 5.`,
        );
        scoresValid = false;
      }
    }

    // RAG override
    const overrideRaw = view.value(r, "ragOverride");
    let override: Rag | null = null;
    if (overrideRaw !== null) {
      const up = asText(overrideRaw).trim().toUpperCase();
      if ((RAG_VALUES as readonly string[]).includes(up)) override = up as Rag;
      else
        add(
          "rag-invalid",
          "error",
          r,
          "ragOverride",
          `RAG override ${show(overrideRaw)} is not RED, AMBER or GREEN.`,
          "Choose RED, AMBER or GREEN, or clear the override.",
        );
    }

    // Computed columns (skipped when the scores are bad: that finding is enough)
    if (scoresValid) {
      const impact = view.value(r, "impact");
      const severity = def.kind === "risk" ? severityOf(impact, view.value(r, "likelihood")) : null;
      const band = def.kind === "risk" ? (bandFor(severity, settings)?.name ?? null) : null;
      const computedRag =
        def.kind === "risk" ? riskRagFor(severity, settings) : issueRagFor(impact, settings);
      // Each computed cell is judged against the cell it is computed from, so one wrong cell gives one finding.
      const has = (key: ColumnKey) => view.mapping.columns[key] !== undefined;
      const shownSeverity = has("severity") ? view.value(r, "severity") : severity;
      const shownBand = has("band") ? view.value(r, "band") : band;
      const bandFromShown =
        typeof shownSeverity === "number" ? (bandFor(shownSeverity, settings)?.name ?? null) : null;
      const ragFromShownBand =
        typeof shownBand === "string"
          ? (settings.riskRag[
              settings.bands.find((b) => b.name.toUpperCase() === shownBand.toUpperCase())?.name ?? ""
            ] ?? null)
          : null;
      const shownComputedRag = has("computedRag") ? view.value(r, "computedRag") : computedRag;
      const expected: Partial<Record<ColumnKey, CellValue>> =
        def.kind === "risk"
          ? { severity, band: bandFromShown, computedRag: ragFromShownBand }
          : { computedRag };
      if (overrideRaw === null || override !== null) expected.rag = override ?? shownComputedRag;
      for (const [key, want] of Object.entries(expected) as Array<[ColumnKey, CellValue]>) {
        if (view.mapping.columns[key] === undefined) continue;
        const got = view.value(r, key);
        const same =
          got === want ||
          (typeof got === "string" && typeof want === "string" && got.toUpperCase() === want.toUpperCase());
        const header = headerOf(key).replace(/\s+/g, " ");
        const before = findings.length;
        if (!view.isFormula(r, key)) {
          if (same && got !== null)
            add(
              "computed-typed",
              "warning",
              r,
              key,
              `${header} ${show(got)} is typed by hand; it will not follow changes to the scores.`,
              "Restore the formula.",
            );
          else if (!same)
            add(
              "computed-mismatch",
              "error",
              r,
              key,
              `${header} is ${got === null ? "blank" : show(got)} but should be ${want === null ? "blank" : show(want)}.`,
              "Restore the formula.",
            );
        } else if (!same) {
          add(
            "computed-mismatch",
            "error",
            r,
            key,
            `${header} shows ${got === null ? "nothing" : show(got)} but should be ${want === null ? "blank" : show(want)}.`,
            "Restore the formula (the settings may have changed since it was written).",
          );
        }
        // The one fix the add-in applies itself: the column's formula back in the cell.
        if (findings.length > before)
          findings[before]!.restoreFormula = { key: key as "severity", sheetRow: view.snapshot.top + 1 + r };
      }
      if (
        override !== null &&
        computedRag !== null &&
        override !== computedRag &&
        isBlank(view.value(r, "ragRationale"))
      ) {
        add(
          "rag-override-unexplained",
          "warning",
          r,
          "ragOverride",
          `RAG is ${override} but the policy gives ${computedRag}${severity !== null ? ` for severity ${severity} (${band})` : ` for Impact ${asText(impact)}`}, and no rationale is recorded.`,
          "Record the reason in RAG Rationale, or clear the override.",
        );
      }
    }

    // Status
    if (status !== null && !statuses.includes(asText(status).trim().toLowerCase())) {
      add(
        "status-unknown",
        "warning",
        r,
        "status",
        `Status ${show(status)} is not one of ${statusesFor(def.kind).join(", ")}.`,
        "Choose one of the listed statuses.",
      );
    }

    // Associated risks
    if (def.kind === "issue" && panelRiskKeys) {
      for (const ref of splitReferences(view.value(r, "associatedRisks"))) {
        // Only plain numbers name Panel risks; "TABASC 10" is another register's risk.
        const n = parseNumber(ref, "0");
        if (n !== null && !panelRiskKeys.has(String(n))) {
          add(
            "associated-risk-missing",
            "warning",
            r,
            "associatedRisks",
            `Associated risk ${ref} is not in the Panel risk register.`,
            "Correct the number, or keep the risk in the register as closed.",
          );
        }
      }
    }

    // Text
    for (const key of textKeys) {
      const v = view.value(r, key);
      if (view.isFormula(r, key)) {
        add(
          "text-formula-like",
          "error",
          r,
          key,
          `${headerOf(key).replace(/\s+/g, " ")} holds a formula where text is expected.`,
          "Re-enter the text with the column formatted as Text.",
        );
      } else if (looksLikeFormula(v)) {
        add(
          "text-formula-like",
          "warning",
          r,
          key,
          `${show(v)} starts with "${asText(v)[0]}": Excel would read it as a formula if it were typed in again.`,
          "Start the text with a word, or keep the column formatted as Text.",
        );
      }
      if (typeof v === "string" && v.length > MAX_CELL_CHARS) {
        add(
          "text-too-long",
          "error",
          r,
          key,
          `The text has ${v.length.toLocaleString("en-GB")} characters; Excel keeps at most 32,767 in a cell.`,
          "Shorten it, or move detail to a linked document.",
        );
      }
    }
  }
  return findings;
}
