import { AMOUNT, kpiFormat, PERCENT, WHOLE } from "../../src/sheets/formats";

describe("kpiFormat", () => {
  it.each([
    { name: "New customers", values: [37, 29, 13], format: WHOLE },
    { name: "Revenue", values: [1244500, 1220000], format: WHOLE },
    { name: "Win rate", values: [0.44, 0.3], format: PERCENT },
    { name: "赢单率", values: [0.44, 0.3], format: PERCENT },
    { name: "Gross margin %", values: [0.25, 0.31], format: PERCENT },
    { name: "Avg. order (k)", values: [0.85, 1.2], format: AMOUNT },
    { name: "Satisfaction", values: [0.85, 0.9], format: AMOUNT },
    { name: "Win rate", values: [44, 30.5], format: AMOUNT },
    { name: "Revenue", values: [1234.5, 1000], format: AMOUNT },
  ])("shows $name of $values as $format", ({ name, values, format }) => {
    expect(kpiFormat(name, values)).toBe(format);
  });

  it("gives a KPI with no values yet whole numbers", () => {
    expect(kpiFormat("Calls", [])).toBe(WHOLE);
  });
});
