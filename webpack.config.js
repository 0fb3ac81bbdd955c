// Webpack in the shape of the `yo office` React template: ts-loader, HtmlWebpackPlugin per page,
// CopyWebpackPlugin for assets and the manifest (its localhost URLs rewritten to the production URL
// in a production build), and a dev server on https://localhost:3000 with office-addin-dev-certs
// when the add-in is sideloaded into Excel. The workbench is a separate entry and page. There is no
// commands page: with the shared runtime the ribbon's commands run in taskpane.html (its bundle
// registers them), as https://learn.microsoft.com/en-us/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
// describes.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest } = require("./scripts/productionManifest.cjs");

const urlProd = process.env.RS_PUBLIC_URL || "https://register-steward.example/";

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/** What every bundle shares: the add-in's pages and the bench's fixture are built alike. */
function common(dev) {
  return {
    devtool: dev ? "source-map" : false,
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", transpileOnly: false } },
        },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
      ],
    },
    performance: { hints: false },
  };
}

/**
 * `--env benchFixture` (bench/pane.mjs) also builds bench/fixture, the minimal Fluent UI pane the
 * shipped pane is timed against, into <dist>/bench-fixture/ after the add-in: a second compilation,
 * so the add-in's chunks are exactly those of `npm run build`, which never builds the fixture.
 */
function benchFixture(dev, dist) {
  return {
    ...common(dev),
    name: "bench-fixture",
    dependencies: ["add-in"], // after the add-in's build, which empties <dist>
    // fixture-create: the same pane whose button does Create registers' Excel work (bench/fixture/create.tsx).
    entry: { fixture: "./bench/fixture/index.tsx", "fixture-create": "./bench/fixture/create.tsx" },
    output: {
      path: path.join(dist, "bench-fixture"),
      clean: true,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "fixture.html",
        template: "./bench/fixture/fixture.html",
        chunks: ["fixture"],
      }),
      new HtmlWebpackPlugin({
        filename: "fixture-create.html",
        template: "./bench/fixture/fixture.html",
        chunks: ["fixture-create"],
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // RS_HTTPS=1 (set by `npm start` on Windows and macOS) serves over https for Excel; the workbench needs no certificate.
  const https = process.env.RS_HTTPS === "1";
  // RS_DIST_DIR: build elsewhere (two builds side by side on one machine); dist/ by default.
  const dist = path.resolve(__dirname, process.env.RS_DIST_DIR || "dist");
  const addIn = {
    ...common(dev),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: dist,
      clean: true,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          // The dialog a failing ribbon command falls back to (src/commands/noticeDialog.ts).
          { from: "src/commands/notice.html", to: "notice.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https
        ? {
            type: "https",
            options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await httpsOptions(),
          }
        : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: { warnings: false } },
    },
  };
  return env.benchFixture ? [{ ...addIn, name: "add-in" }, benchFixture(dev, dist)] : addIn;
};
