/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../../src/taskpane/App";
import { FUNCTION_CATALOG } from "../../../src/taskpane/functionCatalog";
import { FUNCTION_WORDS } from "../../../src/taskpane/functions/words";
import { type Language, MESSAGES } from "../../../src/taskpane/i18n";
import { FakeHost, type FakeWorkbook } from "../fakeHost";
import { FULL_EXCEL, SCORES_EN, TODAY } from "../fixtures";
import { settle, showTab } from "../flow";

expect.extend(toHaveNoViolations);

const SCORE = FUNCTION_CATALOG.find((fn) => fn.name === "SCORE")!;

/** A workbook whose selection is one cell of a sheet, holding `holds` (null: empty). */
function selecting(holds: string | number | null): FakeWorkbook {
  return { ...SCORES_EN, selection: { sheet: "Q1 Review", grid: [[holds]], firstRow: 4, firstCol: 3 } };
}

async function functionsTab(book: FakeWorkbook, language: Language) {
  const host = new FakeHost(book);
  const view = render(<App initialLanguage={language} host={host} capabilities={FULL_EXCEL} today={TODAY} />);
  await settle();
  await showTab(MESSAGES[language].tabFunctions);
  return { host, words: FUNCTION_WORDS[language], ...view };
}

/** The list item of a function. */
function item(name: string): HTMLElement {
  return screen.getAllByRole("listitem").find((li) => li.getAttribute("data-function") === name)!;
}

async function click(element: HTMLElement): Promise<void> {
  fireEvent.click(element);
  await settle();
}

describe("Insert", () => {
  it("writes the function's example into the selected cell and says where, beside the button", async () => {
    const { host, words } = await functionsTab(selecting(null), "en");
    await click(within(item("SCORE")).getByRole("button", { name: words.insertLabel(SCORE.example.formula) }));
    expect([host.cells.get("Q1 Review!C4"), within(item("SCORE")).getByRole("status").textContent]).toEqual([
      "=KPI.SCORE(130, 100, 0.8, 1.2)",
      expect.stringMatching(/^Wrote =KPI\.SCORE\(130, 100, 0\.8, 1\.2\) in 'Q1 Review'!C4\./),
    ]);
  });

  it("asks before writing over a cell that holds something, with the focus on keeping it", async () => {
    const { host, words } = await functionsTab(selecting("Ann"), "en");
    await click(within(item("SCORE")).getByRole("button", { name: words.insertLabel(SCORE.example.formula) }));
    const question = within(item("SCORE")).getByRole("group", { name: `'Q1 Review'!C4 holds Ann. Replace it with ${SCORE.example.formula}?` });
    expect([host.cells.has("Q1 Review!C4"), document.activeElement]).toEqual([false, within(question).getByRole("button", { name: words.keep })]);
  });

  it("replaces the cell once the person says so, then gives the focus back to Insert", async () => {
    const { host, words } = await functionsTab(selecting("Ann"), "en");
    const insert = within(item("SCORE")).getByRole("button", { name: words.insertLabel(SCORE.example.formula) });
    await click(insert);
    await click(within(item("SCORE")).getByRole("button", { name: words.replace }));
    expect([host.cells.get("Q1 Review!C4"), document.activeElement, within(item("SCORE")).queryByRole("group", { name: /Replace it/ })]).toEqual([SCORE.example.formula, insert, null]);
  });

  it("leaves the cell as it was when the person keeps it", async () => {
    const { host, words } = await functionsTab(selecting(1200), "en");
    const insert = within(item("SCORE")).getByRole("button", { name: words.insertLabel(SCORE.example.formula) });
    await click(insert);
    await click(within(item("SCORE")).getByRole("button", { name: words.keep }));
    expect([host.cells.has("Q1 Review!C4"), within(item("SCORE")).getByRole("status").textContent, document.activeElement]).toEqual([
      false,
      "'Q1 Review'!C4 was left as it was.",
      insert,
    ]);
  });

  it("says why nothing was written, in the pane's language", async () => {
    const book = selecting(null);
    const host = new FakeHost(book);
    host.failInsert = new Error("请选择一个单元格放置公式（不是图表或形状）后重试");
    render(<App initialLanguage="zh-CN" host={host} capabilities={FULL_EXCEL} today={TODAY} />);
    await settle();
    await showTab(MESSAGES["zh-CN"].tabFunctions);
    await click(within(item("SCORE")).getByRole("button", { name: FUNCTION_WORDS["zh-CN"].insertLabel(SCORE.example.formula) }));
    expect([within(item("SCORE")).getByRole("status").textContent, host.calls.at(-1)]).toEqual([
      "公式未写入：请选择一个单元格放置公式（不是图表或形状）后重试。",
      { call: "insertFormula", language: "zh-CN" },
    ]);
  });
});

describe("what each argument takes", () => {
  it("explains a table argument with its notation, and says a fraction reads as a percentage", async () => {
    await functionsTab(selecting(null), "en");
    const band = item("BANDSCORE");
    expect([band.textContent, item("SCORE").textContent]).toEqual([
      expect.stringContaining("bandsTwo columns, lower bound and score, ascending by bound: a range such as F2:G4, or typed as {0.8,60;0.9,80;1,100}"),
      expect.stringContaining("ReturnsThe score as a fraction: 1.2 is 120%"),
    ]);
  });

  it("names the parameters in Chinese on the Chinese page, in the signature and the arguments", async () => {
    await functionsTab(selecting(null), "zh-CN");
    const funnel = item("FUNNEL");
    expect([within(funnel).getByRole("heading", { level: 3 }).textContent, within(funnel).getAllByRole("term").map((term) => term.textContent)]).toEqual([
      "KPI.FUNNEL(各阶段数量, [累计])",
      ["各阶段数量", "累计 (可选)", "返回"],
    ]);
  });

  it.each(["en", "zh-CN"] as const)("tells in %s how a table is typed", async (language) => {
    await functionsTab(selecting(null), language);
    expect(screen.getByText(FUNCTION_WORDS[language].notation)).toBeTruthy();
  });
});

describe("the Functions tab from the keyboard", () => {
  it("can be reached: its panel takes the focus and every function has a named button", async () => {
    await functionsTab(selecting(null), "en");
    const panel = screen.getByRole("tabpanel", { name: MESSAGES.en.tabFunctions });
    const buttons = within(panel).getAllByRole("button");
    expect([panel.tabIndex, buttons.length, buttons.every((b) => b.tabIndex >= 0 && (b.getAttribute("aria-label") ?? "") !== "")]).toEqual([0, FUNCTION_CATALOG.length, true]);
  });

  it.each(["en", "zh-CN"] as const)("has no accessibility violations in %s with the arguments open and a question asked", async (language) => {
    const { container, words } = await functionsTab(selecting("Ann"), language);
    for (const details of Array.from(container.querySelectorAll("details"))) act(() => void details.setAttribute("open", ""));
    await click(within(item("SCORE")).getByRole("button", { name: words.insertLabel(SCORE.example.formula) }));
    await click(within(item("SPLIT")).getByRole("button", { name: words.insertLabel(FUNCTION_CATALOG.find((fn) => fn.name === "SPLIT")!.example.formula) }));
    expect(await axe(container)).toHaveNoViolations();
  });
});
