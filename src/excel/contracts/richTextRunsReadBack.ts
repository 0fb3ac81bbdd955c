// Rich text written with setCellProperties textRuns reads back, through getCellProperties, with each
// run's colour and italics: the check Build relies on before it trusts its bullet-by-bullet formatting.
import { expectThat, type Contract } from "./contract";

const RUNS = [
  { text: "• New bullet\n", font: { color: "#FF0000", italic: false } },
  { text: "• Planned bullet", font: { color: "#000000", italic: true } },
];

export const richTextRunsReadBack: Contract = {
  id: "rich-text-runs-read-back",
  title: "Rich text runs keep their colour and italics",
  expected:
    "A cell written with setCellProperties({ textRuns }) reads back through getCellProperties({ textRuns: true }) with the same text, and each character has its run's font colour and italics.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangetextrun",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.cellpropertiesloadoptions",
  ],
  requires: { set: "ExcelApi", version: "1.18" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(sheet).getRange("A1");
      cell.setCellProperties([[{ textRuns: RUNS }]]);
      await context.sync();
      const props = cell.getCellProperties({ textRuns: true });
      await context.sync();
      // getCellProperties returns its value after the sync; it has no load() of its own.
      // eslint-disable-next-line office-addins/load-object-before-read
      const runs = props.value[0]?.[0]?.textRuns ?? [];
      const text = runs.map((r) => r.text).join("");
      // Compared character by character: a host may split or join runs that look alike.
      const got = runs.flatMap((r) =>
        [...r.text].map(() => `${(r.font?.color ?? "").toUpperCase()}${r.font?.italic ? " italic" : ""}`),
      );
      const want = RUNS.flatMap((r) =>
        [...r.text].map(() => `${r.font.color}${r.font.italic ? " italic" : ""}`),
      );
      const describe = runs
        .map((r) => `"${r.text.trim()}" ${r.font?.color ?? "no colour"}${r.font?.italic ? " italic" : ""}`)
        .join("; ");
      return expectThat(
        text === RUNS.map((r) => r.text).join("") && got.join("|") === want.join("|"),
        `read back ${runs.length} run(s): ${describe || "(empty)"}`,
      );
    });
  },
};
