// The command line speaks the locale's language when neither --lang nor the plan names one
// (src/cli/locale.ts): the tests run in the C locale whatever the machine's, and a test that wants
// another passes it to `main` (io.env). Children the tests start (the bin, soffice) inherit it.
process.env.LANG = "C.UTF-8";
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
