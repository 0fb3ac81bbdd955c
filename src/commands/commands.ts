// The ribbon's commands in Office. With the shared runtime (manifest.xml <Runtimes>, FunctionFile =
// the task pane page) they run in the task pane's page, so they reach the mounted pane directly
// (./paneChannel.ts). The handlers themselves are in ./ribbon.ts.
import type { PaneSession } from "./paneChannel";
import { ribbonCommands, type RibbonFunction } from "./ribbon";
import { showNoticeDialog } from "./noticeDialog";

/** Associates every ExecuteFunction of the manifest with its handler. */
export function associateRibbonCommands(session: PaneSession): void {
  const commands = ribbonCommands({
    host: session.host,
    channel: session.channel,
    showPane: () => Office.addin.showAsTaskpane(),
    tellUser: showNoticeDialog,
  });
  for (const name of Object.keys(commands) as RibbonFunction[])
    Office.actions.associate(name, commands[name]);
}
