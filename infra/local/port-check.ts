// npm start's ports: which are busy, and a free port to suggest for each (break-16 B13).
import { createServer } from 'node:net';
import type { StartArguments } from './start-arguments.js';

/** Whether `port` can be listened on at 127.0.0.1 right now (0: any free port, always true). */
function listenable(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(undefined));
    probe.listen(port, '127.0.0.1', () => {
      const bound = (probe.address() as { port: number }).port;
      probe.close(() => resolve(bound));
    });
  });
}

/** How many ports after a busy one are tried before asking the system for any free port. */
const NEARBY = 20;

/**
 * A port free a moment ago on 127.0.0.1 to suggest instead of `busy`: the first free one of the
 * next NEARBY ports (so the suggestion stays near the one chosen) that is not in `avoid` (the
 * other parts' ports, earlier suggestions), else one the system gives.
 */
async function freePortNear(busy: number, avoid: ReadonlySet<number>): Promise<number> {
  for (let port = busy + 1; port <= Math.min(busy + NEARBY, 65535); port++) {
    if (!avoid.has(port) && (await listenable(port)) !== undefined) return port;
  }
  for (;;) {
    const port = await listenable(0);
    if (port !== undefined && !avoid.has(port)) return port;
  }
}

/**
 * The lines to print when some of `ports` (part name -> port, e.g. { api: 3000 }) cannot be used:
 * one per busy port (or one given to two parts), Thai then English, each with a port checked free
 * to use instead, and the command with every suggested variable (ITA_<PART>_PORT) and npm start's own
 * arguments `start` (--fresh, --today: the command a person ran, not a plain start). Undefined when
 * all are free.
 */
export async function busyPortsMessage(
  ports: Readonly<Record<string, number>>,
  start?: StartArguments,
): Promise<string | undefined> {
  const configured = new Set(Object.values(ports));
  const avoid = new Set(configured);
  const claimed = new Map<number, string>();
  const lines: string[] = [];
  const settings: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    const other = claimed.get(port);
    claimed.set(port, other ?? name);
    if (other === undefined && (await listenable(port)) !== undefined) continue;
    const variable = `ITA_${name.toUpperCase()}_PORT`;
    const instead = await freePortNear(port, avoid);
    avoid.add(instead);
    settings.push(`${variable}=${instead}`);
    lines.push(
      other === undefined
        ? `พอร์ต ${port} (${name}) ถูกใช้อยู่ ใช้พอร์ตที่ว่าง เช่น ${variable}=${instead} หรือหยุดโปรแกรมที่ใช้พอร์ตนี้` +
            ` / Port ${port} (${name}) is in use: choose a free one, e.g. ${variable}=${instead}, or stop the program using it`
        : `พอร์ต ${port} (${name}) ซ้ำกับ ${other} ใช้พอร์ตที่ว่าง เช่น ${variable}=${instead}` +
            ` / Port ${port} (${name}) is also given to ${other}: choose a free one, e.g. ${variable}=${instead}`,
    );
  }
  if (lines.length === 0) return undefined;
  const own = [...(start?.fresh ? ['--fresh'] : []), ...(start?.today ? ['--today', start.today] : [])];
  const command = own.length > 0 ? `npm start -- ${own.join(' ')}` : 'npm start';
  return [...lines, `  ${settings.join(' ')} ${command}`].join('\n');
}
