// Risk appetite (the Orange Book's risk appetite guidance): for each impact category of Appendix C, the
// highest band the body accepts. A risk whose current band is above its category's appetite is outside
// appetite; one with no planned or ongoing mitigation is what Check reports and the paper can list.
import type { Band, Settings } from "./settings";
import { IMPACT_CLASSIFICATION } from "./impactClassification";
import { parseMitigations } from "./mitigations";

export const IMPACT_CATEGORIES: readonly string[] = IMPACT_CLASSIFICATION.map((c) => c.category);

/** Appendix C's category a cell names (case and spaces aside), or null. */
export function categoryOf(cell: unknown): string | null {
  const t = String(cell ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  if (!t) return null;
  return IMPACT_CATEGORIES.find((c) => c.toLowerCase() === t) ?? null;
}

/** The bands from lowest to highest (by their lower limit). */
export function bandOrder(settings: Pick<Settings, "bands">): string[] {
  return [...settings.bands].sort((a, b) => a.min - b.min).map((b) => b.name);
}

export type MitigationState = "none" | "in place only" | "planned or ongoing";

/** Whether a risk's mitigations include a planned or ongoing action (src/domain/mitigations.ts). */
export function mitigationState(cell: unknown): MitigationState {
  const list = parseMitigations(cell);
  if (list.length === 0) return "none";
  return list.some((m) => m.state === "planned") ? "planned or ongoing" : "in place only";
}

export interface AppetiteState {
  category: string | null;
  /** The category's appetite band, or null where none is set (or the category is not one of the ten). */
  appetite: string | null;
  band: string | null;
  /** The band is above the appetite. */
  outside: boolean;
  mitigation: MitigationState;
  /** Outside appetite and nothing planned or ongoing to bring it back: what Check reports. */
  unmitigated: boolean;
}

export function appetiteState(
  risk: { category: unknown; band: unknown; mitigations: unknown },
  settings: Pick<Settings, "bands" | "appetite">,
): AppetiteState {
  const category = categoryOf(risk.category);
  const appetite = category ? (settings.appetite[category] ?? null) : null;
  const band = typeof risk.band === "string" && risk.band.trim() ? risk.band.trim() : null;
  const order = bandOrder(settings);
  const at = band === null ? -1 : order.findIndex((b) => b.toLowerCase() === band.toLowerCase());
  const limit = appetite === null ? -1 : order.indexOf(appetite);
  const outside = at >= 0 && limit >= 0 && at > limit;
  const mitigation = mitigationState(risk.mitigations);
  return {
    category,
    appetite,
    band,
    outside,
    mitigation,
    unmitigated: outside && mitigation !== "planned or ongoing",
  };
}

/**
 * The appetite and review cadence once the bands change: a band renamed (the same position) keeps its
 * entries under the new name; a new band takes the cadence of the band it replaces, or 3 months; an
 * appetite naming a band that is gone falls to the highest band left below it (or the lowest band).
 */
export function followBands(
  settings: Pick<Settings, "bands" | "appetite" | "reviewCadence">,
  bands: readonly Band[],
): { appetite: Record<string, string>; reviewCadence: Record<string, number> } {
  const oldBands = settings.bands;
  const newNames = bands.map((b) => b.name);
  const renamed = new Map<string, string>();
  oldBands.forEach((b, i) => {
    if (i < bands.length) renamed.set(b.name, bands[i]!.name);
  });
  const oldOrder = bandOrder(settings);
  const appetite: Record<string, string> = {};
  for (const [category, band] of Object.entries(settings.appetite)) {
    let next = renamed.get(band);
    if (next === undefined || !newNames.includes(next)) {
      // Gone: the highest remaining band below it, by the old order.
      const below = oldOrder.slice(0, Math.max(0, oldOrder.indexOf(band))).reverse();
      next = below.map((b) => renamed.get(b)).find((b): b is string => !!b && newNames.includes(b));
      next ??= bandOrder({ bands: [...bands] })[0];
    }
    if (next) appetite[category] = next;
  }
  const reviewCadence: Record<string, number> = {};
  bands.forEach((b, i) => {
    const old = oldBands[i];
    reviewCadence[b.name] =
      settings.reviewCadence[b.name] ?? (old ? settings.reviewCadence[old.name] : undefined) ?? 3;
  });
  return { appetite, reviewCadence };
}
