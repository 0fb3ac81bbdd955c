// The response side of Excel on the web's 5 MB limit. One 30 kB cell is loaded through 200 proxies in
// one batch: the answer is 5.7 MB while the workbook holds 30 kB, so the user's file is never large.
import { expectThat, type Contract } from "./contract";
import { BIG_COUNT, BIG_TEXT, errorCode, PAYLOAD_SOURCES, refusedAsDocumented } from "./payloadLimits";

export const responsePayloadLimit: Contract = {
  id: "response-payload-limit",
  title: "Excel on the web refuses a response over 5 MB",
  expected:
    'A batch whose response is over 5 MB fails with ResponsePayloadSizeLimitExceeded (some builds give only GeneralException, "An internal error has occurred"). Excel on Windows and Mac have no such limit.',
  sources: [
    ...PAYLOAD_SOURCES,
    "https://github.com/OfficeDev/office-js-docs/issues/1247",
    "https://github.com/microsoftgraph/microsoft-graph-docs/issues/15709",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("A1").values = [[BIG_TEXT]];
      await context.sync();
      const reads = Array.from({ length: BIG_COUNT }, () => ws.getRange("A1").load("values"));
      let code = "";
      try {
        await context.sync();
      } catch (e) {
        code = errorCode(e);
      }
      ws.getRange("A1").values = [["after"]];
      await context.sync();
      const mb = ((BIG_COUNT * BIG_TEXT.length) / 1048576).toFixed(1);
      if (!code)
        return {
          outcome: "not-run",
          observed: `This host answered a ${mb} MB response (${reads.length} reads of a 30 kB cell): it has no payload limit (Excel on Windows and Mac have none).`,
        };
      return expectThat(
        refusedAsDocumented(code, "ResponsePayloadSizeLimitExceeded"),
        `a ${mb} MB response was refused with ${code}`,
      );
    });
  },
};
