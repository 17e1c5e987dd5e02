#!/usr/bin/env node
"use strict";
// The command line is TypeScript; tsx (a dependency) compiles it on the fly, so no build step is needed.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kpi-toolkit: unexpected error: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
