// Two bundles: `functions` (Excel's JavaScript-only custom functions runtime: no React, no DOM) and
// `taskpane` (React + Fluent UI). `npm run build` makes dist/ for production; `npm start` serves it on
// https://localhost:3000. Production manifests get their URLs from ADDIN_URL.
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolveAddinUrl, rewriteManifestUrls, DEV_URL } = require("./scripts/manifest-url");

const DEV_PORT = 3000;
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";

/** Packages and folders the functions bundle must never contain: its runtime has no DOM. */
const NOT_FOR_FUNCTIONS = [
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|exceljs)[\\/]/,
  /[\\/]src[\\/](taskpane|workbook)[\\/]/,
];

/** Fails the build when the functions bundle pulls in React, Fluent UI or anything else that needs a page. */
class FunctionsBundleGuard {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsBundleGuard", (compilation) => {
      compilation.hooks.afterChunks.tap("FunctionsBundleGuard", (chunks) => {
        const functions = [...chunks].find((chunk) => chunk.name === "functions");
        if (!functions) return;
        for (const module of compilation.chunkGraph.getChunkModulesIterable(functions)) {
          const resource = module.nameForCondition && module.nameForCondition();
          if (resource && NOT_FOR_FUNCTIONS.some((pattern) => pattern.test(resource))) {
            const error = new Error(
              `the functions bundle must not include ${path.relative(__dirname, resource)}: ` +
                "custom functions run in Excel's JavaScript-only runtime, without React or a DOM",
            );
            error.name = "FunctionsBundleGuard";
            compilation.errors.push(error);
          }
        }
      });
    });
  }
}

/** Office's dev certificates when they can be had; otherwise webpack-dev-server's own self-signed one. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    console.warn(
      `\n[kpi-toolkit] The Office development certificate is not available (${err.message.split("\n")[0]}).\n` +
        "  Run `npx office-addin-dev-certs install` to create and trust it (on Linux it calls sudo); until then\n" +
        "  the server uses a self-signed certificate that Excel will not trust.\n",
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  let addinUrl = DEV_URL;
  if (production) {
    const resolved = resolveAddinUrl(process.env);
    if (resolved.error) {
      // The reason is the whole story: exit with it rather than bury it under a stack trace.
      console.error(`\n[kpi-toolkit] Build stopped: ${resolved.error}\n`);
      process.exit(1);
    }
    if (resolved.warning) console.warn(`\n[kpi-toolkit] ${resolved.warning}\n`);
    addinUrl = resolved.url;
  }

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2017"],
    devtool: production ? false : "source-map",
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { target: "ES2017", module: "ES2020", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new FunctionsBundleGuard(),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The functions' help in Chinese (npm run docs:functions writes it); the manifest points zh-CN at it.
          { from: "src/functions/functions-zh-CN.json", to: "functions-zh-CN.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: {
              transformer: (content) => rewriteManifestUrls(content.toString("utf8"), addinUrl),
              cache: false,
            },
          },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      // The task pane (React + Fluent UI) is about 75 KB gzipped; the functions bundle should stay far below.
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
      // No client script: the functions bundle runs without a DOM, and the pane is simply reloaded.
      client: false,
      hot: false,
      liveReload: false,
      static: false,
    },
  };
};
