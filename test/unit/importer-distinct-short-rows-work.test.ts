// Session 23 (issue 17's linear-time goal): 1 MB of short rows each different ("ก0", "ก1", … and four
// empty cells, 66,000 rows) after a plan took ~14x the 1 MB ordinary input (session 22 found it):
// the readings cached by text and the repeated rows read once (plain-rows.ts) do not apply when no
// row repeats, and every row past the 500 measures was still read whole: each cell as a header
// label (columnOf), the lone cell as an indicator heading and as a unit row, each row kept as a
// plain row never asked for again. A text with too few letters for any wording (fewLetters: under
// 3 non-ASCII characters, no ASCII letter, no "&") is now read by none of those readings, and plain
// rows are remembered up to a bound. Counted here, not timed: the readings made (readingOnce's ran).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { withoutUnstorable } from '../../shared/domain/text.js';
import { columnOf, fallbackRole, LABELS_KEYED_WORK } from '../../shared/import/column-names.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { MAX_REMEMBERED, ROW_KEYS_WORK } from '../../shared/import/plain-rows.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { FORM_LABELS_WORK } from '../../shared/import/form-tables.js';
import { unitNames } from '../../shared/import/responsibility.js';
import { readTextDocument, SHARED_LINE_LOOKUPS_WORK } from '../../shared/import/source-document.js';
import { mayBeUnitRow, unitRowText } from '../../shared/import/unit-group-rows.js';
import {
  HEADING_ACROSS_WORK,
  isSectionHeading,
  isTotalRow,
  LONE_CELL_WORK,
} from '../../shared/import/table-row-kinds.js';
import {
  collapseSpaces,
  fewLetters,
  hasStrippedText,
  matchKey,
  normaliseThai,
  PLAIN_CONTROLS,
  PLAIN_SPACES,
  plainSpelling,
  stripTags,
  RESPELLED_WORK,
} from '../../shared/import/thai-text.js';

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const M4 = 'ตัวชี้วัดที่ ๔ มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง';

/** The import of `rows` after a one-measure plan, and the readings it made, by name. */
async function imported(rows: readonly string[]) {
  const { document } = await readPlanFile(new TextEncoder().encode([HEADER, M4, ...rows].join('\n')));
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { ...result, ran: (name: string) => ran.get(name) ?? 0 };
}

describe('distinct short rows: read by no wording, whatever their number', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['two letters and a count ("กข12")', (i) => `กข${i}\t\t\t\t`],
    ['a letter, a space and a count, a dash and the count under the follow-ups ("ข 12")', (i) => `ข ${i}\t\t\t-${i}\t`],
  ])('1,000 and 3,000 rows of %s: the rows past the 500 measures read by no wording', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported(rows(1000));
    const large = await imported(rows(3000));
    // before: each distinct cell read as a header label and each lone cell as a heading, 2,000
    // more rows 2,000 more readings; now the rows past the cap add none
    expect(large.ran('columnOf')).toBe(small.ran('columnOf'));
    expect(large.ran('frozenHeading')).toBe(small.ran('frozenHeading'));
    expect(large.ran('plain rows remembered')).toBeLessThanOrEqual(MAX_REMEMBERED);
    // the plan reads as before: M4 and the rows, the first 500 kept, the others counted
    const { plan, warnings } = large;
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[0]!.indicator).toBe(4);
    expect(plan.measures[1]!.title).toBe(rows(1)[0]!.split('\t')[0]);
    const dropped = warnings.find((w) => w.code === 'measures-dropped');
    expect(dropped?.message_en).toContain('has 3001 measure rows');
  });

  it('rows that name a unit or a heading with few letters are still read as such', async () => {
    // "สป." is สำนักปลัดเทศบาล's alias (a unit row over the measures under it), "รวม" a total row
    const { plan, warnings } = await imported(['สป.\t\t\t\t', 'ก1\tจัดทำ\tตลอดปี\tรายงานผลทุกเดือน\t', 'รวม\t\t\t\t']);
    expect(plan.measures.map((m) => [m.title, m.responsible.unitIds])).toEqual([
      [expect.stringContaining('มาตรการป้องกัน'), ['finance']],
      ['ก1', ['clerk']],
    ]);
    expect(warnings.find((w) => w.code === 'heading-row-skipped')?.source).toBe('รวม');
  });
});

