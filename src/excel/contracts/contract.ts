// A contract: one documented behaviour of Excel that the add-in relies on, written once and run in two
// places. Jest runs it against the simulator (test/contract/), asserting that the simulator behaves as
// the source says; the Diagnostics view runs it in a scratch sheet of the user's own workbook, so anyone
// with Excel on Windows, Mac or the web can confirm or refute the simulator's model.
import type { ExcelHost } from "../host";

export type ContractOutcome =
  /** Excel (or the simulator) did what the source says. */
  | "held"
  /** It did something else: the simulator's model, or the source, is wrong for this host. */
  | "differs"
  /** It could not be run here (a requirement set is missing, or it needs a person). */
  | "not-run";

export interface ContractResult {
  outcome: ContractOutcome;
  /** What was seen, in words a person can compare across hosts ("read back 42930 (Double)"). */
  observed: string;
}

export interface Contract {
  /** Stable id, also the test's name: "dates-written-as-text". */
  id: string;
  /** The behaviour in a line: "Text that looks like a date becomes a date serial". */
  title: string;
  /** What the source says Excel does, in a sentence or two. */
  expected: string;
  /** Where it is documented: Microsoft's docs or an OfficeDev/office-js issue (URLs). */
  sources: string[];
  /** The requirement set the check needs; on a host without it the contract is not run. */
  requires?: { set: "ExcelApi"; version: string };
  /**
   * A contract that needs a person (for example to be typing in a cell) says what to do; the
   * Diagnostics view shows it and waits before running.
   */
  instruction?: string;
  /**
   * Runs the check on `sheet`, a fresh scratch worksheet that the runner creates before and deletes
   * after; the contract may add tables and formats to it but touches nothing else.
   */
  run(host: ExcelHost, sheet: string): Promise<ContractResult>;
}

/** Compares an observation with the expectation and says which it was. */
export function expectThat(held: boolean, observed: string): ContractResult {
  return { outcome: held ? "held" : "differs", observed };
}
