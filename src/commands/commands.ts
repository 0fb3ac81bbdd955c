// Ribbon commands that run without the task pane.
import { createRegisters } from "../excel/createRegisters";
import { officeHost } from "../excel/host";

/** "Create registers": safe to press twice, it never duplicates a register. */
async function createRegistersCommand(event: Office.AddinCommands.Event) {
  try {
    await createRegisters(officeHost());
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("createRegisters", createRegistersCommand);
});
