// Shared by the two payload contracts: what Excel on the web says when a request or response is over
// 5 MB, and how a contract reports a host that has no such limit (Excel on Windows and Mac).
export const PAYLOAD_SOURCES = [
  "https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  "https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling",
  "https://github.com/OfficeDev/office-js-docs-reference/issues/354",
  "https://github.com/OfficeDev/office-js/issues/1314",
];

/** One cell's worth of text: Excel allows 32,767 characters; ASCII, so a character is a byte. */
export const BIG_TEXT = "x".repeat(30_000);
/** 200 × 30,000 bytes: about 5.7 MB, over the 5 MB (5,242,880 bytes) limit. */
export const BIG_COUNT = 200;

export const errorCode = (e: unknown): string =>
  String((e as { code?: unknown })?.code ?? (e as Error)?.message ?? e);

/** The codes a payload refusal comes with: the documented one, or the generic one issues report. */
export const refusedAsDocumented = (code: string, specific: string) =>
  code === specific || code === "GeneralException";
