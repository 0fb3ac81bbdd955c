// Issue 11 item 3: the number a score written as text would become, as the adoption preview proposes it.
import fc from "fast-check";
import { cleanScoreText, proposeScore } from "../../src/domain/scoreText";

describe("scores as people write them", () => {
  test.each<[string, "Impact" | "Likelihood", number | null]>([
    ["4 - Likely", "Likelihood", 4],
    ["3 (Moderate)", "Impact", 3],
    ["5: Almost certain", "Likelihood", 5],
    ["Likely (4)", "Likelihood", 4],
    ["Likely - 4", "Likelihood", 4],
    ["4", "Impact", 4],
    ["4.0", "Impact", 4],
    ["High", "Impact", 4],
    ["Medium", "Likelihood", 3],
    ["Low", "Impact", 2],
    ["H", "Impact", 4],
    ["M", "Impact", 3],
    ["L", "Likelihood", 2],
    ["Very high", "Likelihood", 5],
    ["VERY LOW", "Impact", 1],
    ["Almost certain", "Likelihood", 5],
    ["Rare", "Likelihood", 1],
    ["Serious", "Impact", 4],
    ["Negligible", "Impact", 1],
    ["\u200B4\u00A0– Likely", "Likelihood", 4],
    ["3.5", "Impact", null],
    ["12", "Impact", null],
    ["0", "Impact", null],
    ["6 - Extreme", "Impact", null],
    ["n/a", "Impact", null],
    ["TBC", "Likelihood", null],
    ["Serious", "Likelihood", null], // an Impact level's name is no Likelihood
  ])("%s (%s) → %s", (text, what, expected) => {
    expect(proposeScore(text, what)).toBe(expected);
  });

  test("a cell reading an object's own property names proposes nothing (found by the property below)", () => {
    for (const text of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      expect(proposeScore(text, "Likelihood")).toBeNull();
  });

  test("a settings' own likelihood names are read", () => {
    const names = ["Remote", "Unlikely", "Possible", "Probable", "Expected"];
    expect(proposeScore("Probable", "Likelihood", names)).toBe(4);
    expect(proposeScore("Probable", "Likelihood")).toBeNull();
  });

  test("property: a leading score with words after it is that score, however the words go", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(" - ", " (", ": ", " – ", ". ", " "),
        fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/),
        (n, sep, words) => {
          expect(proposeScore(`${n}${sep}${words}${sep === " (" ? ")" : ""}`, "Impact")).toBe(n);
        },
      ),
    );
  });

  test("property: zero-width and non-breaking spaces and capitals change nothing; the answer is 1–5 or none", () => {
    const junk = fc.constantFrom("\u200B", "\u00A0", "\uFEFF", " ", "");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom("4 - Likely", "High", "h", "Very high", "3 (Moderate)", "Rare", "2"),
          fc.string({ maxLength: 12 }),
        ),
        junk,
        junk,
        (text, a, b) => {
          const got = proposeScore(text, "Likelihood");
          expect(got === null || (Number.isInteger(got) && got >= 1 && got <= 5)).toBe(true);
          expect(proposeScore(`${a}${text.toUpperCase()}${b}`, "Likelihood")).toBe(
            proposeScore(text.toLowerCase(), "Likelihood"),
          );
        },
      ),
    );
    expect(cleanScoreText("\u200BVery\u00A0High ")).toBe("very high");
  });
});
