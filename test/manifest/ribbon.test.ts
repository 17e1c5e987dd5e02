import fs from "fs";
import path from "path";
import xml2js from "xml2js";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { checkManifest, compareMetadata } from "../../scripts/manifest-checks";
import { REVIEWS } from "../../src/reviews/registry";
import { routeFrom } from "../../src/taskpane/route";

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const ZH_METADATA = path.join(root, "src", "functions", "functions-zh-CN.json");

interface Button {
  id: string;
  label: { en: string; zh?: string };
  tip: { en: string; zh?: string };
  url: string;
}

/** The ribbon's buttons as a person meets them: label, tooltip in each language, and the page each opens. */
async function ribbonButtons(): Promise<Button[]> {
  const doc = await xml2js.parseStringPromise(fs.readFileSync(manifestPath, "utf8"), { tagNameProcessors: [xml2js.processors.stripPrefix] });
  const resources = doc.OfficeApp.VersionOverrides[0].Resources[0];
  const strings = new Map<string, { en: string; zh?: string }>();
  for (const kind of ["ShortStrings", "LongStrings", "Urls"]) {
    for (const list of resources[kind] ?? []) {
      for (const item of Object.values(list).flat() as { $: Record<string, string>; Override?: { $: Record<string, string> }[] }[]) {
        strings.set(item.$.id, { en: item.$.DefaultValue, zh: item.Override?.find((o) => o.$.Locale === "zh-CN")?.$.Value });
      }
    }
  }
  const buttons: Button[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const control of (record.Control ?? []) as Record<string, any>[]) {
      buttons.push({
        id: control.$.id,
        label: strings.get(control.Label[0].$.resid)!,
        tip: strings.get(control.Supertip[0].Description[0].$.resid)!,
        url: strings.get(control.Action[0].SourceLocation[0].$.resid)!.en,
      });
    }
    Object.entries(record).forEach(([key, value]) => key !== "$" && key !== "Control" && visit(value));
  };
  visit(doc.OfficeApp.VersionOverrides[0].Hosts);
  return buttons;
}

describe("the ribbon", () => {
  let buttons: Button[];
  beforeAll(async () => {
    buttons = await ribbonButtons();
  });

  it.each(REVIEWS.map((review) => [review.kind, review] as const))("has a button that opens the pane on the %s, named as the pane names it", (kind, review) => {
    const found = buttons.filter((b) => routeFrom(new URL(b.url).search).tab === "review" && (routeFrom(new URL(b.url).search) as { review?: string }).review === kind);
    expect(found.map((b) => b.label)).toEqual([{ en: review.name.en, zh: review.name["zh-CN"] }]);
  });

  it("has a button for Rebuild and one for the functions, each opening the pane there", () => {
    const routes = buttons.map((b) => routeFrom(new URL(b.url).search));
    expect([routes.filter((r) => "rebuild" in r).length, routes.filter((r) => r.tab === "functions").length]).toEqual([1, 1]);
  });

  it("opens every button on the same pane page, at a place the pane knows", () => {
    const kinds = REVIEWS.map((r) => r.kind as string);
    const unknown = buttons
      .filter((b) => new URL(b.url).pathname !== "/taskpane.html" || ((r) => r.tab === "review" && "review" in r && r.review !== undefined && !kinds.includes(r.review))(routeFrom(new URL(b.url).search)))
      .map((b) => b.id);
    expect(unknown).toEqual([]);
  });

  it("gives every button a label and a tooltip in Chinese, in Chinese", () => {
    const bad = buttons.filter((b) => !/[\u4e00-\u9fff]/.test(`${b.label.zh}`) || !/[\u4e00-\u9fff]/.test(`${b.tip.zh}`)).map((b) => b.id);
    expect(bad).toEqual([]);
  });

  it("no longer says the pane opens on the functions when it opens on the reviews", () => {
    const open = buttons.find((b) => routeFrom(new URL(b.url).search).tab === "review" && !new URL(b.url).search)!;
    expect([open.tip.en, open.tip.zh]).toEqual([expect.stringMatching(/^Build review sheets/), expect.stringMatching(/^用本工作簿的数据生成分析表/)]);
  });
});

describe("the functions' metadata in Chinese, checked as the manifest is", () => {
  let english = "";
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(root, "src", "functions", "functions.ts"));
    english = generated.metadataJson;
  }, 60_000);
  const metadata = (zh: string) => (file: string) => ({ "functions.json": english, "functions-zh-CN.json": zh })[file];

  it("fits the metadata the build makes from functions.ts", async () => {
    await expect(checkManifest(manifestPath, { metadata: metadata(fs.readFileSync(ZH_METADATA, "utf8")) })).resolves.toEqual([]);
  });

  it("is reported when the build has not made it", async () => {
    await expect(checkManifest(manifestPath, { metadata: (file) => (file === "functions.json" ? english : undefined) })).resolves.toEqual([
      "the custom functions metadata functions-zh-CN.json does not exist",
    ]);
  });

  const zh = () => JSON.parse(fs.readFileSync(ZH_METADATA, "utf8"));
  const base = () => JSON.parse(english);
  it.each([
    ["a parameter left out", (m: any) => m.functions[2].parameters.pop(), ["KPI.BANDSCORE has 2 parameters; the default metadata has 3"]],
    ["a parameter made required", (m: any) => delete m.functions[0].parameters[2].optional, ["KPI.ACHIEVEMENT parameter 3 (direction): its optional differs from the default metadata"]],
    ["a description left in English", (m: any) => (m.functions[1].description = "KPI score."), [`KPI.SCORE's description is not in Chinese: "KPI score."`]],
    ["a parameter name with a space", (m: any) => (m.functions[1].parameters[0].name = "实际 值"), ['KPI.SCORE parameter 1 (actual) has the name "实际 值"; give it a name without spaces']],
    ["two parameters of one name", (m: any) => (m.functions[1].parameters[1].name = "实际值"), ['KPI.SCORE parameter 2 (target) has the name "实际值" of an earlier parameter']],
    ["functions in another order", (m: any) => m.functions.reverse(), [expect.stringMatching(/^its functions \(ABC, DRAW.*\) are not those of the default metadata \(ACHIEVEMENT, SCORE/)]],
  ])("reports %s", (_case, spoil, problems) => {
    const localized = zh();
    spoil(localized);
    expect(compareMetadata(base(), localized, "zh-CN")).toEqual(problems);
  });
});
