import { expectThat, type Contract } from "./contract";

const code = (e: unknown) => String((e as { code?: string }).code ?? (e as Error).message);

export const sheetVeryHidden: Contract = {
  id: "sheet-very-hidden",
  title: "A sheet can be made very hidden, and then cannot be deleted until it is unhidden",
  expected:
    "Setting visibility to VeryHidden reads back VeryHidden (the user cannot unhide such a sheet from the sheet-tab menu); deleting a very hidden sheet fails with InvalidOperation.",
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility",
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)",
    "https://learn.microsoft.com/en-us/office/vba/api/excel.xlsheetvisibility",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.visibility = "VeryHidden";
      ws.load("visibility");
      await context.sync();
      const readBack = ws.visibility;
      let deleting = "deleted";
      try {
        ws.delete();
        await context.sync();
      } catch (e) {
        deleting = code(e);
      }
      // Leave the scratch sheet deletable for the runner, if the delete above did not remove it.
      if (deleting !== "deleted") {
        ws.visibility = "Visible";
        await context.sync();
      }
      return expectThat(
        readBack === "VeryHidden" && deleting === "InvalidOperation",
        `read back ${readBack}; delete while very hidden: ${deleting}`,
      );
    });
  },
};
