// Entry point of the task pane page, which is also the add-in's shared runtime: the ribbon's
// commands are registered here and reach the mounted pane directly.
import { associateRibbonCommands } from "../commands/commands";
import { createPaneSession } from "../commands/paneChannel";
import { officeHost } from "../excel/host";
import { mountTaskpane, routeFromHash } from "./mount";
import "./taskpane.css";

// officeHost() touches no Office API until a batch runs, so the session exists before Office is ready.
const session = createPaneSession(officeHost());

Office.onReady(() => {
  // As soon as Office is ready: a ribbon press that launched this runtime is then handled, in order.
  associateRibbonCommands(session);
  const root = document.getElementById("container");
  if (root) mountTaskpane(root, session, window.location.hash);
  // Fallback for a host that shows the pane at a new #fragment without reloading it.
  window.addEventListener("hashchange", () =>
    session.channel.post({ kind: "open", route: routeFromHash(window.location.hash) }),
  );
});
