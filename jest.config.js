/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/office-globals.ts", "<rootDir>/test/setup/locale.ts"],
  // The pane's flow tests render Fluent UI in jsdom step by step; on two shared cores one can take
  // several seconds, so the default 5 s would fail them for being slow, not wrong.
  testTimeout: 60_000,
  // One worker per core, not jest's default of one fewer: on CI's two cores that is two workers, not one,
  // and the suite (LibreOffice and Chromium runs included) takes about 10 minutes instead of 15.
  maxWorkers: "100%",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
