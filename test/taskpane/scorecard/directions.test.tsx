/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import type { Plan } from "../../../src/reviews/plan";
import { SCORECARD_LABELS } from "../../../src/taskpane/scorecard/labels";
import type { FakeWorkbook } from "../fakeHost";
import { format, MESSAGES } from "../../../src/taskpane/i18n";
import { group, label, next, openPane, settle, toPlanStep } from "../flow";

/**
 * Ann: Revenue 120/100 = 1.2; Complaints 6 against a target of 4, fewer being better: 2 − 6/4 = 0.5.
 * Weighted 50/50: 0.85. Scored "higher is better" it would be (1.2 + 1.5) / 2 = 1.35, rated A.
 */
const COMPLAINTS: FakeWorkbook = {
  sheets: [
    {
      name: "Results",
      grid: [
        ["Name", "KPI", "Target", "Actual"],
        ["Ann", "Revenue", 100, 120],
        ["Ann", "Complaints", 4, 6],
        ["Bob", "Revenue", 100, 90],
        ["Bob", "Complaints", 4, 2],
      ],
    },
  ],
};

/** The same results with a direction column that says Revenue... is better lower, against its name. */
const WITH_DIRECTIONS: FakeWorkbook = {
  sheets: [
    {
      name: "考核结果",
      grid: [
        ["姓名", "指标", "指标方向", "目标", "实际"],
        ["张伟", "销售额", "越高越好", 100, 120],
        ["张伟", "客户投诉", "越低越好", 4, 6],
        ["张伟", "成本节约", "越高越好", 10, 12],
      ],
    },
  ],
};

const en = SCORECARD_LABELS.en;
const zh = SCORECARD_LABELS["zh-CN"];

describe("the direction a KPI starts with on the plan step", () => {
  it("proposes lower is better for Complaints when the data says nothing, and leaves Revenue to the default", async () => {
    const { t } = await openPane(COMPLAINTS, "en");
    await toPlanStep(t, "scorecard");
    const revenue = within(group(`${format(en.kpi, { n: 1 })}: Revenue`)).getByRole("combobox", { name: label(en.direction) });
    const complaints = within(group(`${format(en.kpi, { n: 2 })}: Complaints`)).getByRole("combobox", { name: label(en.direction) });
    expect([revenue.textContent, complaints.textContent]).toEqual([en.direction_auto, en.direction_lower]);
    expect(screen.getByText(en.directionFromName)).toBeTruthy();
  });

  it("scores Complaints lower-is-better in the build, so Ann's 6 against 4 counts 50%, not 150%", async () => {
    const { t, host } = await openPane(COMPLAINTS, "en");
    await toPlanStep(t, "scorecard");
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    const saved = host.savedPlans[0] as Plan;
    const sheet = host.builds[0].build.sheets[0];
    const ann = sheet.rows.find((row) => row[0]?.v === "Ann")!;
    expect(saved.scorecard.kpis.map((k) => [k.name, k.direction])).toEqual([
      ["Revenue", null],
      ["Complaints", "lower"],
    ]);
    expect(ann.some((cell) => typeof cell?.v === "number" && Math.abs(cell.v - 0.85) < 1e-9)).toBe(true);
  });

  it("leaves the direction to the data when the data gives one, and says so", async () => {
    const { t, host } = await openPane(WITH_DIRECTIONS, "zh-CN");
    await toPlanStep(t, "scorecard");
    const box = (n: number, name: string) => within(group(format(MESSAGES["zh-CN"].named, { label: format(zh.kpi, { n }), text: name }))).getByRole("combobox", { name: label(zh.direction) });
    expect([box(1, "销售额").textContent, box(2, "客户投诉").textContent, box(3, "成本节约").textContent]).toEqual([
      format(zh.direction_data, { direction: zh.direction_higher }),
      format(zh.direction_data, { direction: zh.direction_lower }),
      format(zh.direction_data, { direction: zh.direction_higher }),
    ]);
    await next(t);
    fireEvent.click(screen.getByRole("button", { name: t.build }));
    await settle();
    const saved = host.savedPlans[0] as Plan;
    expect(saved.scorecard.kpis.map((k) => k.direction)).toEqual([null, null, null]);
  });

  it("starts a KPI added by hand without a direction, so the data's applies", async () => {
    const { t } = await openPane(COMPLAINTS, "en");
    await toPlanStep(t, "scorecard");
    fireEvent.click(screen.getByRole("button", { name: en.addKpi }));
    await settle();
    const added = within(group(format(en.kpi, { n: 3 }))).getByRole("combobox", { name: label(en.direction) });
    expect(added.textContent).toBe(en.direction_auto);
  });
});
