// npm start's own options, read and checked before anything else (ports, data folder, JVM).
import * as z from 'zod';
import { DomainError } from '../../shared/domain/errors.js';
import { ArgumentRefusal, parseCliArgs, parseOptions } from '../cli/cli-options.js';
import { SystemDate } from '../cli/system-days.js';

/** What `npm start -- [--fresh] [--today <YYYY-MM-DD>]` was asked for. */
export interface StartArguments {
  /** wipe the data folder first */
  fresh: boolean;
  /** the local system's "today" (Gregorian, YYYY-MM-DD), 09:00 Asia/Bangkok; undefined: the real clock */
  today?: string;
}

export const START_USAGE = 'usage: npm start [-- --fresh] [-- --today <YYYY-MM-DD, ปี ค.ศ.>] [-- --help]';

/**
 * Reads `args` (process.argv after the script). Returns the arguments, or the lines to print before
 * exit 2, a usage error (Thai first, then English, naming the option: `--today: <th> / <en>` with the
 * Buddhist-era hint, or an unknown option with the usage), or `help` for --help / -h (print it, exit 0).
 * Checked before any port is probed, so a bad argument is what a person is told even when a port
 * is busy.
 */
export function readStartArguments(args: readonly string[]): StartArguments | { error: string } | { help: string } {
  let values: { fresh?: boolean; today?: string; help?: boolean };
  try {
    ({ values } = parseCliArgs({
      args: [...args],
      options: {
        fresh: { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    if (!(error instanceof ArgumentRefusal)) throw error;
    return { error: `${error.th}\n${error.en}\n${START_USAGE}` };
  }
  if (values.help) return { help: START_USAGE };
  if (values.today === undefined) return { fresh: values.fresh ?? false };
  try {
    // the same Gregorian check and Buddhist-era hint as the API and npm run job, in the system's
    // fiscal years (s59-D: a clock in 2300 had every scheduled run stop on "bad fiscal year")
    const { today } = parseOptions(z.object({ today: SystemDate }), { today: values.today });
    return { fresh: values.fresh ?? false, today };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const lines = error.fields.map((f) => `${f.path}: ${f.message_th} / ${f.message_en} (not "${values.today}")`);
    return { error: lines.join('\n') };
  }
}
