// Every contract, in the order the Diagnostics view lists them (and the README's table). One file each.
import { cellEditMode } from "./cellEditMode";
import type { Contract } from "./contract";
import { calculatedColumnFill } from "./calculatedColumnFill";
import { calculatedColumnKeptValue } from "./calculatedColumnKeptValue";
import { calculatedColumnOverTyped } from "./calculatedColumnOverTyped";
import { filteredTableReads } from "./filteredTableReads";
import { tableAutoExpand } from "./tableAutoExpand";
import { tableOverMergedCells } from "./tableOverMergedCells";
import { tableRowsAddCalculated } from "./tableRowsAddCalculated";
import { tableTotalsRow } from "./tableTotalsRow";
import { apostropheKeepsText } from "./apostropheKeepsText";
import { dateSerialReadsBack } from "./dateSerialReadsBack";
import { datesWrittenAsText } from "./datesWrittenAsText";
import { numbersWrittenAsText } from "./numbersWrittenAsText";
import { textFormatKeepsText } from "./textFormatKeepsText";
import { propertyNotLoaded } from "./propertyNotLoaded";
import { requestPayloadLimit } from "./requestPayloadLimit";
import { responsePayloadLimit } from "./responsePayloadLimit";
import { richTextRunsReadBack } from "./richTextRunsReadBack";
import { sheetVeryHidden } from "./sheetVeryHidden";
import { conditionalFormatPriority } from "./conditionalFormatPriority";
import { conditionalFormatDisplay } from "./conditionalFormatDisplay";
import { dataValidationClearOverlap } from "./dataValidationClearOverlap";
import { dataValidationRuleOverMixed } from "./dataValidationRuleOverMixed";
import { pageFooterLimit } from "./pageFooterLimit";
import { rowPropertiesHeights } from "./rowPropertiesHeights";
import { edateMonths } from "./edateMonths";
import { mergeAcross } from "./mergeAcross";

export const CONTRACTS: readonly Contract[] = [
  propertyNotLoaded,
  sheetVeryHidden,
  conditionalFormatPriority,
  conditionalFormatDisplay,
  dataValidationClearOverlap,
  dataValidationRuleOverMixed,
  requestPayloadLimit,
  responsePayloadLimit,
  richTextRunsReadBack,
  cellEditMode,
  datesWrittenAsText,
  numbersWrittenAsText,
  textFormatKeepsText,
  apostropheKeepsText,
  dateSerialReadsBack,
  calculatedColumnFill,
  calculatedColumnOverTyped,
  calculatedColumnKeptValue,
  tableRowsAddCalculated,
  tableAutoExpand,
  tableTotalsRow,
  tableOverMergedCells,
  filteredTableReads,
  pageFooterLimit,
  rowPropertiesHeights,
  edateMonths,
  mergeAcross,
];
