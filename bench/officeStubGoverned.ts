// bench/pane.mjs's Office.js for a governed workbook, the workbench's seed registers: the pane's other
// first screen (tabs and the Registers view), for the list of scripts it fetches before it is usable.
import { loadPreset } from "../src/workbench/presets";
import { Simulator } from "../src/workbench/simulator/simulator";
import { installOfficeStub } from "./officeStubCore";

const sim = new Simulator();
installOfficeStub(sim, loadPreset(sim, "governed"));