describe('fewLetters: a text it accepts is no column label, heading, section or total', () => {
  const thai = Array.from({ length: 0x0e5b - 0x0e01 + 1 }, (_, i) => String.fromCharCode(0x0e01 + i));
  const texts = [
    ...thai.flatMap((a) => thai.map((b) => `${a}${b}`)),
    ...thai.map((a) => `${a}1`),
    ...thai.map((a) => `(${a}) 12.`),
    '12',
    '-',
  ];

  it('every text of two Thai characters or fewer (8,281 pairs and more) reads as none of them', () => {
    const named = texts.filter((t) => {
      expect(fewLetters(t)).toBe(true);
      return (
        columnOf(t).role !== 'note' ||
        fallbackRole(t) !== undefined ||
        parseIndicatorHeading(t) !== undefined ||
        isSectionHeading(t) ||
        isTotalRow(t)
      );
    });
    expect(named).toEqual([]);
  });

  it('three Thai letters, an ASCII letter or an entity are read: "ที่", "รวม", "No.", "&#3585;"', () => {
    for (const t of ['ที่', 'รวม', 'กอง', 'No.', 'total', '&#3585;', 'ก\u0e4d\u0e32']) expect(fewLetters(t)).toBe(false);
    expect(columnOf('ที่').role).toBe('number');
    expect(isTotalRow('รวม')).toBe(true);
  });
});

// Session 24 (issue 17's linear-time goal, bench row "1 MB of short rows each different", 10.39x):
// after session 23's first test (fewLetters) each distinct short row past the 500 measures was
// still respelled (normaliseThai, with NFC and a match key per rule), read as a form's label
// (columnOf, keyed and compared with the column names, and kept), cleaned and kept by
// normaliseDocument, and keyed as a plain row (its cells joined) to be looked for among the rows
// remembered. A text of ASCII and Thai consonants only is its own spelling (plainSpelling), a
// label of too few letters is a note at once, and a row whose first cell no remembered row has is
// no remembered row. Counted here, not timed: the work done (read-once.ts countWork).
describe('distinct short rows in plain spelling: no more work per row past what is remembered', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['two consonants, a dot and a count ("กข.12")', (i) => `กข.${i}\t\t\t\t`],
    [
      'a consonant, a space and a count, a dash and the count under the follow-ups ("ข 12")',
      (i) => `ข ${i}\t\t\t-${i}\t`,
    ],
    ['a consonant, a dash, a count and a slash ("ค-12/3")', (i) => `ค-${i}/3\t\t\t\t`],
  ])('3,000 and 6,000 rows of %s: the same texts respelled, labels keyed and rows keyed', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported(rows(3000));
    const large = await imported(rows(6000));
    // before: each row's cells respelled (the match keys of its label and unit test), its first cell
    // keyed as a form's label, and its cells joined to look for it: 3,000 more rows, 3,000 more each
    // (the warnings' own texts are respelled too: a few, however many rows)
    expect(Math.abs(large.ran(RESPELLED_WORK) - small.ran(RESPELLED_WORK))).toBeLessThan(50);
    expect(large.ran(LABELS_KEYED_WORK)).toBe(small.ran(LABELS_KEYED_WORK));
    expect(large.ran(ROW_KEYS_WORK)).toBe(small.ran(ROW_KEYS_WORK));
    // the plan reads as before: M4 and the rows, the first 500 kept, the others counted
    const { plan, warnings } = large;
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[0]!.indicator).toBe(4);
    expect(plan.measures[1]!.title).toBe(rows(1)[0]!.split('\t')[0]);
    expect(warnings.find((w) => w.code === 'measures-dropped')?.message_en).toContain('has 6001 measure rows');
  });

  it('a row repeated after 300 others is read as it was the first time ("ก0 | จัดทำ | … | กองคลัง")', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `ก${i}\tจัดทำ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง`);
    const { plan } = await imported([...rows, ...rows]);
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[301]).toMatchObject({ title: 'ก0', responsible: { unitIds: ['finance'] } });
    expect(plan.measures[301]!.followUps).toEqual(plan.measures[1]!.followUps);
  });
});

