// The policy a workbook stores: severity bands, RAG mapping, escalation threshold and the registers.
import * as z from "./zod";
import { AdoptMappingSchema, MAX_ADOPT_MAPPINGS } from "./adoptMappings";
import { DEFAULT_PAPER_LOOK, PaperLookSchema } from "./paperLook";
import { SCORE_SETS } from "./columns";
import { REGISTER_KINDS, type RegisterKind } from "./kindNames";
import { DEFAULT_LIKELIHOOD_LEVELS } from "./scales";

export const RAG_VALUES = ["RED", "AMBER", "GREEN"] as const;
export const RagSchema = z.enum(RAG_VALUES);
export type Rag = z.infer<typeof RagSchema>;

/** The paper's RAG fills, with black text, which reads on all three. */
export const RAG_COLORS: Record<Rag, { fill: string; font: string }> = {
  RED: { fill: "#FF0000", font: "#000000" },
  AMBER: { fill: "#FFC000", font: "#000000" },
  GREEN: { fill: "#00B050", font: "#000000" },
};

const hexColor = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, "a colour like #FFC000"));

export const BandSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
  min: z.number().check(z.int(), z.gte(1), z.lte(25)),
  max: z.number().check(z.int(), z.gte(1), z.lte(25)),
  color: hexColor,
});
export type Band = z.infer<typeof BandSchema>;

/** Register kinds; what each has and how it is governed is data (src/domain/registerKinds.ts). */
export const RegisterKindSchema = z.enum(REGISTER_KINDS);
export type { RegisterKind };

export const OngoingStyleSchema = z.enum(["suffix", "italics"]);
export type OngoingStyle = z.infer<typeof OngoingStyleSchema>;

function likelihoodDefaults(): [string, string, string, string, string] {
  const [a, b, c, d, e] = DEFAULT_LIKELIHOOD_LEVELS;
  return [a, b, c, d, e];
}

const levelName = z
  .string()
  .check(z.trim(), z.minLength(1, "a likelihood level needs a name"), z.maxLength(30));

export const RegisterDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*$/, "letters and digits, starting with a letter")),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  kind: RegisterKindSchema,
  /** The Panel's registers receive escalations; sub-committee registers send them. */
  role: z.enum(["panel", "subcommittee"]),
  sheet: z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(31),
      z.regex(/^[^[\]:*?/\\]+$/, "no [ ] : * ? / \\ characters"),
    ),
  table: z
    .string()
    .check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, "letters, digits and _, starting with a letter")),
  /**
   * How numbers are shown: "0" gives 18, "OPSG-000" gives OPSG-008; an action log's "SECP00/00" is the
   * minutes' meeting/action format, SECP47/02.
   */
  numberFormat: z
    .string()
    .check(
      z.regex(/^(?:[^0]*0+|[^0/]*0+\/0+)$/, "a prefix followed by zeros, e.g. OPSG-000 (actions: SECP00/00)"),
    ),
  /**
   * Which of a risk's three scores the register shows (its table has their columns) and which the
   * paper prints; absent (older settings), the current score only, as the Panel's seed paper.
   */
  scoreSets: z.optional(z.array(z.enum(SCORE_SETS)).check(z.minLength(1))),
  printedScores: z.optional(z.array(z.enum(SCORE_SETS)).check(z.minLength(1))),
  /**
   * How a planned/ongoing mitigation is kept in the cell. "suffix": the OPSG paper's way, the bullet
   * ends "– Ongoing". "italics": the Panel paper's way, the words unchanged and the state in the
   * bullet's marker ("◦"), printed in italics (src/domain/mitigations.ts).
   */
  ongoingStyle: z._default(OngoingStyleSchema, "suffix"),
  /**
   * Headers of the register's table that the user mapped at adoption otherwise than their names say:
   * normalised header → column key, or "" for a column kept as it is (src/domain/register.ts).
   */
  columnsByHeader: z.optional(z.record(z.string(), z.string())),
});
export type RegisterDefinition = z.infer<typeof RegisterDefinitionSchema>;

