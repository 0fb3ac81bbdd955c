// `npm start`: on Windows and macOS, sideload into Excel as the `yo office` template does
// (office-addin-debugging starts the https dev server and opens Excel with the add-in). Anywhere else
// there is no desktop Excel: serve the workbench, the task pane beside a simulated workbook.
import { spawn } from "node:child_process";

const port = process.env.npm_package_config_dev_server_port || "3000";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (cmd, args, env = {}) => {
  const child = spawn(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
};

if ((process.platform === "win32" || process.platform === "darwin") && process.env.RS_WORKBENCH !== "1") {
  // office-addin-debugging runs `npm run dev-server` (https, trusted dev certificate) and sideloads manifest.xml.
  run(npx, ["--yes", "office-addin-debugging@6", "start", "manifest.xml", process.argv[2] ?? "desktop"], {
    RS_HTTPS: "1",
  });
} else {
  console.log(
    `\nRegister Steward workbench: http://localhost:${port}/workbench.html\n(the add-in's task pane against a simulated workbook; Ctrl+C stops it)\n`,
  );
  run(npx, ["webpack", "serve", "--mode", "development"], { RS_HTTPS: "0" });
}
