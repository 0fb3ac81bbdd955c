// The paper in Word (issue 12 item 5): the cover note with its footnotes, Appendix A, B and C and
// Figure 1, the new bullets red and the planned ones italic, the paper reference in the header and
// the classification and "Page x of y" in the footer. Built from the seed registers against the
// January baseline, as the seed paper SECP_64_1101_02 was.
import JSZip from "jszip";
import { paperDocxBytes } from "../../src/documents/paperDocx";
import { paperHtml, paperPlainText } from "../../src/domain/paperHtml";
import { publishBaseline } from "../../src/excel/baselineStore";
import { paperFileName, readPaperDocument } from "../../src/excel/paperDocument";
import { readWorkbookState } from "../../src/excel/readRegisters";
import { saveSettings } from "../../src/excel/settingsSave";
import { bullets, PANEL_RISKS } from "../fixtures/seeds";
import { adoptedSeeds, NOW } from "../helpers/workbooks";
import type { Simulator } from "../../src/workbench/simulator/simulator";

async function january(): Promise<Simulator> {
  const sim = await adoptedSeeds();
  const r4 = PANEL_RISKS.find((r) => r.number === 4)!;
  const r13 = PANEL_RISKS.find((r) => r.number === 13)!;
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations.slice(0, -1))]], "paste");
  sim.userEdit("Panel Risks", "F8", [[bullets(r13.mitigations.slice(1))]], "paste");
  const published = await publishBaseline(sim.host, new Date("2018-12-04T10:00:00Z"));
  if (published.status !== "published") throw new Error(published.message);
  sim.userEdit("Panel Risks", "F6", [[bullets(r4.mitigations)]], "paste");
  sim.userEdit("Panel Risks", "F8", [[bullets(r13.mitigations)]], "paste");
  const { settings } = (await readWorkbookState(sim.host)).settings;
  const saved = await saveSettings(
    sim.host,
    { ...settings, paper: { ...settings.paper, reference: "SECP_64_1101_02" } },
    NOW,
  );
  expect(saved.status).toBe("saved");
  return sim;
}

async function docxParts(sim: Simulator) {
  const result = await readPaperDocument(sim.host, null, NOW);
  if (!result.ok) throw new Error(result.error);
  const zip = await JSZip.loadAsync(await paperDocxBytes(result.paper));
  const text = (name: string) => zip.file(name)!.async("string");
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /word\/header\d*\.xml/.test(n))
      .map(text),
  );
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /word\/footer\d*\.xml/.test(n))
      .map(text),
  );
  return {
    result,
    document: await text("word/document.xml"),
    footnotes: await text("word/footnotes.xml"),
    headers,
    footers,
  };
}

/** The runs of document.xml as { text, red, italic }. */
function runs(xml: string) {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => ({
    text: [...m[1]!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((t) => t[1]).join(""),
    red: /<w:color w:val="FF0000"\/>/.test(m[1]!),
    italic: /<w:i\/>|<w:i w:val="true"\/>/.test(m[1]!),
  }));
}

test("the .docx has the cover note, Figure 1 and the appendices, in the paper's order", async () => {
  const { document, result } = await docxParts(await january());
  expect(result.fileName).toBe("SECP_64_1101_02.docx");
  const plain = runs(document)
    .map((r) => r.text)
    .join(" ");
  const at = (s: string) => {
    const i = plain.indexOf(s);
    expect({ s, found: i >= 0 }).toEqual({ s, found: true });
    return i;
  };
  const order = [
    at("1. Purpose"),
    at("2. SEC Panel Risk Update"),
    at("Figure 1: SEC Panel Risks Matrix"),
    at("4. SEC Panel Issue Update"),
    at("5. Recommendations"),
    at("Appendix A - SEC Panel Risks"),
    at("Appendix B - SEC Panel Issue Register"),
    at("Appendix C - SEC Panel Risk and Issue Impact Classification"),
  ];
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(plain).toContain("AGREE the amendments made to SEC Panel Risks 4 and 13");
});

test("exactly the two new mitigations are red, and the planned ones italic, as in the seed paper", async () => {
  const { document } = await docxParts(await january());
  const r = runs(document);
  const red = r.filter((x) => x.red).map((x) => x.text);
  const r4 = PANEL_RISKS.find((x) => x.number === 4)!;
  const r13 = PANEL_RISKS.find((x) => x.number === 13)!;
  expect(red).toHaveLength(2);
  expect(red[0]).toContain(r4.mitigations.at(-1)!.slice(0, 40));
  expect(red[1]).toContain(r13.mitigations[0]!.slice(0, 40));
  const italic = r.filter((x) => x.italic).map((x) => x.text);
  expect(
    italic.some((t) => t.includes("Development of the enduring Release Management documentations")),
  ).toBe(true);
});

test("the footnotes name each risk or issue at its first mention; the header and footer carry the paper's texts", async () => {
  const { footnotes, headers, footers, document } = await docxParts(await january());
  expect(footnotes).toContain(
    "SEC Panel Risk 4: Testing may be insufficient for a stable environment leading to defects.",
  );
  expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)?.length).toBeGreaterThanOrEqual(2);
  expect(headers.join("")).toContain("Paper Reference: SECP_64_1101_02");
  const footer = footers.join("");
  expect(footer).toContain("This document is classified as White");
  expect(footer).toMatch(/PAGE/);
  expect(footer).toMatch(/NUMPAGES/);
});

test("the rich HTML for the clipboard carries the same red and italic runs, fills and footnotes", async () => {
  const result = await readPaperDocument((await january()).host, null, NOW);
  if (!result.ok) throw new Error(result.error);
  const html = paperHtml(result.paper);
  expect(html.match(/color:#FF0000/g)).toHaveLength(2);
  expect(html).toContain("font-style:italic");
  expect(html).toContain("background:#FFC000"); // an AMBER RAG cell
  expect(html).toContain("<sup>1</sup>");
  expect(html).not.toContain("<script");
  expect(paperPlainText(result.paper)).toContain("[1] SEC Panel Risk 4: Testing may be insufficient");
});

test("a register with an error Check reports gives no document, and says where", async () => {
  const sim = await adoptedSeeds();
  sim.userEdit("Panel Risks", "C4", [["three"]], "paste");
  const result = await readPaperDocument(sim.host, null, NOW);
  expect(result).toEqual({
    ok: false,
    error: expect.stringMatching(/Check found an error .*Panel Risks!C4/),
  });
});

test("file names: the paper reference, or the paper's title and the date", () => {
  expect(paperFileName("SECP_64/1101", NOW)).toBe("SECP_64-1101.docx");
  expect(paperFileName("", NOW)).toBe("SEC Panel Risk and Issue Register Update 22 November 2026.docx");
});
