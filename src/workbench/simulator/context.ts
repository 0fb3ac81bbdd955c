// The request context: the queue of operations that the next context.sync() sends to the simulator.
import type { WorkbookModel } from "./model";
import type { Simulator } from "./simulator";
import { SimRuntime, SimWorkbook } from "./workbook";

type Op = { bytes: number; run: () => void };
const OP_OVERHEAD = 64;

export class SimRequestContext {
  readonly queue: Op[] = [];
  readonly workbook: SimWorkbook;
  readonly runtime: SimRuntime;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  constructor(readonly sim: Simulator) {
    this.workbook = new SimWorkbook(this);
    this.runtime = new SimRuntime(this);
  }
  /** context.application, as the docs' cultureInfo sample uses it (the same as workbook.application). */
  get application() {
    return this.workbook.application;
  }
  get model(): WorkbookModel {
    return this.sim.model;
  }
  enqueue(bytes: number, run: () => void) {
    this.queue.push({ bytes: bytes + OP_OVERHEAD, run });
  }
  sync(): Promise<void> {
    return this.sim.processSync(this);
  }
}
