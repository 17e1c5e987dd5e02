import { main } from "../../src/cli/main";

/** The day the CLI tests run on, unless one says otherwise: 2026-11-20. */
export const TODAY = 46346;

/**
 * Runs the command line in this process, as a person would type it, and gathers what it prints.
 *
 * @param today - the date serial it takes as today (default 2026-11-20)
 * @param env - the locale it runs in (default the C locale: English unless --lang or the plan says)
 */
export async function runCli(argv: string[], today = TODAY, env: Readonly<Record<string, string | undefined>> = { LANG: "C.UTF-8" }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, today, env });
  return { code, stdout, stderr };
}
