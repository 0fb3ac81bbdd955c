// The 1–5 scales: Impact's levels are the impact classification's (Appendix C of the Panel paper);
// Likelihood's are a setting (Settings.likelihoodLevels), with the common five-point names by default.

export const SCALE_LEVELS = [
  { score: 1, name: "Negligible" },
  { score: 2, name: "Minor" },
  { score: 3, name: "Moderate" },
  { score: 4, name: "Serious" },
  { score: 5, name: "Major" },
] as const;

/** The seed papers print no likelihood names, so these are the usual five-point scale's. */
export const DEFAULT_LIKELIHOOD_LEVELS = [
  "Rare",
  "Unlikely",
  "Possible",
  "Likely",
  "Almost certain",
] as const;

export type Score = 1 | 2 | 3 | 4 | 5;
export type ScaleName = "Impact" | "Likelihood";
export interface ScaleLevel {
  score: Score;
  name: string;
}

export function isScore(value: unknown): value is Score {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function levelName(score: Score): string {
  return SCALE_LEVELS[score - 1]!.name;
}

/** The levels of a scale: Impact's from the classification, Likelihood's from the settings. */
export function scaleLevels(
  what: ScaleName,
  likelihoodLevels: readonly string[] = DEFAULT_LIKELIHOOD_LEVELS,
): ScaleLevel[] {
  if (what === "Impact") return SCALE_LEVELS.map((l) => ({ score: l.score, name: l.name }));
  return ([1, 2, 3, 4, 5] as const).map((score) => ({
    score,
    name: likelihoodLevels[score - 1] ?? DEFAULT_LIKELIHOOD_LEVELS[score - 1]!,
  }));
}

/** The input message shown by Excel's data validation on a score cell. */
export function scaleInputMessage(what: ScaleName, likelihoodLevels?: readonly string[]): string {
  const levels = scaleLevels(what, likelihoodLevels);
  return `${what}: a whole number 1–5. ` + levels.map((l) => `${l.score} ${l.name}`).join(", ") + ".";
}

/** The scale's two ends, named: "1 (Rare) to 5 (Almost certain)". */
export function scaleRange(what: ScaleName, likelihoodLevels?: readonly string[]): string {
  const levels = scaleLevels(what, likelihoodLevels);
  return `1 (${levels[0]!.name}) to 5 (${levels[4]!.name})`;
}

/** The error alert's message on a score cell. */
export function scaleErrorMessage(what: ScaleName, likelihoodLevels?: readonly string[]): string {
  return `${what} is a whole number from ${scaleRange(what, likelihoodLevels)}.`;
}
