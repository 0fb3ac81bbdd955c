// Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded,
// ResponsePayloadSizeLimitExceeded, or on some builds only "An internal error has occurred"). Every read
// and write plans its size with these figures so that no batch comes near the limit; where Excel still
// refuses one, isTooLarge tells the caller to send it again in smaller pieces.
// https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins

/** Under the 5 MB limit, with room for the request's own framing. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Bytes one response may carry, with room under the limit for rows longer than those measured. */
export const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;
/**
 * A generic error is taken for a size refusal only when the batch was planned at a megabyte or more: a
 * small batch that fails generically failed for another reason, and is reported as such.
 */
export const GENERIC_SIZE_SUSPECT_BYTES = 1024 * 1024;

const SIZE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/**
 * Whether Excel refused a batch for its size: either documented code, or GeneralException when the batch
 * was planned at `plannedBytes` ≥ 1 MB (left out, a generic error is never taken for size).
 */
export function isTooLarge(e: unknown, plannedBytes = 0): boolean {
  const code = (e as { code?: string })?.code;
  if (code && SIZE_CODES.has(code)) return true;
  return code === "GeneralException" && plannedBytes >= GENERIC_SIZE_SUSPECT_BYTES;
}

/** A string's bytes in UTF-8, as it travels ("•" is 3 bytes, not 1 character). */
export function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      n += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else n += c < 0x800 ? 1 : 2;
  }
  return n;
}

/** A payload's bytes: its JSON in UTF-8, and 64 for the operation that carries it. */
export function estimateBytes(data: unknown): number {
  return (data === undefined ? 0 : utf8Bytes(JSON.stringify(data))) + 64;
}
