import { expectThat, type Contract } from "./contract";

/**
 * The Next Review column is =EDATE(Last Reviewed, months of the band's cadence): the add-in relies on
 * EDATE giving a serial (formatted as a date by the column, not by EDATE), truncating a fractional
 * month count, and giving #VALUE! for a start that is not a date rather than a wrong date.
 */
export const edateMonths: Contract = {
  id: "edate-months",
  title: "EDATE moves a date serial by whole months",
  expected:
    'With 15 January 2011 (serial 40558) in A1, =EDATE(A1,1) is 40589 (15 February 2011), =EDATE(A1,-1) is 40527 (15 December 2010), =EDATE(A1,2.9) is 40617 (15 March 2011: months is truncated) and =EDATE("not a date",1) is #VALUE!.',
  sources: ["https://support.microsoft.com/en-us/office/edate-function-3c920eb2-6e66-44e7-a1f5-753ae47ee4f5"],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("A1").values = [[40558]];
      const results = ws.getRange("B1:E1");
      results.formulas = [["=EDATE(A1,1)", "=EDATE(A1,-1)", "=EDATE(A1,2.9)", '=EDATE("not a date",1)']];
      results.load("values");
      await context.sync();
      const seen = results.values[0] ?? [];
      return expectThat(
        seen[0] === 40589 && seen[1] === 40527 && seen[2] === 40617 && seen[3] === "#VALUE!",
        `B1:E1 read back ${JSON.stringify(seen)}`,
      );
    });
  },
};