export const SettingsSchema = z
  .object({
    version: z.literal(1),
    bands: z.array(BandSchema).check(z.minLength(1), z.maxLength(10)),
    /** RAG for each band name, for risks. */
    riskRag: z.record(z.string(), RagSchema),
    /** RAG for issue Impact 1..5 (index 0 is Impact 1). */
    issueRag: z.tuple([RagSchema, RagSchema, RagSchema, RagSchema, RagSchema]),
    /** Risks in this band or above are escalation candidates. */
    escalationThreshold: z.string(),
    /** Likelihood 1..5's names (index 0 is Likelihood 1); settings stored before it get the defaults. */
    likelihoodLevels: z._default(z.tuple([levelName, levelName, levelName, levelName, levelName]), () =>
      likelihoodDefaults(),
    ),
    registers: z.array(RegisterDefinitionSchema).check(z.minLength(1)),
    /** Header mappings confirmed at adoption (src/domain/adoptMappings.ts); older settings have none. */
    adoptMappings: z._default(z.array(AdoptMappingSchema).check(z.maxLength(MAX_ADOPT_MAPPINGS)), []),
    /**
     * Risk appetite: for each impact category (Appendix C's), the highest band the body accepts. A
     * category without one has no appetite set. Older settings have none.
     */
    appetite: z._default(z.record(z.string(), z.string()), () => ({})),
    /**
     * Months between reviews for a risk in each band; older settings get the defaults. A band without
     * one (a band added since) has no next review worked out until the Settings view gives it one.
     */
    reviewCadence: z._default(z.record(z.string(), z.number().check(z.int(), z.gte(1), z.lte(24))), () => ({
      ...DEFAULT_REVIEW_CADENCE,
    })),
    /** How the paper prints (src/domain/paperLook.ts); settings stored before it get the seed paper's. */
    paper: z._default(PaperLookSchema, () => ({ ...DEFAULT_PAPER_LOOK })),
  })
  .check(
    z.superRefine((s, ctx) => {
      const sorted = [...s.bands].sort((a, b) => a.min - b.min);
      let expected = 1;
      for (const band of sorted) {
        if (band.min > band.max)
          ctx.addIssue({
            code: "custom",
            message: `Band ${band.name}: from ${band.min} is above to ${band.max}.`,
          });
        else if (band.min > expected)
          ctx.addIssue({ code: "custom", message: `No band covers severity ${expected}–${band.min - 1}.` });
        else if (band.min < expected)
          ctx.addIssue({
            code: "custom",
            message: `Band ${band.name} overlaps the band below it at ${band.min}.`,
          });
        expected = Math.max(expected, band.max + 1);
      }
      if (expected <= 25)
        ctx.addIssue({ code: "custom", message: `No band covers severity ${expected}–25.` });
      const names = s.bands.map((b) => b.name.toLowerCase());
      if (new Set(names).size !== names.length)
        ctx.addIssue({ code: "custom", message: "Two bands have the same name." });
      for (const band of s.bands) {
        if (!(band.name in s.riskRag))
          ctx.addIssue({ code: "custom", message: `No RAG is set for band ${band.name}.` });
      }
      if (!s.bands.some((b) => b.name === s.escalationThreshold)) {
        ctx.addIssue({
          code: "custom",
          message: `The escalation threshold "${s.escalationThreshold}" is not a band.`,
        });
      }
      for (const [category, band] of Object.entries(s.appetite))
        if (!s.bands.some((b) => b.name === band))
          ctx.addIssue({
            code: "custom",
            message: `The appetite for ${category}, "${band}", is not a band.`,
          });
      const levels = s.likelihoodLevels.map((l) => l.toLowerCase());
      if (new Set(levels).size !== levels.length)
        ctx.addIssue({ code: "custom", message: "Two likelihood levels have the same name." });
      for (const key of ["id", "sheet", "table"] as const) {
        const values = s.registers.map((r) => r[key].toLowerCase());
        if (new Set(values).size !== values.length)
          ctx.addIssue({ code: "custom", message: `Two registers have the same ${key}.` });
      }
    }),
  );
export type Settings = z.infer<typeof SettingsSchema>;

/** Review intervals in months: Critical and High monthly, Moderate quarterly, Low six-monthly. */
export const DEFAULT_REVIEW_CADENCE: Readonly<Record<string, number>> = {
  Low: 6,
  Moderate: 3,
  High: 1,
  Critical: 1,
};

export const PANEL_RISKS: RegisterDefinition = {
  id: "panelRisks",
  name: "SEC Panel risks",
  kind: "risk",
  role: "panel",
  sheet: "Panel Risks",
  table: "PanelRisks",
  numberFormat: "0",
  ongoingStyle: "italics",
  scoreSets: ["current"],
  printedScores: ["current"],
};
export const PANEL_ISSUES: RegisterDefinition = {
  id: "panelIssues",
  name: "SEC Panel issues",
  kind: "issue",
  role: "panel",
  sheet: "Panel Issues",
  table: "PanelIssues",
  numberFormat: "0",
  ongoingStyle: "italics",
  scoreSets: ["current"],
  printedScores: ["current"],
};
export const OPSG_RISKS: RegisterDefinition = {
  id: "opsgRisks",
  name: "OPSG risks",
  kind: "risk",
  role: "subcommittee",
  sheet: "OPSG Risks",
  table: "OPSGRisks",
  numberFormat: "OPSG-000",
  ongoingStyle: "suffix",
  scoreSets: ["current"],
  printedScores: ["current"],
};
/** The Panel's action log, numbered as its minutes number actions (SECP47/02). */
export const PANEL_ACTIONS: RegisterDefinition = {
  id: "panelActions",
  name: "SEC Panel actions",
  kind: "action",
  role: "panel",
  sheet: "Panel Actions",
  table: "PanelActions",
  numberFormat: "SECP00/00",
  ongoingStyle: "suffix",
  scoreSets: ["current"],
  printedScores: ["current"],
};

/** Defaults from PRODUCT.md: bands read off the OPSG paper's labels, the Panel's RAG practice. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  bands: [
    { name: "Low", min: 1, max: 5, color: "#00B050" },
    { name: "Moderate", min: 6, max: 12, color: "#FFC000" },
    { name: "High", min: 13, max: 19, color: "#FF6600" },
    { name: "Critical", min: 20, max: 25, color: "#C00000" },
  ],
  riskRag: { Low: "GREEN", Moderate: "AMBER", High: "RED", Critical: "RED" },
  issueRag: ["GREEN", "AMBER", "RED", "RED", "RED"],
  escalationThreshold: "High",
  likelihoodLevels: likelihoodDefaults(),
  registers: [PANEL_RISKS, PANEL_ISSUES, OPSG_RISKS, PANEL_ACTIONS],
  adoptMappings: [],
  appetite: {},
  reviewCadence: { ...DEFAULT_REVIEW_CADENCE },
  paper: { ...DEFAULT_PAPER_LOOK },
};

export function validateSettings(
  candidate: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const result = SettingsSchema.safeParse(candidate);
  if (result.success) return { ok: true, settings: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
  };
}
