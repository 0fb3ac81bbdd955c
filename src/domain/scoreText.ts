// Scores as people write them in a register ("4 - Likely", "3 (Moderate)", "High", "H", "Very high"):
// the number each would become on the 1–5 scale, proposed to the user at adoption, never applied
// unseen (issue 11 item 3). A proposal is only a proposal: the preview lets the user change it.
import { scaleLevels, type ScaleName, type Score } from "./scales";

/** Zero-width characters and non-breaking spaces, as text pasted from Word or a PDF carries them. */
export function cleanScoreText(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u202F]/g, " ")
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The usual five words (and their letters) read onto 1–5: Very low 1 … Very high 5. */
// A Map, not an object: a cell reading "__proto__" or "constructor" must not find Object.prototype.
const WORDS: ReadonlyMap<string, Score> = new Map(
  Object.entries({
    "very low": 1,
    vl: 1,
    low: 2,
    l: 2,
    medium: 3,
    med: 3,
    m: 3,
    moderate: 3,
    high: 4,
    h: 4,
    "very high": 5,
    vh: 5,
  }) as Array<[string, Score]>,
);

const asScore = (n: number): Score | null => (n >= 1 && n <= 5 ? (n as Score) : null);

/** The number a written score would become, or null when it reads as none. */
export function proposeScore(
  text: string,
  what: ScaleName,
  likelihoodLevels?: readonly string[],
): Score | null {
  const t = cleanScoreText(text);
  if (!t) return null;
  // A leading digit, alone or before words: "4", "4.0", "4 - Likely", "3 (Moderate)"; not "3.5", "12".
  const lead = /^([1-5])(?:\.0+)?(?![.,]?\d)(?:$|[\s\-:.)(/])/.exec(t);
  if (lead) return asScore(Number(lead[1]));
  // A trailing one: "Likely (4)", "Likely - 4".
  const trail = /(?:\(\s*([1-5])\s*\)|[-:]\s*([1-5]))$/.exec(t);
  if (trail) return asScore(Number(trail[1] ?? trail[2]));
  // The scale's own level names ("Serious", "Almost certain"), then the usual words.
  const words = t.replace(/[.!]+$/, "").replace(/\s*\/\s*/g, "/");
  const level = scaleLevels(what, likelihoodLevels).find((l) => l.name.toLowerCase() === words);
  if (level) return level.score;
  return WORDS.get(words) ?? null;
}
