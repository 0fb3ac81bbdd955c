// Every Check rule, in order. Within a row, findings come out step by step as listed here; the rules of
// one step look at the same cells, and their findings are interleaved column by column (the kind's column
// order). A new rule is a module in this folder and a line here.
import type { Rule } from "../rule";
import { actionOverdue } from "./action-overdue";
import { associatedRiskMissing } from "./associated-risk-missing";
import { categoryUnknown } from "./category-unknown";
import { columnMissing } from "./column-missing";
import { computedMismatch } from "./computed-mismatch";
import { computedTyped } from "./computed-typed";
import { numberDuplicate } from "./number-duplicate";
import { numberFormat } from "./number-format";
import { numberMissing } from "./number-missing";
import { outsideAppetite } from "./outside-appetite";
import { ragInvalid } from "./rag-invalid";
import { ragOverrideUnexplained } from "./rag-override-unexplained";
import { reviewOverdue } from "./review-overdue";
import { scoreMissing } from "./score-missing";
import { scoreNotWhole } from "./score-not-whole";
import { scoreOutOfRange } from "./score-out-of-range";
import { statusUnknown } from "./status-unknown";
import { textFormulaLike } from "./text-formula-like";
import { textRequired } from "./text-required";
import { textTooLong } from "./text-too-long";

export const RULE_STEPS: readonly (readonly Rule[])[] = [
  [columnMissing],
  [numberMissing, numberDuplicate, numberFormat],
  [textRequired],
  [scoreMissing, scoreNotWhole, scoreOutOfRange],
  [ragInvalid],
  [computedTyped, computedMismatch],
  [ragOverrideUnexplained],
  [statusUnknown],
  [associatedRiskMissing],
  [categoryUnknown, outsideAppetite],
  [reviewOverdue, actionOverdue],
  [textFormulaLike, textTooLong],
];

export const RULES: readonly Rule[] = RULE_STEPS.flat();
