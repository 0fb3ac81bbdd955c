// The request side of Excel on the web's 5 MB limit. The batch writes one cell 200 times (5.7 MB on
// the wire), so the scratch sheet never holds more than one 30 kB cell, whichever host runs it.
import { expectThat, type Contract } from "./contract";
import { BIG_COUNT, BIG_TEXT, errorCode, PAYLOAD_SOURCES, refusedAsDocumented } from "./payloadLimits";

export const requestPayloadLimit: Contract = {
  id: "request-payload-limit",
  title: "Excel on the web refuses a request over 5 MB",
  expected:
    'A batch whose request is over 5 MB fails with RequestPayloadSizeLimitExceeded (some builds give only GeneralException, "An internal error has occurred"). Excel on Windows and Mac have no such limit.',
  sources: PAYLOAD_SOURCES,
  async run(host, sheet) {
    return host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem(sheet).getRange("A1");
      cell.values = [["before"]];
      await context.sync();
      for (let i = 0; i < BIG_COUNT; i++) cell.values = [[BIG_TEXT]];
      let code = "";
      try {
        await context.sync();
      } catch (e) {
        code = errorCode(e);
      }
      // Did any of the refused batch run? Then leave the scratch cell small whatever happened.
      cell.load("values");
      await context.sync();
      const ran = String(cell.values[0]?.[0]) !== "before";
      cell.values = [["after"]];
      await context.sync();
      const mb = ((BIG_COUNT * BIG_TEXT.length) / 1048576).toFixed(1);
      if (!code)
        return {
          outcome: "not-run",
          observed: `This host accepted a ${mb} MB request: it has no payload limit (Excel on Windows and Mac have none).`,
        };
      return expectThat(
        refusedAsDocumented(code, "RequestPayloadSizeLimitExceeded"),
        `a ${mb} MB request was refused with ${code}; ${ran ? "part of it ran" : "none of it ran"}`,
      );
    });
  },
};
