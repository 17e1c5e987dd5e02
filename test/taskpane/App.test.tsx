/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { FUNCTION_CATALOG } from "../../src/taskpane/functionCatalog";

expect.extend(toHaveNoViolations);

const allNames = FUNCTION_CATALOG.map((fn) => fn.name);

function listedFunctions(): string[] {
  return screen.getAllByRole("listitem").map((item) => item.getAttribute("data-function") ?? "");
}

describe("App in English", () => {
  it("says what the add-in does", () => {
    render(<App initialLanguage="en" />);
    expect(screen.getByRole("heading", { level: 1, name: "KPI Toolkit" })).toBeTruthy();
    expect(screen.getByText(/adds functions to Excel for sales targets and KPIs/)).toBeTruthy();
  });

  it("lists every KPI function once, in catalogue order", () => {
    render(<App initialLanguage="en" />);
    expect(listedFunctions()).toEqual(allNames);
  });

  it("shows the signature, summary and example of a function", () => {
    render(<App initialLanguage="en" />);
    const split = screen.getAllByRole("listitem")[allNames.indexOf("SPLIT")];
    expect(within(split).getByRole("heading", { level: 4 }).textContent).toBe(
      "KPI.SPLIT(total, weights, [decimals], [minimums], [maximums])",
    );
    expect(within(split).getByText(/add up to it exactly/)).toBeTruthy();
    expect(split.textContent).toContain("Example: =KPI.SPLIT(100, {1;1;1}) → {34;33;33}");
  });

  it("groups the functions under one heading per area", () => {
    render(<App initialLanguage="en" />);
    const areas = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(areas).toEqual(["Scoring", "Targets", "Funnel and pipeline", "Commission", "Segments"]);
  });

  it("has no accessibility violations", async () => {
    const { container } = render(<App initialLanguage="en" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("App in Simplified Chinese", () => {
  it("says what the add-in does in Chinese", () => {
    render(<App initialLanguage="zh-CN" />);
    expect(screen.getByRole("heading", { level: 1, name: "KPI 工具包" })).toBeTruthy();
    expect(screen.getByText(/为 Excel 添加了用于销售目标和 KPI 的函数/)).toBeTruthy();
  });

  it("lists every KPI function once, with Chinese summaries", () => {
    render(<App initialLanguage="zh-CN" />);
    expect(listedFunctions()).toEqual(allNames);
    expect(screen.getByText("按权重分解总额，各部分之和恰好等于总额，可设上下限。")).toBeTruthy();
  });

  it("labels the examples in Chinese", () => {
    render(<App initialLanguage="zh-CN" />);
    const abc = screen.getAllByRole("listitem")[allNames.indexOf("ABC")];
    const { formula, result } = FUNCTION_CATALOG[allNames.indexOf("ABC")].example;
    expect(abc.textContent).toContain(`示例: ${formula} → ${result}`);
  });

  it("marks the page as Chinese for screen readers", () => {
    render(<App initialLanguage="zh-CN" />);
    expect(screen.getByRole("main").getAttribute("lang")).toBe("zh-CN");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("has no accessibility violations", async () => {
    const { container } = render(<App initialLanguage="zh-CN" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("the language button", () => {
  it("offers the other language by its own name", () => {
    render(<App initialLanguage="en" />);
    expect(screen.getByRole("button", { name: "中文" }).getAttribute("lang")).toBe("zh-CN");
  });

  it("switches the pane from English to Chinese", () => {
    render(<App initialLanguage="en" />);
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByRole("heading", { level: 1, name: "KPI 工具包" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" })).toBeTruthy();
  });

  it("switches back to English", () => {
    render(<App initialLanguage="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1, name: "KPI Toolkit" })).toBeTruthy();
  });
});
