// Ribbon commands that run without the task pane.
import { createRegisters } from "../excel/createRegisters";
import { officeHost } from "../excel/host";
import { buildPaper } from "../excel/paper";

/** "Create registers": safe to press twice, it never duplicates a register. */
async function createRegistersCommand(event: Office.AddinCommands.Event) {
  try {
    await createRegisters(officeHost());
  } finally {
    event.completed();
  }
}

/** "Build appendices": the generated sheets against the newest baseline, in one click. */
async function buildAppendicesCommand(event: Office.AddinCommands.Event) {
  try {
    await buildPaper(officeHost(), null);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("createRegisters", createRegistersCommand);
  Office.actions.associate("buildAppendices", buildAppendicesCommand);
});
