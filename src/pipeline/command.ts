// `npm run build` as package.json runs it, without npm: for the bench and the
// tests that run the build as a user does (tests/build.test.ts checks that
// package.json says the same).

/** The arguments to Node: its flags, then the compiled build's launcher (scripts/build.mjs). */
export const BUILD_COMMAND: readonly string[] = ['--max-semi-space-size=32', 'scripts/build.mjs'];
