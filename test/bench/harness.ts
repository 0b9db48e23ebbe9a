// A small, clean harness: repeated timings with median/min/max/p99, ratios taken in the same run.

export interface Stats {
  runs: number;
  median: number;
  min: number;
  max: number;
  p99: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { runs: s.length, median: at(0.5), min: s[0]!, max: s.at(-1)!, p99: at(0.99) };
}

export const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, ms(start)];
}

export interface Row {
  section: string;
  figure: string;
  value: string;
  goal: string;
  met: boolean | null;
}

export function printTable(rows: Row[]): void {
  const widths = [14, 46, 34, 22];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 6)).join(' | ');
  process.stdout.write(`\n${line(['section', 'figure', 'value', 'goal'])} | met\n${'-'.repeat(130)}\n`);
  for (const r of rows)
    process.stdout.write(
      `${line([r.section, r.figure, r.value, r.goal])} | ${r.met === null ? '-' : r.met ? 'yes' : 'NO'}\n`,
    );
}

/**
 * The rows as a GitHub-flavoured Markdown table (README's Performance section): a "|" inside a cell
 * is escaped ("\\|", GFM 4.10), so a figure quoting a "|" row stays one cell.
 */
export function markdownTable(rows: Row[]): string {
  const cell = (s: string) => s.replaceAll('|', '\\|');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const met = (r: Row) => (r.met === null ? '-' : r.met ? 'yes' : 'NO');
  return [
    line(['section', 'figure', 'value', 'goal', 'met']),
    line(['---', '---', '---', '---', '---']),
    ...rows.map((r) => line([r.section, r.figure, r.value, r.goal, met(r)])),
  ].join('\n');
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
