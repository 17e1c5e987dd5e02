/**
 * Progress lines on stderr for builds that take a while: "reading Deals… 200,000 rows", "building
 * funnel…", "writing…". Shown on a terminal from the start; otherwise (a log, a pipe) only once the
 * input turns out to be large, so small runs in scripts stay silent.
 */

import type { CliMessages } from "./messages";

/** Above this many rows in one dataset, progress is shown even when stderr is not a terminal. */
export const LARGE_INPUT_ROWS = 20_000;

export interface Progress {
  /** Before reading a dataset from a sheet or table. */
  reading(place: string): void;
  /** After reading it: the number of rows read. */
  read(place: string, rows: number): void;
  /** A step after reading, as said in the run's language: "building Funnel review…", "writing…". */
  step(what: string): void;
  /** Ends an unfinished line (before an error is printed). */
  end(): void;
}

/**
 * Makes the progress reporter of one run.
 *
 * @param write - where the text goes (stderr)
 * @param options.terminal - stderr is a terminal: show progress from the start, line by line as it happens
 * @param options.quiet - show nothing
 * @param options.words - the run's words (asked each time: the language is known once the plan is read)
 */
export function createProgress(write: (text: string) => void, options: { terminal: boolean; quiet: boolean; words: () => CliMessages }): Progress {
  let shown = options.terminal && !options.quiet;
  let open = false;
  const close = (): void => {
    if (open) write("\n");
    open = false;
  };
  return {
    reading(place) {
      if (!shown) return;
      close();
      write(options.words().reading(place));
      open = true;
    },
    read(place, rows) {
      if (!shown && !options.quiet && rows > LARGE_INPUT_ROWS) shown = true;
      if (!shown) return;
      const count = options.words().rows(rows);
      if (open) write(` ${count}\n`);
      else write(`${options.words().reading(place)} ${count}\n`);
      open = false;
    },
    step(what) {
      if (!shown) return;
      close();
      write(`${what}\n`);
    },
    end: close,
  };
}