describe('plainSpelling: a text it accepts is its own spelling, match key and storable text', () => {
  const codes = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
  const plain = [...codes(0x20, 0x7e), ...codes(0x0e01, 0x0e30), '\t', '\n', '\r'];
  const texts = [
    ...plain.flatMap((a) => plain.map((b) => `${a}${b}`)),
    ...codes(0x0e01, 0x0e30).map((c) => ` ${c} ${c}`),
  ];

  it('every pair of its characters (21,000 and more) reads the same by the full normalisation', () => {
    const differ = texts.filter((t) => {
      const held = plainSpelling(t);
      // a zero-width space sends the text through every replacement and is dropped by the first
      const respelled = normaliseThai(`${t}\u200b`);
      const keyed = matchKey(`${t}\u200b`);
      return (
        held === undefined ||
        respelled !== t ||
        ((held & PLAIN_SPACES) === 0 && keyed !== t) ||
        ((held & PLAIN_CONTROLS) === 0 && withoutUnstorable(t) !== t) ||
        normaliseThai(t) !== t ||
        matchKey(t) !== keyed
      );
    });
    expect(differ).toEqual([]);
  });

  it('vowels, marks, Thai digits, glyphs and other spaces are not plain: "กา", "ก่", "๑", "\\uf700", no-break space', () => {
    for (const t of ['กา', 'ก่', 'กั', 'เก', 'ก๑', '\uf700', '\uff11', 'a\u00a0b', 'a\u200bb', '\u0e00', '\u0e31'])
      expect(plainSpelling(t)).toBeUndefined();
    expect(plainSpelling('ก 1')).toBe(PLAIN_SPACES);
    expect(plainSpelling('ก\u00011')).toBe(PLAIN_CONTROLS);
    expect(plainSpelling('กข.12')).toBe(0);
  });

  it('a label of too few letters is a note with its label as columnOf reads it, spaces collapsed', () => {
    expect(columnOf(' ก  12 ')).toEqual({ role: 'note', label: 'ก 12' });
    expect(columnOf('<b>กข</b>')).toEqual({ role: 'note', label: 'กข' });
    expect(columnOf('ที่').role).toBe('number');
  });
});

// Session 27 (issue 17's linear-time goal, bench row "1 MB of short rows each different", 6.39x in
// session 26's quiet bench): each distinct short row was still looked through for its lone cell
// twice (the page furniture test and the heading test), looked through again for a heading split
// over two cells though its lone cell has too few letters for a heading's label, and, in a text
// file, looked up among the lines split before long after those were found to be all distinct.
// Counted here, not timed: the work done (read-once.ts countWork).
describe('distinct short rows: each looked through once for its lone cell, never for a heading across', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['two consonants, a dot and a count ("กข.12")', (i) => `กข.${i}\t\t\t\t`],
    ['a letter in brackets and a count ("(ก) 12")', (i) => `(ก) ${i}\t\t\t\t`],
    ['a consonant, a dash and a count ("ข-12")', (i) => `ข-${i}\t\t\t\t`],
  ])('3,000 and 6,000 rows of %s: one lone cell read a row, no heading across', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported(rows(3000));
    const large = await imported(rows(6000));
    // before: the lone cell found twice a row (6,000 more), and the row looked through for a
    // heading across it (3,000 more)
    expect(large.ran(LONE_CELL_WORK) - small.ran(LONE_CELL_WORK)).toBe(3000);
    expect(large.ran(HEADING_ACROSS_WORK)).toBe(small.ran(HEADING_ACROSS_WORK));
    // the plan reads as before: M4 and the rows, the first 500 kept, the others counted
    const { plan, warnings } = large;
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[0]!.indicator).toBe(4);
    expect(warnings.find((w) => w.code === 'measures-dropped')?.message_en).toContain('has 6001 measure rows');
  });
});

describe('a text file of distinct short lines: no longer looked up among the lines split before once all differ', () => {
  const lookups = (lines: readonly string[]) => {
    const ran = new Map<string, number>();
    const doc = readingOnce(() => readTextDocument(lines.join('\n')), ran);
    return { doc, lookups: ran.get(SHARED_LINE_LOOKUPS_WORK) ?? 0 };
  };
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['a count and a letter', (i) => `${i}\tx`],
    ['a consonant, a space and a count, a dash and the count', (i) => `ข ${i}\t\t\t-${i}\t`],
  ])('30,000 and 60,000 lines of %s: the same lookups, each line split as it is', (_name, line) => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => line(i));
    const small = lookups(lines(30_000));
    const large = lookups(lines(60_000));
    // before: every short line looked up, 30,000 more lines 30,000 more lookups
    expect(large.lookups).toBe(small.lookups);
    expect(large.doc.blocks.map((b) => (b.kind === 'row' ? b.cells : b.text))).toEqual(
      lines(60_000).map((l) => l.split('\t')),
    );
  });

  it('a line repeated among them shares its cells while lines still repeat, and is split as it is after', () => {
    const lines = [
      ...Array.from({ length: 12_000 }, (_, i) => (i % 2 ? 'ก\t\t' : `ก${i}\t\t`)),
      ...Array.from({ length: 25_000 }, (_, i) => `ข${i}\t`),
      'ก\t\t',
    ];
    const { doc } = lookups(lines);
    const cells = doc.blocks.map((b) => (b.kind === 'row' ? b.cells : []));
    expect(cells[3]).toBe(cells[1]);
    expect(cells.at(-1)).toEqual(['ก', '', '']);
  });
});

