// How src/excel reaches a workbook: Excel.run in Office, the simulator in tests and the workbench.

/** Excel.RunOptions that the add-in uses (ExcelApi 1.11). */
export interface RunOptions {
  /**
   * Wait until the user leaves cell-edit mode instead of failing at once with
   * InvalidOperationInCellEditMode. Ignored (the batch may fail) on hosts below ExcelApi 1.11.
   */
  delayForCellEdit?: boolean;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** A batch on an existing context, as removing an event handler needs (Excel.run(context, …)). */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported, e.g. ("ExcelApi", "1.18"). */
  isSetSupported(name: string, version: string): boolean;
}

/** The requirement set that introduced Excel.RunOptions.delayForCellEdit. */
export const DELAY_FOR_CELL_EDIT_SET = { name: "ExcelApi", version: "1.11" } as const;

/** The real host: only valid inside Excel, after Office.onReady. */
export function officeHost(): ExcelHost {
  const isSetSupported = (name: string, version: string) =>
    Office.context.requirements.isSetSupported(name, version);
  return {
    run: (batch, options) =>
      options?.delayForCellEdit &&
      isSetSupported(DELAY_FOR_CELL_EDIT_SET.name, DELAY_FOR_CELL_EDIT_SET.version)
        ? Excel.run({ delayForCellEdit: true }, batch)
        : Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported,
  };
}
