// Sources: https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter ;
// MS-OI29500 2.1.619ff. (a header or footer is at most 255 characters, its codes included).
import { pageFooterLimit } from "../../src/excel/contracts/pageFooterLimit";
import { runOnSimulator } from "./helpers";

test("a footer keeps its codes and is refused past 255 characters", async () => {
  const result = await runOnSimulator(pageFooterLimit);
  expect(result.observed).toBe('read back "Page &P of &N"; a 300-character part: refused (InvalidArgument)');
  expect(result.outcome).toBe("held");
});
