/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import type { ReviewKind } from "../../src/reviews/registry";
import type { Language } from "../../src/taskpane/i18n";
import { openPane, settle, type Step, toPlanStep, walkTo } from "./flow";
import { ALL_EN, ALL_ZH, SCORES_EN } from "./fixtures";

expect.extend(toHaveNoViolations);

/** Opens the pane on a workbook with every kind of data and walks a builder's flow to a step. */
const at = (language: Language, kind: ReviewKind, step: Step) => walkTo(language === "en" ? ALL_EN : ALL_ZH, language, kind, step);

const STEPS = (["en", "zh-CN"] as const).flatMap((language) => [
  { language, kind: "scorecard" as const, step: "builder" as const },
  { language, kind: "scorecard" as const, step: "sources" as const },
  { language, kind: "funnel" as const, step: "sources" as const },
  { language, kind: "scorecard" as const, step: "columns" as const },
  { language, kind: "funnel" as const, step: "columns" as const },
  { language, kind: "scorecard" as const, step: "plan" as const },
  { language, kind: "funnel" as const, step: "plan" as const },
  { language, kind: "targets" as const, step: "plan" as const },
  { language, kind: "commission" as const, step: "plan" as const },
  { language, kind: "scorecard" as const, step: "build" as const },
  { language, kind: "funnel" as const, step: "build" as const },
]);

describe("accessibility", () => {
  it.each(STEPS)("has no violations in $language at the $step step of the $kind", async ({ language, kind, step }) => {
    const { container } = await at(language, kind, step);
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(["en", "zh-CN"] as const)("has no violations in %s with a message shown after a build", async (language) => {
    const { container, t } = await at(language, "scorecard", "build");
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("has no violations with a blocked step and its message", async () => {
    const { container, t } = await openPane(SCORES_EN, "en");
    await toPlanStep(t, "scorecard");
    fireEvent.change(screen.getAllByRole("textbox", { name: /^Weight/ })[0], { target: { value: "70" } });
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(["commission", "scorecard"] as const)("gives every control of the %s plan a name", async (kind) => {
    await at("en", kind, "plan");
    const roles = ["textbox", "combobox", "button", "switch", "radio"] as const;
    const unnamed = roles.map((role) => screen.queryAllByRole(role).length - screen.queryAllByRole(role, { name: /\S/ }).length);
    expect(unnamed).toEqual([0, 0, 0, 0, 0]);
  });
});
