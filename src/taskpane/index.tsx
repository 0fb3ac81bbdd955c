// Entry point of the task pane inside Excel.
import { officeHost } from "../excel/host";
import { mountTaskpane } from "./mount";
import "./taskpane.css";

Office.onReady(() => {
  const root = document.getElementById("container");
  if (root) mountTaskpane(root, officeHost(), window.location.hash);
});
