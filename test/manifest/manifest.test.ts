/**
 * manifest.xml: resource ids, URLs, icons, requirement set — and Microsoft's XSD validation
 * (../shared/bin/validate-manifest) when xmllint is available.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const DEV_ORIGIN = "https://localhost:3000";

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function all(re: RegExp): RegExpExecArray[] {
  return [...xml.matchAll(re)];
}

describe("manifest.xml", () => {
  const defined = new Map<string, string>(); // resource id → DefaultValue
  for (const m of all(/<bt:(?:Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) defined.set(m[1], m[2]);

  it("is a TaskPaneApp for Excel with a fixed id, version, locale and permissions", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Version>1\.0\.0\.0<\/Version>/);
    expect(xml).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/xsi:type="VersionOverridesV1_0"/);
    expect(xml).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it("requires ExcelApi 1.7 (Excel 2019 and Microsoft 365), no more", () => {
    expect(xml).toMatch(/<Sets DefaultMinVersion="1\.7">\s*<Set Name="ExcelApi" MinVersion="1\.7"\s*\/>\s*<\/Sets>/);
  });

  it("defines every resource id it references, each once", () => {
    const referenced = all(/resid="([^"]+)"/g).map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) expect(defined.has(id)).toBe(true);
    const ids = all(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g).map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // resource ids are at most 32 characters (XSD limit)
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("puts a Hitung Capaian button in a Capaian group on the Home tab", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(defined.get("Group.Label")).toBe("Capaian");
    expect(defined.get("TaskpaneButton.Label")).toBe("Hitung Capaian");
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("has Indonesian strings with en-US overrides", () => {
    const strings = all(
      /<bt:String id="([^"]+)" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US" Value="[^"]+"\s*\/>/g,
    );
    const allStrings = all(/<bt:String id="/g);
    expect(strings.length).toBe(allStrings.length);
  });

  it("uses only https URLs on one origin", () => {
    const urls = [
      ...all(/DefaultValue="(https?:[^"]+)"/g).map((m) => m[1]),
      ...all(/<AppDomain>([^<]+)<\/AppDomain>/g).map((m) => m[1]),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      const url = new URL(u);
      expect(url.protocol).toBe("https:");
      expect(url.origin).toBe(DEV_ORIGIN);
    }
    expect(xml).toMatch(new RegExp(`<SourceLocation DefaultValue="${DEV_ORIGIN}/taskpane.html"`));
  });

  it("points at icon files that exist with the right pixel sizes", () => {
    const icons: [string, number][] = [];
    for (const m of all(/<bt:Image id="[^"]*?(\d+)x\d+" DefaultValue="([^"]+)"/g)) icons.push([m[2], Number(m[1])]);
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(xml)![1];
    const hi = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)![1];
    icons.push([icon, 32], [hi, 64]);
    expect(icons.length).toBe(5);
    for (const [url, size] of icons) {
      const file = path.join(root, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // the store icon and the source drawing
    expect(pngSize(path.join(root, "assets/icon-128.png"))).toEqual({ width: 128, height: 128 });
    expect(fs.readFileSync(path.join(root, "assets/icon.svg"), "utf8")).toMatch(/<svg[^>]+viewBox="0 0 32 32"/);
  });

  it("points SupportUrl and pages at files the build serves", () => {
    expect(fs.existsSync(path.join(root, "assets/bantuan.html"))).toBe(true);
    expect(fs.existsSync(path.join(root, "src/taskpane/taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(root, "src/commands/commands.html"))).toBe(true);
  });

  const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
  (hasXmllint ? it : it.skip)("validates against Microsoft's XSD schemas", () => {
    const out = execFileSync("bash", [path.join(root, "../shared/bin/validate-manifest"), "manifest.xml"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    void out;
  });
});
