// bench/pane.mjs's Office.js for a blank workbook (./officeStubCore.ts): what the timed loads use.
import { Simulator } from "../src/workbench/simulator/simulator";
import { installOfficeStub } from "./officeStubCore";

installOfficeStub(new Simulator());
