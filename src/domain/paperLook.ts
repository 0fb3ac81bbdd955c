// How the paper prints: its typeface and size, the paper reference in the page header and the
// document's classification line in the footer (SECP_64_1101_02's first page carries both).
import * as z from "./zod";

export const DEFAULT_CLASSIFICATION =
  "This document is classified as White in accordance with the Panel Information Policy. Information can be shared with the public, and any members may publish the information, subject to copyright.";

/**
 * The footer holds the classification with "Page x of y" beside it, in one string of at most 255
 * characters (MS-OI29500 2.1.619ff.), so the line is kept to 200.
 */
export const MAX_CLASSIFICATION = 200;

export const PaperLookSchema = z.object({
  typeface: z.string().check(z.trim(), z.minLength(1, "a typeface, e.g. Arial"), z.maxLength(31)),
  fontSize: z.number().check(z.gte(7, "at least 7 pt"), z.lte(14, "at most 14 pt")),
  /** e.g. SECP_64_1101_02; empty until the secretariat gives one. */
  reference: z.string().check(z.trim(), z.maxLength(40)),
  classification: z
    .string()
    .check(z.trim(), z.maxLength(MAX_CLASSIFICATION, `at most ${MAX_CLASSIFICATION} characters`)),
  /** Appendix A prints each risk's movement since the last paper (↑ ↓ →, "New": trend.ts arrowFor); the seed paper does not. */
  movementArrows: z._default(z.boolean(), false),
  /** The paper lists the risks above their category's appetite (a table after Appendix A). */
  outsideAppetite: z._default(z.boolean(), false),
});
export type PaperLook = z.infer<typeof PaperLookSchema>;

/** The seed texts name no typeface: Arial (printed as its metric twin Liberation Sans where Arial is absent), tables at 9 pt. */
export const DEFAULT_PAPER_LOOK: PaperLook = {
  typeface: "Arial",
  fontSize: 9,
  reference: "",
  classification: DEFAULT_CLASSIFICATION,
  movementArrows: false,
  outsideAppetite: false,
};
