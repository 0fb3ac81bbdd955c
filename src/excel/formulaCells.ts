/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   Deferred read: the caller syncs, then calls the returned reader. */
// Finding formula cells without reading every formula: Excel's special cells (ExcelApi 1.9) give their
// areas in a few bytes; older hosts read the formulas grid instead.
import { parseAreas, type FormulaCells } from "../domain/formulaCells";
import type { CellValue } from "../domain/register";
import type { ExcelHost } from "./host";

export function queueFormulaCells(range: Excel.Range, host: ExcelHost): () => FormulaCells {
  if (host.isSetSupported("ExcelApi", "1.9")) {
    const areas = range.getSpecialCellsOrNullObject("Formulas");
    areas.load("address");
    return () => ({ areas: areas.isNullObject ? [] : parseAreas(areas.address), formulas: null });
  }
  range.load("formulas");
  return () => ({ areas: null, formulas: range.formulas as CellValue[][] });
}
