import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { checkManifest, compareMetadata, type RibbonButton, ribbonButtons } from "../../scripts/manifest-checks";
import { REVIEWS } from "../../src/reviews/registry";
import { routeFrom } from "../../src/taskpane/route";

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const ZH_METADATA = path.join(root, "src", "functions", "functions-zh-CN.json");

type Button = RibbonButton & { url: string };

/** The ribbon's buttons; every one opens the pane. */
async function ribbonButtonsOf(file: string): Promise<Button[]> {
  const buttons = await ribbonButtons(fs.readFileSync(file, "utf8"));
  expect(buttons.filter((b) => b.url === undefined).map((b) => b.id)).toEqual([]);
  return buttons as Button[];
}

describe("the ribbon", () => {
  let buttons: Button[];
  beforeAll(async () => {
    buttons = await ribbonButtonsOf(manifestPath);
  });

  it.each(REVIEWS.map((review) => [review.kind, review] as const))("has a button that opens the pane on the %s, named as the pane names it", (kind, review) => {
    const found = buttons.filter((b) => routeFrom(new URL(b.url).search).tab === "review" && (routeFrom(new URL(b.url).search) as { review?: string }).review === kind);
    expect(found.map((b) => b.label)).toEqual([{ default: review.name.en, "zh-CN": review.name["zh-CN"] }]);
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
    const bad = buttons.filter((b) => !/[\u4e00-\u9fff]/.test(`${b.label["zh-CN"]}`) || !/[\u4e00-\u9fff]/.test(`${b.tip["zh-CN"]}`)).map((b) => b.id);
    expect(bad).toEqual([]);
  });

  it("tells the buttons of the KPI Toolkit tab apart by their icons too: each has its own picture", () => {
    const placed = buttons.filter((b) => new URL(b.url).search !== "");
    const pictures = placed.map((b) => fs.readFileSync(path.join(root, "assets", path.posix.basename(new URL(b.icons["32"]).pathname))).toString("base64"));
    expect(new Set(pictures).size).toBe(placed.length);
  });

  it("no longer says the pane opens on the functions when it opens on the reviews", () => {
    const open = buttons.find((b) => routeFrom(new URL(b.url).search).tab === "review" && !new URL(b.url).search)!;
    expect([open.tip.default, open.tip["zh-CN"]]).toEqual([expect.stringMatching(/^Build review sheets/), expect.stringMatching(/^用本工作簿的数据生成分析表/)]);
  });
});

describe("the functions' metadata in Chinese, checked as the manifest is", () => {
  let english = "";
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(root, "src", "functions", "functions.ts"));
    english = generated.metadataJson;
  }, 60_000);
  const metadata =
    (zh: string) =>
    (file: string): string | undefined =>
      new Map([
        ["functions.json", english],
        ["functions-zh-CN.json", zh],
      ]).get(file);

  it("fits the metadata the build makes from functions.ts", async () => {
    await expect(checkManifest(manifestPath, { metadata: metadata(fs.readFileSync(ZH_METADATA, "utf8")) })).resolves.toEqual([]);
  });

  it("is reported when the build has not made it", async () => {
    await expect(checkManifest(manifestPath, { metadata: (file) => (file === "functions.json" ? english : undefined) })).resolves.toEqual([
      "the custom functions metadata functions-zh-CN.json does not exist",
    ]);
  });

  interface Metadata {
    functions: { description: string; parameters: { name: string; optional?: boolean }[] }[];
  }
  const zh = (): Metadata => JSON.parse(fs.readFileSync(ZH_METADATA, "utf8"));
  const base = (): Metadata => JSON.parse(english);
  it.each([
    ["a parameter left out", (m: Metadata) => m.functions[2].parameters.pop(), ["KPI.BANDSCORE has 2 parameters; the default metadata has 3"]],
    ["a parameter made required", (m: Metadata) => delete m.functions[0].parameters[2].optional, ["KPI.ACHIEVEMENT parameter 3 (direction): its optional differs from the default metadata"]],
    ["a description left in English", (m: Metadata) => (m.functions[1].description = "KPI score."), [`KPI.SCORE's description is not in Chinese: "KPI score."`]],
    ["a parameter name with a space", (m: Metadata) => (m.functions[1].parameters[0].name = "实际 值"), ['KPI.SCORE parameter 1 (actual) has the name "实际 值"; give it a name without spaces']],
    ["two parameters of one name", (m: Metadata) => (m.functions[1].parameters[1].name = "实际值"), ['KPI.SCORE parameter 2 (target) has the name "实际值" of an earlier parameter']],
    ["functions in another order", (m: Metadata) => m.functions.reverse(), [expect.stringMatching(/^its functions \(ABC, DRAW.*\) are not those of the default metadata \(ACHIEVEMENT, SCORE/)]],
  ] as [string, (m: Metadata) => unknown, unknown[]][])("reports %s", (_case, spoil, problems) => {
    const localized = zh();
    spoil(localized);
    expect(compareMetadata(base(), localized, "zh-CN")).toEqual(problems);
  });
});
