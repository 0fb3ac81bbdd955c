// The host's day/month order, for reading a date a person typed as text ("03/07/2019"). It rides on a
// sync the caller makes anyway; hosts below ExcelApi 1.12 (no datetimeFormat) read dates day first,
// as the papers do.
import { dateOrderFromPattern, type DateOrder } from "../domain/dates";
import type { ExcelHost } from "./host";

export function queueDateOrderRead(context: Excel.RequestContext, host: ExcelHost): () => DateOrder {
  if (!host.isSetSupported("ExcelApi", "1.12")) return () => "dmy";
  const format = context.workbook.application.cultureInfo.datetimeFormat;
  format.load("shortDatePattern");
  return () => dateOrderFromPattern(format.shortDatePattern);
}
