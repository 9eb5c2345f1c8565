/**
 * Capaian build, in the shape of Microsoft's Office add-in template (yo office, React + TypeScript).
 *
 *   npx webpack --mode production          dist/ for deployment; manifest URLs → ADDIN_URL
 *   npx webpack serve --mode development   https://localhost:3000 with office-addin-dev-certs
 *
 * Environment:
 *   ADDIN_URL=https://capaian.pemda.go.id/   where dist/ is served (production build; default: localhost)
 *   OFFICE_JS_CDN=1                         load office.js from Microsoft's CDN instead of serving the
 *                                           copy from @microsoft/office-js (default: served locally,
 *                                           so the add-in needs no network besides its own origin)
 *
 * Pages: taskpane.html (the add-in; outside Excel it links to the web page), commands.html, and
 * index.html (the stand-alone web page; `npm run serve` serves dist/ on 127.0.0.1).
 *
 * No eval anywhere (devtool "source-map" also in development), a Content-Security-Policy meta in
 * every page, and ExcelJS kept out of the initial chunks of the task pane and of the web page, and
 * out of the web page's workbook worker and I/O chunk (checked at build time; only the web page's
 * fallback writer loads it, with import()).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/package.json"));
const EXCELJS_BROWSER = path.join(path.dirname(require.resolve("exceljs/package.json")), "dist/exceljs.bare.min.js");

async function getHttpsOptions() {
  // Required lazily: only the dev server needs certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** ADDIN_URL as "https://host[/path]/" — https only, always ending with "/". */
function productionUrl() {
  const raw = process.env.ADDIN_URL || urlDev;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function contentSecurityPolicy(useCdn) {
  const scripts = ["'self'"];
  if (useCdn) scripts.push(new URL(OFFICE_JS_CDN).origin);
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Fluent UI v9 (Griffel) inserts its CSS rules at runtime: inline styles only, never remote ones.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Fails the build when a module from `packageName` lands in a chunk that `entry` loads at once:
 * an entry point, a worker (by its `name`) or a named import() chunk.
 */
class KeepOutOfInitialChunks {
  constructor(entry, packageName) {
    this.entry = entry;
    this.pattern = new RegExp(`[\\\\/]node_modules[\\\\/]${packageName}[\\\\/]`);
  }
  apply(compiler) {
    compiler.hooks.afterCompile.tap("KeepOutOfInitialChunks", (compilation) => {
      if (compilation.compiler.isChild()) return; // html-webpack-plugin's templates
      const entrypoint = compilation.entrypoints.get(this.entry) || compilation.namedChunkGroups.get(this.entry);
      if (!entrypoint) {
        compilation.errors.push(new Error(`KeepOutOfInitialChunks: no entry, worker or chunk named "${this.entry}"`));
        return;
      }
      for (const chunk of entrypoint.chunks) {
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const resource = module.resource || (module.rootModule && module.rootModule.resource) || "";
          if (this.pattern.test(resource)) {
            compilation.errors.push(
              new Error(
                `${this.pattern.source} must be loaded lazily (import()), but ${resource} is in the "${this.entry}" entry chunk`,
              ),
            );
            return;
          }
        }
      }
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const useCdn = process.env.OFFICE_JS_CDN === "1";
  const urlProd = productionUrl();
  const officeJs = useCdn ? OFFICE_JS_CDN : "office-js/office.js";
  const csp = contentSecurityPolicy(useCdn);
  const devOrigin = urlDev.replace(/\/$/, "");
  const prodOrigin = new URL(urlProd).origin;

  const copyPatterns = [
    { from: "assets", to: "assets", globOptions: { ignore: ["**/*.md"] } },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        if (dev) return content;
        // Full URLs first (they may carry a path), then the bare origin (AppDomain).
        return content.toString().split(urlDev).join(urlProd).split(devOrigin).join(prodOrigin);
      },
    },
  ];
  if (!useCdn) {
    // office.js and what it loads at run time for Excel: the host/platform script
    // (excel-win32-16.01.js, excel-web-16.00.js, excel-mac-16.00.js …) and the UI strings of the
    // Office language (<ll-cc>/office_strings.js). Not copied: debug builds, other hosts,
    // Outlook strings, and Microsoft's telemetry sinks (telemetry/, ariatelemetry/) — office.js
    // runs without them.
    copyPatterns.push(
      { from: path.join(OFFICE_JS_DIR, "dist/office.js"), to: "office-js/office.js" },
      // Loaded by office.js when it finds no Office host information (a plain browser tab): without
      // it Office.onReady never fires there and taskpane.html cannot show its "open the web page" link.
      {
        from: path.join(OFFICE_JS_DIR, "dist/o15apptofilemappingtable.js"),
        to: "office-js/o15apptofilemappingtable.js",
      },
      {
        from: "excel*.js",
        context: path.join(OFFICE_JS_DIR, "dist"),
        to: "office-js/[name][ext]",
        globOptions: { ignore: ["**/*.debug.js"] },
      },
      {
        from: "*/office_strings.js",
        context: path.join(OFFICE_JS_DIR, "dist"),
        to: "office-js/[path][name][ext]",
      },
    );
  }

  const config = {
    devtool: "source-map", // never eval-based source maps
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The stand-alone web page (index.html, no office.js). Its workbook I/O (src/web/package-io.ts)
      // runs in a worker ("capaian-io") or, without one, comes by import() ("workbook-io"); ExcelJS
      // only by the fallback writer's import() ("exceljs.[hash].chunk.js").
      web: "./src/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx", ".html"],
      // ExcelJS's browser build needs no Node polyfills beyond these.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
      // In the browser, "exceljs" is ExcelJS's prebuilt bundle without the core-js/regenerator
      // polyfills (evergreen browsers have what they supply; ~20 kB gzip less). Node (CLI, jest)
      // keeps using the package's main entry.
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      // A prebuilt, already minified browserify bundle: nothing for webpack to resolve inside it.
      noParse: [EXCELJS_BROWSER],
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.browser.json",
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      // Lazy import() chunks only, no separate vendor chunk. (Modules shared by several lazy chunks,
      // e.g. ExcelJS by the page's and the worker's fallback writer, may still get a numbered chunk.)
      splitChunks: { chunks: "async", cacheGroups: { defaultVendors: false } },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs,
        csp,
      }),
      new HtmlWebpackPlugin({
        // The web page: no office.js, and a policy that allows nothing from another origin.
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
        csp: contentSecurityPolicy(false),
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new KeepOutOfInitialChunks("taskpane", "exceljs"),
      new KeepOutOfInitialChunks("web", "exceljs"),
      // The web page's workbook worker and its on-page I/O chunk (src/web/package-io.ts): a normal
      // run reads and writes without ExcelJS; only the fallback writer's import() chunk has it.
      new KeepOutOfInitialChunks("capaian-io", "exceljs"),
      new KeepOutOfInitialChunks("workbook-io", "exceljs"),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
  return config;
};
