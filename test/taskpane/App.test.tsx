/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { FUNCTION_CATALOG } from "../../src/taskpane/functionCatalog";
import { format, MESSAGES } from "../../src/taskpane/i18n";
import { hostCapabilities, supportUpTo } from "../../src/workbook/hostCapabilities";
import { choose, messages, next, openPane, pickBuilder, reviewName, settle, showTab, toPlanStep } from "./flow";
import { SCORES_EN, SCORES_ZH } from "./fixtures";

expect.extend(toHaveNoViolations);

const allNames = FUNCTION_CATALOG.map((fn) => fn.name);

function listedFunctions(): string[] {
  return within(screen.getByRole("tabpanel", { name: /Functions|函数/ }))
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("data-function") ?? "");
}

/** Opens the pane and shows the function list. */
async function functionsTab(language: "en" | "zh-CN") {
  const pane = await openPane(SCORES_EN, language);
  await showTab(pane.t.tabFunctions);
  return pane;
}

describe("the pane's shell", () => {
  it("names the add-in in its top heading", async () => {
    await openPane(SCORES_EN, "en");
    expect(screen.getByRole("heading", { level: 1, name: "KPI Toolkit" })).toBeTruthy();
  });

  it("opens on the review sheets", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe(t.tabBuild);
  });

  it("keeps the flow where it was while the function list is shown", async () => {
    const { t } = await openPane(SCORES_EN, "en");
    fireEvent.click(screen.getByRole("radio", { name: new RegExp(`^${reviewName(t, "funnel")}`) }));
    await showTab(t.tabFunctions);
    await showTab(t.tabBuild);
    expect((screen.getByRole("radio", { name: new RegExp(`^${reviewName(t, "funnel")}`) }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("the function list in English", () => {
  it("says what the functions do", async () => {
    await functionsTab("en");
    expect(screen.getByText(/adds functions to Excel for sales targets and KPIs/)).toBeTruthy();
  });

  it("lists every KPI function once, in catalogue order", async () => {
    await functionsTab("en");
    expect(listedFunctions()).toEqual(allNames);
  });

  it("shows the signature, summary and example of a function", async () => {
    await functionsTab("en");
    const split = screen.getAllByRole("listitem").find((item) => item.getAttribute("data-function") === "SPLIT")!;
    expect([within(split).getByRole("heading", { level: 3 }).textContent, split.textContent]).toEqual([
      "KPI.SPLIT(total, weights, [decimals], [minimums], [maximums])",
      expect.stringContaining("Example: =KPI.SPLIT(100, {1;1;1}) → {34;33;33}"),
    ]);
  });

  it("groups the functions under one heading per area", async () => {
    await functionsTab("en");
    const areas = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(areas).toEqual(["Scoring", "Targets", "Funnel and pipeline", "Commission", "Segments"]);
  });

  it("has no accessibility violations", async () => {
    const { container } = await functionsTab("en");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("the function list in Simplified Chinese", () => {
  it("lists every KPI function once, with Chinese summaries", async () => {
    await functionsTab("zh-CN");
    expect([listedFunctions(), screen.getByText("按权重分解总额，各部分之和恰好等于总额，可设上下限。").tagName]).toEqual([allNames, "P"]);
  });

  it("labels the examples in Chinese", async () => {
    await functionsTab("zh-CN");
    const abc = screen.getAllByRole("listitem").find((item) => item.getAttribute("data-function") === "ABC")!;
    const { formula, result } = FUNCTION_CATALOG[allNames.indexOf("ABC")].example;
    expect(abc.textContent).toContain(`示例：${formula} → ${result}`);
  });

  it("has no accessibility violations", async () => {
    const { container } = await functionsTab("zh-CN");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("the language", () => {
  it("marks the page as Chinese for screen readers", async () => {
    await openPane(SCORES_EN, "zh-CN");
    expect([screen.getByRole("main").getAttribute("lang"), document.documentElement.lang]).toEqual(["zh-CN", "zh-CN"]);
  });

  it("offers the other language by its own name", async () => {
    await openPane(SCORES_EN, "en");
    expect(screen.getByRole("button", { name: "中文" }).getAttribute("lang")).toBe("zh-CN");
  });

  it("switches the pane from English to Chinese", async () => {
    await openPane(SCORES_EN, "en");
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect([screen.getByRole("heading", { level: 1 }).textContent, screen.getByRole("heading", { level: 2 }).textContent]).toEqual([
      MESSAGES["zh-CN"].title,
      MESSAGES["zh-CN"].step_builder,
    ]);
  });

  it("switches back to English", async () => {
    await openPane(SCORES_EN, "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1, name: "KPI Toolkit" })).toBeTruthy();
  });

  it("says messages already shown in the new language", async () => {
    await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(messages(MESSAGES["zh-CN"])).toEqual([expect.stringContaining(MESSAGES["zh-CN"].hostDegraded)]);
  });
});

describe("an older Excel", () => {
  it("lists what it lacks and what is done without it", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    expect(messages(t)).toEqual([
      expect.stringContaining(format(t.capabilityLine, { set: "ExcelApi 1.9", effect: t.effect_funnelChart })),
    ]);
  });

  it("speaks of what differs in plain words, without requirement sets or how sheets are marked", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    const text = messages(t).join("\n");
    expect([text.includes("ExcelApi"), text.includes(t.effect_sheetMarkerProperty), text.includes(t.effect_funnelChart)]).toEqual([false, false, true]);
  });

  it("still offers the build flow when only optional features are missing", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    expect(screen.getByRole("heading", { level: 2, name: t.step_builder })).toBeTruthy();
  });

  it("says the pane cannot build when a required set is missing", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.3")));
    expect(messages(t)).toEqual([expect.stringContaining(format(t.hostUnsupported, { sets: "ExcelApi 1.4" }))]);
  });

  it("leaves the build flow out when a required set is missing, and keeps the functions", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.3")));
    const flowHeading = screen.queryByRole("heading", { level: 2, name: t.step_builder });
    await showTab(t.tabFunctions);
    expect([flowHeading, listedFunctions()]).toEqual([null, allNames]);
  });

  it("keeps what is missing on screen when the flow moves on", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    pickBuilder(t, "scorecard");
    await next(t);
    expect(messages(t)).toHaveLength(1);
  });
});

describe("the message area", () => {
  it("lets the user dismiss a message", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    fireEvent.click(screen.getByRole("button", { name: t.dismiss }));
    expect(messages(t)).toEqual([]);
  });

  it("keeps focus on the pane, not the page body, when a message is dismissed", async () => {
    const { t } = await openPane(SCORES_EN, "en", hostCapabilities(supportUpTo("1.8")));
    const dismiss = screen.getByRole("button", { name: t.dismiss });
    dismiss.focus();
    fireEvent.click(dismiss);
    await settle(20);
    expect([document.activeElement === document.body, document.activeElement?.tagName]).toEqual([false, "H2"]);
  });
});

describe("an empty workbook", () => {
  const EMPTY = { sheets: [{ name: "Sheet1", grid: [] }], selection: { sheet: "Sheet1", grid: [[null]] } };

  it("says once what to put in it and offers to look again, with no red message", async () => {
    const { t } = await openPane(EMPTY, "en");
    pickBuilder(t, "scorecard");
    await next(t);
    const alerts = document.querySelectorAll('[data-issue], [aria-invalid="true"]').length;
    expect([screen.getByText(t.noSources) !== null, screen.getAllByRole("button", { name: t.lookAgain }).length, alerts, screen.queryByText(t.sourcesBlocked), messages(t)]).toEqual([true, 1, 0, null, []]);
  });

  it("finds the data put in after a look again", async () => {
    const { t, host } = await openPane(EMPTY, "en");
    pickBuilder(t, "scorecard");
    await next(t);
    (host as unknown as { book: typeof SCORES_EN }).book = SCORES_EN;
    fireEvent.click(screen.getByRole("button", { name: t.lookAgain }));
    await settle();
    expect(screen.getByText(format(t.sourceProposed, { dataset: t.dataset_scores }))).toBeTruthy();
  });
});


describe("the first run", () => {
  beforeEach(() => localStorage.clear());

  it.each(["en", "zh-CN"] as const)("welcomes a new user in %s with the three steps", async (language) => {
    const { t } = await openPane(SCORES_EN, language);
    const welcome = screen.getByRole("region", { name: t.welcomeTitle });
    expect(within(welcome).getAllByRole("listitem").map((li) => li.textContent)).toEqual([t.welcomeStep1, t.welcomeStep2, t.welcomeStep3]);
  });

  it("is not shown again once dismissed", async () => {
    const first = await openPane(SCORES_EN, "en");
    fireEvent.click(screen.getByRole("button", { name: first.t.welcomeDismiss }));
    const gone = screen.queryByRole("region", { name: first.t.welcomeTitle });
    first.unmount();
    const { t } = await openPane(SCORES_EN, "en");
    expect([gone, screen.queryByRole("region", { name: t.welcomeTitle })]).toEqual([null, null]);
  });
});

describe("one language switch", () => {
  it("writes the review sheets in Chinese once the pane is switched to Chinese", async () => {
    const { host } = await openPane(SCORES_ZH, "en");
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    const t = MESSAGES["zh-CN"];
    await toPlanStep(t, "scorecard");
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect([host.builds[0].build.sheets.map((s) => s.name), (host.savedPlans[0] as { language: string }).language]).toEqual([["绩效评分", "数据-考核结果"], "zh-CN"]);
  });

  it("keeps the sheets' language the person set apart on the plan step", async () => {
    const { t } = await openPane(SCORES_ZH, "en");
    await toPlanStep(t, "scorecard");
    await choose(/^Language of the review sheet/, "Simplified Chinese");
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    await settle();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    await settle();
    expect(screen.getByRole("combobox", { name: /^Language of the review sheet/ }).textContent).toBe("Simplified Chinese");
  });
});
