// Readings of a text that one import asks for again and again: a cell is read as an indicator
// heading by several rules (the row's kind, the heading line, the table's headings, the paragraphs'
// labels), and as a header label by every reader that looks for the header (review 17 s17, S17-5:
// each line of 1 MB of "| ตัวชี้วัดที่ 1 | ก | … |" rows was read as a heading three or four times,
// and its cells as header labels once per reading of the file). Within readingOnce, each reading
// of each text is made once; outside it, every time (nothing is kept between imports).

/** The readings made in the running import, by reading and text; undefined outside one. */
let made: Map<(text: string) => unknown, Map<string, unknown>> | undefined;
/** Characters of the texts kept per reading, by reading. */
let keptChars: Map<(text: string) => unknown, number> | undefined;
/** Texts kept per reading: past it the reading's texts are dropped and read again when asked. */
const MAX_KEPT = 100_000;
/**
 * Characters of the texts kept per reading (16 M: twice the largest XML part a file may have), so
 * that long texts (a Word cell of 1,000,000 "<a") are not kept 100,000 at a time.
 */
const MAX_KEPT_CHARS = 16 * 1024 * 1024;

/** When asked for (readingOnce's `ran`): how many times each reading ran, by the reading's name. */
let ranCounts: Map<string, number> | undefined;
/** countReadings' `ran`: given to every readingOnce that starts while it is set. */
let counting: Map<string, number> | undefined;

/**
 * Counts into `ran` (as readingOnce's `ran`) the readings of every readingOnce that starts until the
 * returned function is called: for tests of a reader whose readingOnce starts after an await (readPdf).
 */
export function countReadings(ran: Map<string, number>): () => void {
  counting = ran;
  return () => {
    counting = undefined;
  };
}

/**
 * Runs `run` (an import, or a file's reading) with each reading of a text made once. `ran`, if
 * given, is told how many times each reading ran (the work done, for tests to count).
 */
export function readingOnce<T>(run: () => T, ran?: Map<string, number>): T {
  if (made) return run();
  made = new Map();
  keptChars = new Map();
  ranCounts = ran ?? counting;
  try {
    return run();
  } finally {
    made = undefined;
    keptChars = undefined;
    ranCounts = undefined;
  }
}

/**
 * `read(text)`, made once per text within readingOnce. `read` must depend on the text alone, and
 * what it gives must not be changed by a caller: every caller of the same text shares it.
 */
export function readOnce<R>(read: (text: string) => R, text: string): R {
  if (!made || !keptChars) return read(text);
  let byText = made.get(read) as Map<string, R> | undefined;
  if (!byText) made.set(read, (byText = new Map<string, R>()));
  if (byText.has(text)) return byText.get(text)!;
  const value = read(text);
  ranCounts?.set(read.name, (ranCounts.get(read.name) ?? 0) + 1);
  const chars = (keptChars.get(read) ?? 0) + text.length;
  if (byText.size >= MAX_KEPT || chars > MAX_KEPT_CHARS) {
    byText.clear();
    keptChars.set(read, text.length);
  } else keptChars.set(read, chars);
  byText.set(text, value);
  return value;
}

/**
 * Counts `n` units of work named `name` (rows kept, names compared…) into readingOnce's `ran`, when
 * a test asked for it; nothing otherwise.
 */
export function countWork(name: string, n = 1): void {
  ranCounts?.set(name, (ranCounts.get(name) ?? 0) + n);
}
