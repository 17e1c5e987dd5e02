import { directionFromName } from "../../src/datasets/kpiDirection";

describe("directionFromName", () => {
  it.each([
    ["Complaints", "lower"],
    ["Customer complaints", "lower"],
    ["客户投诉", "lower"],
    ["投诉数", "lower"],
    ["退货率", "lower"],
    ["客户流失率", "lower"],
    ["Churn %", "lower"],
    ["Cost per lead", "lower"],
    ["Returns", "lower"],
    ["Order errors", "lower"],
    ["差错次数", "lower"],
    ["逾期账款", "lower"],
    ["DSO", "lower"],
  ])("reads %s as %s is better", (name, direction) => {
    expect(directionFromName(name)).toBe(direction);
  });

  it.each([["Revenue"], ["Calls"], ["销售额"], ["拜访量"], ["NPS"], ["Complaint resolution rate"], ["投诉处理率"], ["Cost savings"], ["成本降低率"], ["Customer retention"], ["Return on investment"], ["Costa account revenue"], ["Errands"]])(
    "says nothing of %s",
    (name) => {
      expect(directionFromName(name)).toBeNull();
    },
  );

  it.each([
    ["Calls (higher is better)", "higher"],
    ["投诉数(↓)", "lower"],
    ["Satisfaction (lower is better)", "lower"],
  ])("takes the hint written in %s", (name, direction) => {
    expect(directionFromName(name)).toBe(direction);
  });
});
