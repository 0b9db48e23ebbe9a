// Review 17 s10 ("Low, not entered"): PUT /plan dropped unknown fields of a measure silently
// ("constructor", "__proto__", a key "\ud800" → 200; a misspelt "reccomendations" lost without a
// word), where PUT /ita-scores answers 400 "ไม่รู้จักช่อง". The plan JSON body is now strict at
// every level (measure, follow-up, responsibility, note), naming the field's path; what the page
// and the importer send has no extra field.
import { describe, expect, it } from 'vitest';
import { ReplacePlanBody } from '../../shared/api/request-schemas.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { parseOrThrow } from '../../shared/domain/validation-messages.js';
import { draftFromStored, draftReplacing, newMeasure, planBody } from '../../web/src/plan-draft.js';
import { importRows } from '../support/import-rows.js';

const measure = () => ({
  measureId: 'i4',
  order: 1,
  indicator: 4,
  title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
  followUps: [{ followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: ['meeting'] }],
  responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
  notes: [{ label: 'งบประมาณ', text: '๕,๐๐๐ บาท' }],
});

/** The fields PUT /plan answers for `body` (sent as JSON text), or [] when it takes it. */
function refusedFields(json: string) {
  try {
    parseOrThrow(ReplacePlanBody, JSON.parse(json), 'body');
    return [];
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.fields;
  }
}
type Sent = ReturnType<typeof measure>;
const bodyWith = (edit: (m: Sent) => void) => {
  const m = measure();
  edit(m);
  return JSON.stringify({ format: 'json', measures: [m] });
};

describe('PUT /plan refuses a field the plan has no place for, naming it', () => {
  const cases: [string, (m: Sent) => void, string, string][] = [
    [
      'a misspelt measure field',
      (m) => Object.assign(m, { reccomendations: ['ควรทำ'] }),
      'body.measures.0',
      'reccomendations',
    ],
    [
      'a follow-up field',
      (m) => Object.assign(m.followUps[0]!, { cadance: 'annual' }),
      'body.measures.0.followUps.0',
      'cadance',
    ],
    [
      'a responsibility field',
      (m) => Object.assign(m.responsible, { lead: 'finance' }),
      'body.measures.0.responsible',
      'lead',
    ],
    ['a note field', (m) => Object.assign(m.notes[0]!, { value: 'x' }), 'body.measures.0.notes.0', 'value'],
  ];
  for (const [what, edit, path, key] of cases) {
    it(`${what} ("${key}") is a 400 on ${path}`, () => {
      const fields = refusedFields(bodyWith(edit));
      expect(fields).toHaveLength(1);
      expect(fields[0]!.path).toBe(path);
      expect(fields[0]!.message_th).toContain(`ไม่รู้จักช่อง`);
      expect(fields[0]!.message_th).toContain(key);
      expect(fields[0]!.message_en).toContain(`unknown field(s)`);
    });
  }

  it('refuses "__proto__", "constructor" and a lone surrogate key as JSON sends them', () => {
    const json = bodyWith(() => {}).replace(
      '"measureId"',
      '"__proto__":{"x":1},"constructor":1,"\\ud800":2,"measureId"',
    );
    const fields = refusedFields(json);
    expect(fields.map((f) => f.path)).toEqual(['body.measures.0']);
    expect(fields[0]!.message_th).toContain('__proto__');
    expect(fields[0]!.message_th).toContain('constructor');
  });

  it('takes the same measure without the extra field', () => {
    expect(refusedFields(bodyWith(() => {}))).toEqual([]);
  });
});

describe('what the page sends has no extra field', () => {
  it('a new measure, a stored plan and an imported file each make a body PUT /plan takes', () => {
    const added = { ...newMeasure(), indicator: 5, title: 'มาตรการใหม่' };
    added.followUps[0]!.text = 'รายงานทุกไตรมาส';
    added.responsible = { allUnits: true, unitIds: [], text: 'ทุกกองงาน' };
    const stored = { fy: 2567, version: 2, title: 'แผน', measures: [{ ...measure(), recommendations: [] }] };
    const fromStored = draftFromStored(stored as never);
    fromStored.measures.push(added);
    const imported = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      '๑. จัดทำคู่มือ',
      'ตลอดปี',
      '๑. รายงานผลทุกเดือน ๒. สรุปผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖',
      'กองคลัง (หลัก) กองช่าง',
    ]);
    const fromFile = draftReplacing(stored as never, {
      fy: 2566,
      title: imported.plan.title,
      measures: imported.plan.measures,
      source: { kind: 'file', fileName: 'แผน.txt' },
      warnings: imported.warnings,
    });
    for (const draft of [fromStored, fromFile]) {
      expect(refusedFields(JSON.stringify(planBody(draft)))).toEqual([]);
    }
  });
});

// tester s38: {"plan": {}} was answered with body.format alone; a caller who sent the wrong shape
// is told both the missing format (with its choices) and that "plan" is no field here
describe('a plan body whose format is missing or unknown also names the fields no shape has', () => {
  const FORMAT = { path: 'body.format', message_th: 'รูปแบบต้องเป็น ข้อความเอกสาร (document), รายการมาตรการ (json)' };
  it.each([
    ['{"plan": {}}', '{"plan":{}}', ['"plan"']],
    ['format xml with text and plan', '{"format":"xml","text":"แผน","plan":{}}', ['"plan"']],
    [
      'format 5 with measures and two strays',
      '{"format":5,"measures":[],"extra":1,"planId":"x"}',
      ['"extra"', '"planId"'],
    ],
  ])('%s: body.format, and the unknown fields on body', (_name, json, stray) => {
    const fields = refusedFields(json);
    expect(fields).toContainEqual(expect.objectContaining(FORMAT));
    const unknown = fields.find((f) => f.path === 'body')!;
    expect(unknown.message_th).toBe(`ไม่รู้จักช่อง ${stray.join(', ')}`);
    expect(unknown.message_en).toBe(`unknown field(s): ${stray.join(', ')}`);
  });

  it('a field one of the shapes has (text, measures, title) is not called unknown', () => {
    expect(refusedFields('{"format":"xml","text":"แผน","title":"แผน","measures":[]}')).toEqual([
      expect.objectContaining(FORMAT),
    ]);
  });
});
