import { a1, ref, range, type Formula } from "../../../src/excel/formula";
import {
  acceleratorFormula,
  attainmentFormula,
  cappedFormula,
  commissionFormula,
  differenceFormula,
  dueFormula,
  paidFormula,
  quotaFormula,
  salesFormula,
  statusFormula,
  moneySumFormula,
  sumFormula,
  topUpFormula,
  type SettingCells,
} from "../../../src/reviews/commission/formulas";

// The settings block and tier table of the English demo statement (B25:B31, rows 36-37).
const settings: SettingCells = {
  start: a1("$B$25"),
  end: a1("$B$26"),
  above: a1("$B$27"),
  multiplier: a1("$B$28"),
  cap: a1("$B$29"),
  draw: a1("$B$30"),
  tolerance: a1("$B$31"),
};
const tiers = { from: range(35, 1, 36, 1, true), rate: range(35, 2, 36, 2, true), step: range(35, 3, 36, 3, true) };
const words = { ok: "OK", underpaid: "Underpaid", overpaid: "Overpaid" };

describe("the commission statement's formulas", () => {
  // Each expected text is the formula the demo statement held before the formulas went through the builder.
  it.each<{ name: string; formula: Formula; expected: string }>([
    {
      name: "quota",
      formula: quotaFormula(a1("A:A"), a1("C:C"), a1("$A9")),
      expected: 'IF(COUNTIFS(A:A,$A9,C:C,"<>")=0,"",SUMIFS(C:C,A:A,$A9))',
    },
    {
      name: "sales",
      formula: salesFormula({ credited: a1("G:G"), rep: a1("B:B"), line: a1("D:D"), date: a1("C:C") }, a1("$A12"), a1("C$6"), settings),
      expected: 'SUMIFS(G:G,B:B,$A12,D:D,C$6,C:C,">="&$B$25,C:C,"<="&$B$26)',
    },
    { name: "marginal commission", formula: commissionFormula(ref(10, 4), tiers, "marginal"), expected: "ROUND(SUMPRODUCT((E11>$B$36:$B$37)*(E11-$B$36:$B$37)*$D$36:$D$37),2)" },
    { name: "retroactive commission", formula: commissionFormula(ref(10, 4), tiers, "retroactive"), expected: "ROUND(E11*IFERROR(LOOKUP(E11,$B$36:$B$37,$C$36:$C$37),0),2)" },
    { name: "total of three lines", formula: sumFormula([ref(9, 2), ref(9, 4), ref(9, 6)]), expected: "C10+E10+G10" },
    { name: "total of no lines", formula: sumFormula([]), expected: "0" },
    { name: "base commission of two lines, to the cent", formula: moneySumFormula([ref(9, 3), ref(9, 5)]), expected: "ROUND(D10+F10,2)" },
    { name: "attainment", formula: attainmentFormula(ref(8, 8), ref(8, 1)), expected: 'IF(N(B9)=0,"",I9/B9)' },
    {
      name: "accelerator",
      formula: acceleratorFormula({ base: ref(8, 10), sales: ref(8, 8), quota: ref(8, 1) }, settings),
      expected: 'ROUND(IF(B9="",0,IF(AND($B$28>1,I9>$B$27*B9,I9>0),($B$28-1)*K9*(I9-$B$27*B9)/I9,0)),2)',
    },
    { name: "after cap", formula: cappedFormula(ref(8, 10), ref(8, 11), settings), expected: 'ROUND(IF($B$29="",K9+L9,MIN($B$29,K9+L9)),2)' },
    { name: "draw top-up", formula: topUpFormula(ref(8, 12), settings), expected: "ROUND(MAX(0,$B$30-M9),2)" },
    { name: "due", formula: dueFormula(ref(7, 12), ref(7, 13)), expected: "ROUND(M8+N8,2)" },
    { name: "paid", formula: paidFormula(a1("A:A"), a1("B:B"), a1("$A9")), expected: "SUMIFS(B:B,A:A,$A9)" },
    { name: "difference", formula: differenceFormula(ref(8, 15), ref(8, 14)), expected: "ROUND(P9-O9,2)" },
    { name: "status", formula: statusFormula(ref(11, 16), settings, words), expected: 'IF(ABS(Q12)<=$B$31,"OK",IF(Q12<0,"Underpaid","Overpaid"))' },
  ])("writes the $name formula", ({ formula, expected }) => {
    expect(formula).toBe(expected);
  });

  it("quotes the status words, doubling a quote inside one", () => {
    expect(statusFormula(ref(8, 16), settings, { ok: 'Say "ok"', underpaid: "Short", overpaid: "Over" })).toBe(
      'IF(ABS(Q9)<=$B$31,"Say ""ok""",IF(Q9<0,"Short","Over"))',
    );
  });
});
