// Severity, band and the RAG policy: the arithmetic the secretariat does by hand today.
import { isScore } from "./scales";
import type { Band, Rag, Settings } from "./settings";

export function severityOf(impact: unknown, likelihood: unknown): number | null {
  return isScore(impact) && isScore(likelihood) ? impact * likelihood : null;
}

export function bandFor(severity: number | null, settings: Settings): Band | null {
  if (severity === null) return null;
  return settings.bands.find((b) => severity >= b.min && severity <= b.max) ?? null;
}

export function riskRagFor(severity: number | null, settings: Settings): Rag | null {
  const band = bandFor(severity, settings);
  return band ? (settings.riskRag[band.name] ?? null) : null;
}

export function issueRagFor(impact: unknown, settings: Settings): Rag | null {
  return isScore(impact) ? (settings.issueRag[impact - 1] ?? null) : null;
}

/** The lowest severity that makes a risk an escalation candidate. */
export function escalationMinimum(settings: Settings): number {
  return settings.bands.find((b) => b.name === settings.escalationThreshold)?.min ?? 13;
}

/** The 14 severities that two 1–5 scores can produce. */
export const POSSIBLE_SEVERITIES = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25] as const;
