import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { FIXTURES, writeFixtures } from "../fixtures/kpi-sheets/generate";
import * as EXPECTED from "../fixtures/kpi-sheets/expected";
import { describeWithLibreOffice, recalculate } from "../e2e/libreoffice";

/**
 * The KPI sheet corpus end to end with a second engine: each fixture through the command line, the
 * written review recalculated by LibreOffice, and the weighted scores and ratings its formulas give
 * compared with the figures worked by hand (expected.ts), not with what the code cached.
 */

const TODAY = 46346; // 2026-11-20

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-sheets-engine-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describeWithLibreOffice("the KPI sheet corpus recalculated by LibreOffice", () => {
  it("gives every fixture's weighted scores and ratings as worked by hand", async () => {
    const files = await writeFixtures(dir);
    for (const key of Object.keys(FIXTURES) as (keyof typeof FIXTURES)[]) {
      const out = path.join(dir, `${key}-review.xlsx`);
      let stderr = "";
      const code = await main(["scorecard", "--in", files[key], "--out", out], { stdout: () => undefined, stderr: (t) => void (stderr += t), stderrIsTTY: false, today: TODAY });
      expect({ key, code, stderr }).toEqual({ key, code: 0, stderr: "" });
      const values = await recalculate(out);
      const sheet = values.get("Scorecard") ?? [];
      const header = sheet.findIndex((row) => row[0] === "Name" && row.includes("Weighted score"));
      const col = sheet[header].indexOf("Weighted score");
      const people = sheet.slice(header + 1).filter((row) => typeof row[col] === "number" && typeof row[0] === "string");
      const expected = EXPECTED[key];
      expect({ key, people: people.map((row) => [row[0], row[col + 1]]) }).toEqual({ key, people: expected.map((e) => [e.name, e.rating]) });
      people.forEach((row, i) => expect(row[col] as number).toBeCloseTo(expected[i].weighted, 9));
    }
  }, 600_000);
});
