import { expectThat, type Contract } from "./contract";

const code = (e: unknown) => String((e as { code?: string }).code ?? (e as Error).message);

export const pageFooterLimit: Contract = {
  id: "page-footer-limit",
  title: "A page footer keeps Excel's codes, and no more than 255 characters in all",
  expected:
    'A footer part written as "Page &P of &N" reads back as written (the codes print the page and the page count). Office keeps the whole footer, its three parts joined, in at most 255 characters: a longer one is refused (or, if a host stores it, read back cut to 255). The add-in keeps its footer under the limit.',
  sources: [
    "https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter",
    "https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/c167a243-45ad-4def-816e-7032fb1adf5c",
    "https://learn.microsoft.com/en-us/previous-versions/office/aa221621(v=office.11)",
  ],
  requires: { set: "ExcelApi", version: "1.9" },
  async run(host, sheet) {
    return host.run(async (context) => {
      const page = context.workbook.worksheets.getItem(sheet).pageLayout.headersFooters.defaultForAllPages;
      page.rightFooter = "Page &P of &N";
      page.load("rightFooter");
      await context.sync();
      const codes = page.rightFooter;
      let long: string;
      try {
        page.leftFooter = "x".repeat(300);
        page.load("leftFooter");
        await context.sync();
        long = `stored ${page.leftFooter.length} characters`;
      } catch (e) {
        long = `refused (${code(e)})`;
      }
      const kept = /^stored (\d+)/.exec(long);
      return expectThat(
        codes === "Page &P of &N" && (!kept || Number(kept[1]) + 2 + codes.length + 2 <= 255),
        `read back "${codes}"; a 300-character part: ${long}`,
      );
    });
  },
};
