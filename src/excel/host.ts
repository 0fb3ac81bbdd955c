// How src/excel reaches a workbook: Excel.run in Office, the simulator in tests and the workbench.

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A batch on an existing context, as removing an event handler needs (Excel.run(context, …)). */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported, e.g. ("ExcelApi", "1.18"). */
  isSetSupported(name: string, version: string): boolean;
}

/** The real host: only valid inside Excel, after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
