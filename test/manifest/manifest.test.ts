import fs from "fs";
import os from "os";
import path from "path";
import { checkManifest, checkManifestXml, readPngSize } from "../../scripts/manifest-checks";
import { DEV_URL, resolveAddinUrl, rewriteManifestUrls } from "../../scripts/manifest-url";

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const assetsDir = path.join(root, "assets");
const fixture = (name: string) => path.join(root, "test", "fixtures", "manifests", name);
const manifestXml = fs.readFileSync(manifestPath, "utf8");

describe("checkManifest", () => {
  it("finds no problem in the add-in's manifest", async () => {
    await expect(checkManifest(manifestPath, { assetsDir })).resolves.toEqual([]);
  });

  it("looks for the icons in assets/ beside the manifest by default", async () => {
    await expect(checkManifest(manifestPath)).resolves.toEqual([]);
  });

  // Each fixture is the real manifest with exactly one defect, so it must produce exactly one problem.
  it.each([
    { defect: "an Id that is not a GUID", file: "bad-guid.xml", problem: /<Id> is not a GUID/ },
    { defect: "an http URL", file: "http-url.xml", problem: /<SupportUrl> is not https: http:\/\/localhost/ },
    { defect: "a resid with no resource", file: "missing-resid.xml", problem: /resid "Review.Scorecard.Caption" on <Label> is not defined/ },
    { defect: "a resid of the wrong kind", file: "wrong-resid-kind.xml", problem: /resid "Taskpane.Url" on <Title> must name one of ShortStrings/ },
    { defect: "an icon of the wrong size", file: "wrong-icon-size.xml", problem: /"Icon.80x80".*icon-64.png is 64x64, expected 80x80/ },
    { defect: "an icon missing from assets/", file: "missing-icon.xml", problem: /icon-15.png does not exist/ },
    { defect: "a ribbon icon without its 80 px image", file: "ribbon-icon-size-missing.xml", problem: /<Icon> of "KpiToolkit.Group" has no image of size 80/ },
    { defect: "a namespace other than KPI", file: "wrong-namespace.xml", problem: /namespace resolves to "KPIX", expected "KPI"/ },
    { defect: "no Workbook host", file: "no-workbook-host.xml", problem: /<Hosts> must include Workbook \(found: Document\)/ },
    { defect: "read-only permissions", file: "read-only.xml", problem: /<Permissions> must be ReadWriteDocument, found "ReadDocument"/ },
    { defect: "a template leftover", file: "template-leftover.xml", problem: /template leftover.*Contoso/ },
    { defect: "XML that is not well-formed", file: "malformed.xml", problem: /not well-formed XML at line \d+/ },
    { defect: "a tooltip without its Chinese", file: "tooltip-without-chinese.xml", problem: /^LongStrings "Review.scorecard.Tip" has no Override for zh-CN$/ },
    { defect: "function metadata without its Chinese", file: "metadata-without-locale.xml", problem: /metadata "Functions.Metadata.Url" has no Override for zh-CN/ },
    { defect: "a ribbon button without an icon", file: "control-without-icon.xml", problem: /^<Control id="KpiToolkit.OpenPane"> has no <Icon>$/ },
    { defect: "two ribbon buttons with one id", file: "duplicate-control-id.xml", problem: /the id "KpiToolkit.Rebuild" is given to two ribbon elements/ },
    { defect: "a resource nothing uses", file: "unused-resource.xml", problem: /ShortStrings "Export.Label" is defined but nothing refers to it/ },
  ])("reports $defect ($file)", async ({ file, problem }) => {
    await expect(checkManifest(fixture(file), { assetsDir })).resolves.toEqual([expect.stringMatching(problem)]);
  });

  it("reports a manifest file that cannot be read", async () => {
    await expect(checkManifest(fixture("absent.xml"), { assetsDir })).resolves.toEqual([
      expect.stringMatching(/cannot read .*absent.xml/),
    ]);
  });

  it("reports a root element other than OfficeApp", async () => {
    await expect(checkManifestXml("<Manifest/>", { assetsDir })).resolves.toEqual([
      "the root element is <Manifest>, expected <OfficeApp>",
    ]);
  });

});

describe("checkManifestXml with an icon that is not a PNG", () => {
  let dir = "";

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-assets-"));
    for (const name of fs.readdirSync(assetsDir)) fs.copyFileSync(path.join(assetsDir, name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, "icon-32.png"), "GIF89a not a png at all");
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports the file once, where it is first used", async () => {
    await expect(checkManifestXml(manifestXml, { assetsDir: dir })).resolves.toEqual([
      "<IconUrl>: icon-32.png is not a PNG",
    ]);
  });
});

describe("the icons in assets/", () => {
  it.each([16, 32, 64, 80, 128])("icon-%i.png is that many pixels square", (size) => {
    expect(readPngSize(path.join(assetsDir, `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe("resolveAddinUrl", () => {
  it("keeps the development URL, with a warning, when ADDIN_URL is unset", () => {
    expect(resolveAddinUrl({})).toEqual({ url: DEV_URL, warning: expect.stringContaining("ADDIN_URL is not set") });
  });

  it("treats a blank ADDIN_URL as unset", () => {
    expect(resolveAddinUrl({ ADDIN_URL: "  " })).toMatchObject({ url: DEV_URL });
  });

  it("drops trailing slashes from the production URL", () => {
    expect(resolveAddinUrl({ ADDIN_URL: "https://example.org/kpi/" })).toEqual({ url: "https://example.org/kpi" });
  });

  it.each([
    { case: "an http URL", value: "http://example.org/kpi", message: /must use https/ },
    { case: "a relative path", value: "/kpi", message: /must be an absolute https URL/ },
    { case: "a URL with a query", value: "https://example.org/kpi?v=1", message: /query or a fragment/ },
  ])("rejects $case", ({ value, message }) => {
    expect(resolveAddinUrl({ ADDIN_URL: value })).toEqual({ error: expect.stringMatching(message) });
  });
});

describe("rewriteManifestUrls", () => {
  const production = rewriteManifestUrls(manifestXml, "https://example.org/kpi");

  it("replaces every localhost URL", () => {
    expect(production).not.toMatch(/localhost/);
  });

  it("points the custom functions at the production URL", () => {
    expect(production).toContain('DefaultValue="https://example.org/kpi/functions.js"');
  });

  it("uses only the origin for AppDomain", () => {
    expect(production).toContain("<AppDomain>https://example.org</AppDomain>");
  });

  it("gives a manifest that passes the checks", async () => {
    await expect(checkManifestXml(production, { assetsDir })).resolves.toEqual([]);
  });

  it("leaves the manifest unchanged for the development URL", () => {
    expect(rewriteManifestUrls(manifestXml, DEV_URL)).toBe(manifestXml);
  });
});