describe('collapseSpaces: a text without a space to collapse is taken as it is, the same as the regex', () => {
  const chars = [
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '\u200b',
    '\u3000',
    '\ufeff',
    'a',
    '1',
    'ก',
    '\u0e48',
    '\u0e7f',
    '\u0e80',
    '~',
    '\u007f',
  ];
  const regex = (t: string) => t.replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ').trim();
  it('every text of up to three of its characters, and 20,000 random ones up to 12', () => {
    const texts = [''];
    for (let n = 0; n < 3; n++)
      for (const t of texts.filter((x) => x.length === n)) for (const c of chars) texts.push(t + c);
    let seed = 27;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++)
      texts.push(
        Array.from({ length: Math.floor(random() * 13) }, () => chars[Math.floor(random() * chars.length)]).join(''),
      );
    expect(texts.filter((t) => collapseSpaces(t) !== regex(t))).toEqual([]);
  });
});

describe("mayBeUnitRow: a text of too few letters is looked at for the org's few-letter names only", () => {
  const names = unitNames(MUNICIPAL_UNITS);
  const units = MUNICIPAL_UNITS.map((u, i) => ({ ...u, unitId: `u${i}` }));
  const thai = Array.from({ length: 0x0e5b - 0x0e01 + 1 }, (_, i) => String.fromCharCode(0x0e01 + i));
  it('every unit row of two Thai characters or fewer, or a few-letter name among digits and signs, passes it', () => {
    const texts = [
      ...thai.flatMap((a) => thai.map((b) => `${a}${b}`)),
      ...thai.flatMap((a) => [`${a}.`, `${a}1`]),
      ...['สป.', 'กค.', 'กช.', 'กย.', 'กศ.', 'กส.'].flatMap((n) => [
        n,
        `(${n})`,
        `1.${n}`,
        `${n} 2`,
        `- ${n}`,
        `${n}/กค.`,
      ]),
    ];
    const missed = texts.filter((t) => unitRowText(t, units, names) !== undefined && !mayBeUnitRow(t, names));
    expect(missed).toEqual([]);
    expect(['สป.', '(กค.)', '1.กศ.', 'กส. 2'].map((t) => mayBeUnitRow(t, names))).toEqual([true, true, true, true]);
    expect(['ก12', 'กค', 'สป', '(ก) 1'].map((t) => mayBeUnitRow(t, names))).toEqual([false, false, false, false]);
  });
});

// Session 27: each distinct short row's first cell was still read as a form's label (columnOf: its
// text stripped, spaces collapsed, a note made) though a label of too few letters is a note and a
// row with nothing beside it is no form's field either way.
describe('distinct short rows: a first cell of too few letters with nothing beside it is no form label read', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['two consonants, a dot and a count ("กข.12")', (i) => `กข.${i}\t\t\t\t`],
    ['a consonant, a dash and a count ("ข-12")', (i) => `ข-${i}\t\t\t\t`],
  ])('3,000 and 6,000 rows of %s: the same labels read', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported(rows(3000));
    const large = await imported(rows(6000));
    // before: each row's first cell read as a label, 3,000 more rows 3,000 more
    expect(large.ran(FORM_LABELS_WORK)).toBe(small.ran(FORM_LABELS_WORK));
    expect(large.plan.measures).toHaveLength(500);
    expect(large.warnings.find((w) => w.code === 'measures-dropped')?.message_en).toContain('has 6001 measure rows');
  });

  it('a form of labelled rows is still read ("มาตรการ | …", "ผู้รับผิดชอบ | กองคลัง")', async () => {
    const form = ['มาตรการ\tจัดทำคู่มือ', 'การติดตามผล\tรายงานผลทุกเดือน', 'ผู้รับผิดชอบ\tกองคลัง'];
    const { document } = await readPlanFile(new TextEncoder().encode(['ตัวชี้วัดที่ ๔', ...form].join('\n')));
    const { plan } = importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS });
    expect(plan.measures.map((m) => [m.indicator, m.responsible.unitIds, m.followUps.length])).toEqual([
      [4, ['finance'], 1],
    ]);
  });
});

describe('hasStrippedText: told from a first letter as stripTags tells it', () => {
  const parts = [
    '',
    ' ',
    '\u00a0',
    'ก',
    'a',
    '<b>',
    '</p>',
    '<',
    '&amp;',
    '&nbsp;',
    '&',
    '\u200b',
    '-',
    '\t',
    '>',
    '\u0e48',
  ];
  it('every text of up to three of its parts, and 20,000 random ones up to 8', () => {
    const texts = [''];
    for (let n = 0; n < 3; n++) for (const t of [...texts]) for (const p of parts) texts.push(t + p);
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++)
      texts.push(
        Array.from({ length: Math.floor(random() * 9) }, () => parts[Math.floor(random() * parts.length)]).join(''),
      );
    expect(texts.filter((t) => hasStrippedText(t) !== (stripTags(t) !== ''))).toEqual([]);
  });
});
