// A worksheet's page header and footer (HeaderFooter, ExcelApi 1.9): six parts, each set and loaded
// as Excel's, with Office's limit on their joined length.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter
import { simError, type HeaderFooterModel, type SheetModel } from "./model";
import { SimObject } from "./object";

const PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;
type Part = (typeof PARTS)[number];

/**
 * Office keeps a page's header (and its footer) as one string, its three parts joined with &L, &C and
 * &R, of at most 255 characters (MS-OI29500 2.1.619ff.:
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/c167a243-45ad-4def-816e-7032fb1adf5c).
 */
function checkLength(next: HeaderFooterModel, kind: "Header" | "Footer") {
  const joined = (["left", "center", "right"] as const)
    .map((side) => next[`${side}${kind}`] ?? "")
    .filter(Boolean)
    .reduce((n, text) => n + 2 + text.length, 0);
  if (joined > 255)
    throw simError(
      "InvalidArgument",
      `The page ${kind.toLowerCase()} would be ${joined} characters with its codes; Excel keeps at most 255.`,
    );
}

export class SimHeaderFooter extends SimObject<SheetModel> {
  protected get kind() {
    return "header and footer";
  }
  protected read(prop: string, s: SheetModel): unknown {
    if (!(PARTS as readonly string[]).includes(prop))
      throw simError("InvalidArgument", `The simulator does not implement HeaderFooter.${prop}.`);
    return s.pageLayout.headerFooter?.[prop as Part] ?? "";
  }
  private put(part: Part, v: string) {
    this.set(part, v, (s) => {
      const next = { ...s.pageLayout.headerFooter, [part]: v };
      checkLength(next, part.endsWith("Header") ? "Header" : "Footer");
      s.pageLayout.headerFooter = next;
    });
  }
  get leftHeader(): string {
    return this.get("leftHeader");
  }
  set leftHeader(v: string) {
    this.put("leftHeader", v);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(v: string) {
    this.put("centerHeader", v);
  }
  get rightHeader(): string {
    return this.get("rightHeader");
  }
  set rightHeader(v: string) {
    this.put("rightHeader", v);
  }
  get leftFooter(): string {
    return this.get("leftFooter");
  }
  set leftFooter(v: string) {
    this.put("leftFooter", v);
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(v: string) {
    this.put("centerFooter", v);
  }
  get rightFooter(): string {
    return this.get("rightFooter");
  }
  set rightFooter(v: string) {
    this.put("rightFooter", v);
  }
}
