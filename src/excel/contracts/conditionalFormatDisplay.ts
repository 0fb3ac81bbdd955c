// What a person sees when two conditional formats match one cell: each element (fill, font colour) from
// the highest-priority format that sets it; stopIfTrue on a matching format stops the lower ones.
// Range.getDisplayedCellProperties (ExcelApi 1.19) shows formats "from indirect sources, such as
// conditional formatting", so the check reads what is shown, not what was set.
import { expectThat, type Contract } from "./contract";

export const conditionalFormatDisplay: Contract = {
  id: "conditional-format-display",
  title: "Matching conditional formats apply by priority, element by element",
  expected:
    "Where two formats match a cell, a conflicting element (the fill) comes from the higher priority (lower number); a non-conflicting one (the font colour of the lower priority) still applies, unless the higher one has stopIfTrue.",
  sources: [
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#multiple-formats-and-priority",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#mutually-exclusive-conditional-formats",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getdisplayedcellproperties-member(1)",
  ],
  requires: { set: "ExcelApi", version: "1.19" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(sheet).getRange("A1");
      cell.values = [["High risk"]];
      const older = cell.conditionalFormats.add("ContainsText");
      older.textComparison.rule = { operator: "Contains", text: "High" };
      older.textComparison.format.fill.color = "#FF0000";
      older.textComparison.format.font.color = "#FFFFFF";
      const newer = cell.conditionalFormats.add("ContainsText");
      newer.textComparison.rule = { operator: "Contains", text: "risk" };
      newer.textComparison.format.fill.color = "#0000FF";
      const options = { format: { fill: { color: true }, font: { color: true } } };
      const both = cell.getDisplayedCellProperties(options);
      await context.sync();
      newer.stopIfTrue = true;
      const stopped = cell.getDisplayedCellProperties(options);
      await context.sync();
      const look = (p: Excel.CellProperties | undefined) =>
        `fill ${(p?.format?.fill?.color ?? "?").toUpperCase()}, font ${(p?.format?.font?.color ?? "?").toUpperCase()}`;
      const a = look(both.value[0]?.[0]);
      const b = look(stopped.value[0]?.[0]);
      return expectThat(
        a === "fill #0000FF, font #FFFFFF" && b === "fill #0000FF, font #000000",
        `both match: ${a}; newer with stopIfTrue: ${b}`,
      );
    });
  },
};
