import fc from "fast-check";
import { formFromRow, formUpdates, mitigationOps, validateForm, computedOf } from "../../src/domain/rowForm";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { Mitigation } from "../../src/domain/mitigations";

const risk4 = () =>
  formFromRow("panelRisks", "risk", "Panel Risks", 5, {
    number: 4,
    description: "Testing may be insufficient for a stable environment leading to defects.",
    impact: 3,
    likelihood: 3,
    mitigations:
      "• The Testing Advisory Group (TAG) analyse and review outcomes.\n• DCC Live Service Criteria Report to BEIS in place.",
    ragOverride: "GREEN",
    ragRationale: null,
    status: null,
    owner: null,
  });

describe("the row form", () => {
  test("score choice updates severity, band and the policy's RAG", () => {
    const f = { ...risk4(), impact: 5, likelihood: 4 };
    expect(computedOf(f, DEFAULT_SETTINGS)).toEqual({
      severity: 20,
      band: "Critical",
      computedRag: "RED",
      rag: "GREEN",
    });
    expect(computedOf({ ...f, ragOverride: null }, DEFAULT_SETTINGS).rag).toBe("RED");
  });

  test("an override that differs from the policy needs a rationale; one that agrees does not", () => {
    const f = risk4(); // 3 × 3 = 9, Moderate, AMBER by policy; override GREEN
    expect(validateForm(f, DEFAULT_SETTINGS)).toEqual([
      { field: "ragRationale", message: "RAG GREEN differs from the policy's AMBER: record why." },
    ]);
    expect(validateForm({ ...f, ragRationale: "Controls in place are proven." }, DEFAULT_SETTINGS)).toEqual(
      [],
    );
    expect(validateForm({ ...f, ragOverride: "AMBER" }, DEFAULT_SETTINGS)).toEqual([]);
  });

  test("scores and text are required; empty mitigations are refused", () => {
    const errors = validateForm(
      {
        ...risk4(),
        ragOverride: null,
        impact: null,
        likelihood: null,
        description: " ",
        mitigations: [{ text: "", state: "planned" }],
      },
      DEFAULT_SETTINGS,
    ).map((e) => e.field);
    expect(errors).toEqual(["description", "impact", "likelihood", "mitigations"]);
  });

  test("mitigation list operations", () => {
    const list: Mitigation[] = [
      { text: "A", state: "inPlace" },
      { text: "B", state: "planned", status: "Ongoing" },
    ];
    expect(mitigationOps.add(list, "C").map((m) => m.text)).toEqual(["A", "B", "C"]);
    expect(mitigationOps.move(list, 1, -1).map((m) => m.text)).toEqual(["B", "A"]);
    expect(mitigationOps.move(list, 0, -1).map((m) => m.text)).toEqual(["A", "B"]);
    expect(mitigationOps.remove(list, 0).map((m) => m.text)).toEqual(["B"]);
    expect(mitigationOps.edit(list, 0, "A2")[0]!.text).toBe("A2");
    expect(mitigationOps.setState(list, 1, "inPlace")[1]).toEqual({ text: "B", state: "inPlace" });
    expect(mitigationOps.setState(list, 0, "planned")[0]).toEqual({ text: "A", state: "planned" });
  });

  test("moves keep every mitigation exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { maxLength: 8 }),
        fc.nat(10),
        fc.constantFrom(-1 as const, 1 as const),
        (texts, i, by) => {
          const list = texts.map((text) => ({ text, state: "inPlace" as const }));
          const moved = mitigationOps.move(list, i % Math.max(1, list.length), by);
          expect([...moved.map((m) => m.text)].sort()).toEqual([...texts].sort());
        },
      ),
    );
  });

  test("a save writes only what changed", () => {
    const f = risk4();
    expect(formUpdates(f)).toEqual([]);
    const edited = {
      ...f,
      likelihood: 4,
      mitigations: mitigationOps.add(f.mitigations, "Post-release lessons learnt exercises.", "inPlace"),
      ragRationale: "Proven controls.",
    };
    expect(formUpdates(edited)).toEqual([
      { key: "likelihood", to: 4 },
      {
        key: "mitigations",
        to: "• The Testing Advisory Group (TAG) analyse and review outcomes.\n• DCC Live Service Criteria Report to BEIS in place.\n• Post-release lessons learnt exercises.",
      },
      { key: "ragRationale", to: "Proven controls." },
    ]);
  });
});
