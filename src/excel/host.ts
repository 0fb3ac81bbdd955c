// How src/excel reaches a workbook: Excel.run in Office, the simulator in tests and the workbench.

/** The Excel.RunOptions the add-in uses. */
export interface RunOptions {
  /**
   * Wait until the user leaves cell-edit mode instead of failing at once with
   * InvalidOperationInCellEditMode. Microsoft's reference gives it no requirement set; a build that
   * does not honour it fails as without it, which src/excel/cellEdit.ts retries.
   */
  delayForCellEdit?: boolean;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions): Promise<T>;
  /** A batch on an existing context, as removing an event handler needs (Excel.run(context, …)). */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported, e.g. ("ExcelApi", "1.18"). */
  isSetSupported(name: string, version: string): boolean;
  /** Which host this is, where it can say so itself (the simulator); Office has Office.context.diagnostics. */
  describe?(): { platform: string; version: string };
}

/** The real host: only valid inside Excel, after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch, options) =>
      options?.delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
