import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreoffice";
import { checkXlsxXml } from "./xmlOrder";

// The demo's review workbooks carry their charts as DrawingML parts (src/workbook/xlsxCharts.ts); here
// LibreOffice opens them: each chart must survive into its own format (a chart object on the right
// sheet, over the right cells, with its title) and be drawn in the PDF. Pages with a chart are rendered
// to test-output/charts/ for people to look at (with poppler's pdftoppm, when it is installed).

const examples = path.resolve(__dirname, "../../examples");
const PICTURES = path.resolve(__dirname, "../../test-output/charts");

interface DrawnChart {
  sheet: string;
  kind: string;
  title: string;
}

/** The charts of a flat ODF spreadsheet: the sheet each is drawn on, its class and its title. */
function chartsOf(fods: string): DrawnChart[] {
  const charts: DrawnChart[] = [];
  for (const table of fods.matchAll(/<table:table table:name="([^"]*)"[\s\S]*?<\/table:table>/g)) {
    for (const object of table[0].matchAll(/<chart:chart\b[^>]*chart:class="chart:(\w+)"[\s\S]*?<chart:title\b[\s\S]*?<text:p>([^<]*)<\/text:p>/g)) {
      charts.push({ sheet: decode(table[1]), kind: object[1], title: decode(object[2]) });
    }
  }
  return charts;
}

function decode(text: string): string {
  return text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function hasPdfTools(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describeWithLibreOffice("the demo's charts opened by LibreOffice", () => {
  jest.setTimeout(300_000);
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-charts-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    {
      language: "en",
      input: "sample-team.xlsx",
      plan: "plan.json",
      charts: [
        { sheet: "Scorecard", kind: "bar", title: "Weighted score" },
        { sheet: "Target plan", kind: "bar", title: "Monthly targets" },
        { sheet: "Funnel review", kind: "bar", title: "Team funnel" },
        { sheet: "Progress", kind: "bar", title: "Year to date" },
        { sheet: "Leaderboard", kind: "bar", title: "Top performer" },
      ],
    },
    {
      language: "zh-CN",
      input: "sample-team-zh.xlsx",
      plan: "plan-zh.json",
      charts: [
        { sheet: "绩效评分", kind: "bar", title: "加权得分" },
        { sheet: "目标分解", kind: "bar", title: "月度目标" },
        { sheet: "漏斗分析", kind: "bar", title: "团队漏斗" },
        { sheet: "目标进度", kind: "bar", title: "本年累计" },
        { sheet: "销售竞赛", kind: "bar", title: "销售冠军" },
      ],
    },
  ])("keeps and draws every chart of the $language demo", async ({ language, input, plan, charts }) => {
    const out = path.join(dir, `review-${language}.xlsx`);
    const code = await main(["all", "--in", path.join(examples, input), "--plan", path.join(examples, plan), "--out", out, "--quiet"], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(await checkXlsxXml(out)).toEqual([]);

    const fods = await fs.readFile(await convertWithLibreOffice(out, "fods", dir), "utf8");
    expect(chartsOf(fods)).toEqual(charts);

    const pdf = await convertWithLibreOffice(out, "pdf", dir);
    if (!hasPdfTools()) {
      console.warn(`*** charts not rendered to PNG: pdftotext/pdftoppm (poppler-utils) are not installed`);
      return;
    }
    // The funnel chart's title appears nowhere in the cells, so finding it in the PDF means the chart was drawn.
    const funnelTitle = charts[2].title;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
    const drawn: number[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" });
      if (text.includes(funnelTitle)) drawn.push(page);
    }
    expect(drawn.length).toBeGreaterThan(0);
    await fs.mkdir(PICTURES, { recursive: true });
    execFileSync("pdftoppm", ["-f", String(drawn[0]), "-l", String(drawn[0]), "-r", "60", "-png", "-singlefile", pdf, path.join(PICTURES, `funnel-${language}`)]);
  });
});
