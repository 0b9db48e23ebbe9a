// The CLIs' "now". On the local system started with `npm start -- --today D`, its clock runs from
// D 09:00 Bangkok: npm start writes the offset to runtime-env.json (ITA_CLOCK_OFFSET_MS), which the
// CLIs read with the rest of it (applyLocalRuntimeEnv). A CLI that saves (a plan imported, an acting
// appointment, a due rule) stamps that day too, as a save from the page would (tester s48: the CLI
// stamped the real day). Against a deployed table (TABLE_NAME set) no offset is read: the real clock.

/**
 * The running local system's clock: `Date.now()` plus `env.ITA_CLOCK_OFFSET_MS` (ms; absent, 0 or
 * not a number: the real clock).
 */
export function cliClock(env: NodeJS.ProcessEnv): () => Date {
  const offset = Number(env.ITA_CLOCK_OFFSET_MS ?? 0);
  return Number.isFinite(offset) && offset !== 0 ? () => new Date(Date.now() + offset) : () => new Date();
}
