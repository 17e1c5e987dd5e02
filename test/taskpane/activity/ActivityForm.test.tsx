/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { defaultPlan, type Plan } from "../../../src/reviews/plan";
import { ActivityForm } from "../../../src/taskpane/activity/ActivityForm";
import { ACTIVITY_LABELS } from "../../../src/taskpane/activity/labels";
import { activityPane } from "../../../src/taskpane/activity/pane";
import { freshPlan } from "../../../src/taskpane/common/planDraft";
import { I18nProvider } from "../../../src/taskpane/common/I18nContext";
import { format } from "../../../src/taskpane/i18n";

const l = ACTIVITY_LABELS.en;
type Section = Plan["activity"];

function Harness({ onChange }: { onChange: (section: Section) => void }) {
  const [value, setValue] = useState<Section>(defaultPlan().activity);
  return (
    <I18nProvider language="en">
      <ActivityForm
        name="Activity report"
        value={value}
        error={() => undefined}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    </I18nProvider>
  );
}

describe("the activity plan form", () => {
  it("shows the default quotas, one group each", () => {
    render(<Harness onChange={() => undefined} />);
    expect([1, 2, 3].map((n) => screen.getByRole("group", { name: new RegExp(`^${format(l.quota, { n })}`) }) !== null)).toEqual([true, true, true]);
  });

  it("adds a quota and removes one", () => {
    const seen: Section[] = [];
    render(<Harness onChange={(s) => seen.push(s)} />);
    fireEvent.click(screen.getByRole("button", { name: l.addQuota }));
    fireEvent.click(screen.getByRole("button", { name: format(l.removeQuota, { n: 1 }) }));
    expect(seen.map((s) => s.quotas.map((q) => q.type))).toEqual([
      ["call", "visit", "followUp", ""],
      ["visit", "followUp", ""],
    ]);
  });
});

describe("the activity pane hooks", () => {
  it("names a fresh Chinese plan's default quota types in Chinese", () => {
    expect(activityPane.draft!(freshPlan("zh-CN"), true).activity.quotas.map((q) => q.type)).toEqual(["电话", "拜访", "跟进"]);
  });

  it("leaves a saved plan's types as they are", () => {
    expect(activityPane.draft!({ ...defaultPlan(), language: "zh-CN" }, false).activity.quotas.map((q) => q.type)).toEqual(["call", "visit", "followUp"]);
  });

  it("words the plan's rule on a type with two quotas in both languages", () => {
    expect(activityPane.rule!(["quotas", 1, "type"])).toEqual({ en: l.errDuplicateType, "zh-CN": ACTIVITY_LABELS["zh-CN"].errDuplicateType });
  });
});
