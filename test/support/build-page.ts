/** The web page built for browser tests: the project's webpack config, production, not minified. */
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** Production build of the project's webpack config into `outDir` (not minified, see above). */
export async function buildPage(outDir: string): Promise<void> {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output.path = outDir;
  config.devtool = false;
  config.optimization = { ...config.optimization, minimize: false };
  config.infrastructureLogging = { level: "error" };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}
