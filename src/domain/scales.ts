// The 1–5 scales of the impact classification (Appendix C of the Panel paper).

export const SCALE_LEVELS = [
  { score: 1, name: "Negligible" },
  { score: 2, name: "Minor" },
  { score: 3, name: "Moderate" },
  { score: 4, name: "Serious" },
  { score: 5, name: "Major" },
] as const;

export type Score = 1 | 2 | 3 | 4 | 5;

export function isScore(value: unknown): value is Score {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function levelName(score: Score): string {
  return SCALE_LEVELS[score - 1]!.name;
}

/** The input message shown by Excel's data validation on a score cell. */
export function scaleInputMessage(what: "Impact" | "Likelihood"): string {
  return `${what}: a whole number 1–5. ` + SCALE_LEVELS.map((l) => `${l.score} ${l.name}`).join(", ") + ".";
}
