import { categoryUnknown } from "../../../src/domain/check/rules/category-unknown";
import { PANEL_RISKS } from "../../../src/domain/settings";
import { brief, findingsOf, snapshot } from "./registers";

const HEADERS = ["#", "There is a risk that…", "Impact Category"];

test("reports an Impact Category that is not one of Appendix C's ten, ignoring case and spaces", () => {
  const found = findingsOf(
    categoryUnknown,
    snapshot(PANEL_RISKS, HEADERS, [
      [1, "a", "Operational"],
      [2, "b", " legal &  regulatory "],
      [3, "c", null],
      [4, "d", "Financial Impact"],
    ]),
  );
  expect(brief(found)).toEqual(['C2 Impact Category "Operational" is not one of Appendix C\'s categories.']);
  expect(found[0]!.severity).toBe("warning");
  expect(found[0]!.fix).toMatch(/^Choose one of: Safety, Environment/);
});
