import fc from "fast-check";
import {
  appetiteState,
  bandOrder,
  categoryOf,
  followBands,
  IMPACT_CATEGORIES,
  mitigationState,
} from "../../src/domain/appetite";
import { DEFAULT_SETTINGS, validateSettings } from "../../src/domain/settings";

const S = DEFAULT_SETTINGS;

describe("appetite", () => {
  test("Appendix C's ten categories, matched ignoring case and spaces", () => {
    expect(IMPACT_CATEGORIES).toHaveLength(10);
    expect(categoryOf("  client &  customer ")).toBe("Client & Customer");
    expect(categoryOf("Operational")).toBeNull();
  });

  test("outside appetite is a band above the category's, in the bands' order by their lower limit", () => {
    const settings = { ...S, appetite: { Asset: "Moderate" } };
    expect(appetiteState({ category: "Asset", band: "High", mitigations: null }, settings)).toMatchObject({
      outside: true,
      unmitigated: true,
      mitigation: "none",
    });
    expect(appetiteState({ category: "Asset", band: "Moderate", mitigations: null }, settings).outside).toBe(
      false,
    );
    expect(appetiteState({ category: "Safety", band: "Critical", mitigations: null }, settings).outside).toBe(
      false,
    );
    const planned = appetiteState(
      { category: "Asset", band: "Critical", mitigations: "• Act – Ongoing" },
      settings,
    );
    expect([planned.outside, planned.unmitigated, planned.mitigation]).toEqual([
      true,
      false,
      "planned or ongoing",
    ]);
    // Order comes from the limits, not the list's order.
    expect(bandOrder({ bands: [...S.bands].reverse() })).toEqual(["Low", "Moderate", "High", "Critical"]);
  });

  test("for every band and appetite, outside exactly when the band ranks above", () => {
    const names = bandOrder(S);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        fc.constantFrom(...IMPACT_CATEGORIES),
        (band, limit, cat) => {
          const s = appetiteState(
            { category: cat, band, mitigations: "• In place" },
            { ...S, appetite: { [cat]: limit } },
          );
          expect(s.outside).toBe(names.indexOf(band) > names.indexOf(limit));
          expect(s.unmitigated).toBe(s.outside);
        },
      ),
    );
  });

  test("mitigation state", () => {
    expect(mitigationState("")).toBe("none");
    expect(mitigationState("• Done")).toBe("in place only");
    expect(mitigationState("◦ Review the plan")).toBe("planned or ongoing");
  });

  test("renamed and removed bands: appetite and review cadence follow, and the settings stay valid", () => {
    const settings = {
      ...S,
      appetite: { Asset: "High", Safety: "Low" },
      reviewCadence: { ...S.reviewCadence },
    };
    const renamed = S.bands.map((b) => (b.name === "High" ? { ...b, name: "Severe" } : b));
    expect(followBands(settings, renamed)).toEqual({
      appetite: { Asset: "Severe", Safety: "Low" },
      reviewCadence: { Low: 6, Moderate: 3, Severe: 1, Critical: 1 },
    });
    const three = [
      { name: "Low", min: 1, max: 5, color: "#00B050" },
      { name: "Moderate", min: 6, max: 12, color: "#FFC000" },
      { name: "Top", min: 13, max: 25, color: "#C00000" },
    ];
    const followed = followBands({ ...settings, appetite: { Asset: "Critical", Safety: "High" } }, three);
    // "High" became "Top" (same place); "Critical" is gone: its appetite falls to the band left below it.
    expect(followed.appetite).toEqual({ Asset: "Top", Safety: "Top" });
    expect(followed.reviewCadence).toEqual({ Low: 6, Moderate: 3, Top: 1 });
    const riskRag = { Low: "GREEN", Moderate: "AMBER", Top: "RED" } as const;
    expect(
      validateSettings({ ...S, bands: three, riskRag, escalationThreshold: "Top", ...followed }).ok,
    ).toBe(true);
    // A new band replacing none gets 3 months.
    const four = [
      ...three.slice(0, 2),
      { ...three[2]!, max: 19 },
      { name: "Extreme", min: 20, max: 25, color: "#000000" },
    ];
    expect(
      followBands({ ...settings, bands: three, reviewCadence: followed.reviewCadence }, four).reviewCadence
        .Extreme,
    ).toBe(3);
  });
});
