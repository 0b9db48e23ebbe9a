// Warnings for the phrases of a units cell that name no unit: "the units concerned" (not all
// units, the document does not say which) and "every staff member" (read as all units).
import { unitInEnglish } from '../domain/active-units.js';
import type { ImportWarningCode } from './import-warning.js';

export interface UnitPhraseWarning {
  code: ImportWarningCode;
  th: string;
  en: string;
}

/** The warnings of parseResponsibility's `concerned` and `everyone`, Thai first, quoting the phrase. */
export function unitPhraseWarnings(read: {
  concerned?: string;
  everyone?: string;
  ticked?: { kept: string };
}): UnitPhraseWarning[] {
  const out: UnitPhraseWarning[] = [];
  // a tick list: the ticked units only, or none when no box is ticked (review 17 s12, S12-20)
  if (read.ticked) {
    out.push(
      read.ticked.kept
        ? {
            code: 'unit-guessed',
            th: `ช่องผู้รับผิดชอบเป็นรายการช่องทำเครื่องหมาย จึงอ่านเฉพาะหน่วยงานที่ทำเครื่องหมาย: "${read.ticked.kept}" กรุณาตรวจ`,
            en: `the responsible-units cell is a tick list: only the ticked units were read, "${read.ticked.kept}"; check them`,
          }
        : {
            code: 'unit-guessed',
            th: 'ช่องผู้รับผิดชอบเป็นรายการช่องทำเครื่องหมาย แต่ไม่มีช่องที่ทำเครื่องหมาย (หรือแยกไม่ได้ว่าช่องใดทำเครื่องหมาย) จึงไม่เลือกหน่วยงานใด กรุณาเลือกหน่วยงานเอง',
            en: 'the responsible-units cell is a tick list with no box ticked (or ticks that cannot be told from empty boxes): no unit read; choose the units',
          },
    );
  }
  if (read.concerned) {
    out.push({
      code: 'units-concerned',
      th: `ช่องผู้รับผิดชอบเขียนว่า "${read.concerned}" โดยไม่ระบุชื่อหน่วยงาน จึงไม่ถือเป็น "ทุกกองงาน" กรุณาเลือกหน่วยงานที่เกี่ยวข้องเอง`,
      en: `the responsible-units cell says "${read.concerned}" (the units concerned) without naming them: not "all units"; choose the units`,
    });
  }
  if (read.everyone) {
    out.push({
      code: 'all-units-from-staff',
      th: `ช่องผู้รับผิดชอบเขียนว่า "${read.everyone}" จึงถือเป็น "ทุกกองงาน" (ทุกหน่วยงานรายงานผล) กรุณาตรวจ`,
      en: `the responsible-units cell says "${read.everyone}" (every staff member): read as all units; check it`,
    });
  }
  return out;
}

/** The unit-guessed warning of a word taken for a unit: by similarity, as its abbreviation (กค.), one of its sections (งานการเงิน) or positions (นิติกร). */
export function guessedUnitWarning(g: {
  read: string;
  unitId: string;
  name: string;
  as?: 'abbreviation' | 'section' | 'position';
}): { th: string; en: string } {
  if (g.as === 'position')
    return {
      th: `"${g.read}" เป็นชื่อตำแหน่ง ซึ่งปกติอยู่ใน "${g.name}" จึงถือเป็นหน่วยงานนี้ กรุณาตรวจ`,
      en: `"${g.read}" is a position title, usually in unit ${unitInEnglish(g)}: taken for that unit; check it`,
    };
  if (g.as === 'abbreviation')
    return {
      th: `อ่าน "${g.read}" เป็นอักษรย่อของ "${g.name}" จึงถือเป็นหน่วยงานนี้`,
      en: `read "${g.read}" as the abbreviation of unit ${unitInEnglish(g)}`,
    };
  if (g.as === 'section')
    return {
      th: `"${g.read}" เป็นงานในสังกัด "${g.name}" จึงถือเป็นหน่วยงานนี้`,
      en: `"${g.read}" is taken for a section of unit ${unitInEnglish(g)}`,
    };
  return { th: `อ่านได้ว่า "${g.read}" จึงถือเป็น "${g.name}"`, en: `read "${g.read}", taken as unit ${unitInEnglish(g)}` };
}

/**
 * The warnings of a units cell's exceptions (parseResponsibility's `excluded`, `sectionsExcepted`,
 * `allBut`): all units but some are each of the others; a unit named and another excepted is the
 * first alone; a section excepted ("กองคลัง ยกเว้นงานพัสดุ") leaves its unit in (break 17 s27, L-2).
 */
export function exceptionWarnings(read: {
  excluded: readonly { unitId: string; name: string }[];
  sectionsExcepted: readonly { read: string; unitId: string; name: string }[];
  allBut?: true;
}): UnitPhraseWarning[] {
  const out: UnitPhraseWarning[] = [];
  if (read.excluded.length > 0) {
    const names = read.excluded.map((u) => `"${u.name}"`).join(', ');
    const named = read.excluded.map(unitInEnglish).join(', ');
    out.push(
      read.allBut
        ? {
            code: 'units-excluded',
            th: `ช่องผู้รับผิดชอบระบุให้ยกเว้น ${names} จึงไม่ถือเป็น "ทุกกองงาน" แต่เลือกหน่วยงานอื่นทุกหน่วยงานทีละหน่วยงาน (ไม่รวม ${names}) กรุณาตรวจหน่วยงานที่รับผิดชอบ`,
            en: `the responsible-units cell excludes ${named}: not "all units" but every other unit, one by one; check the units`,
          }
        : {
            code: 'units-excluded',
            th: `ช่องผู้รับผิดชอบระบุให้ยกเว้น ${names} จึงไม่เลือก ${names} เลือกเฉพาะหน่วยงานที่ระบุชื่อไว้ กรุณาตรวจหน่วยงานที่รับผิดชอบ`,
            en: `the responsible-units cell excludes ${named}: not chosen, only the units named are; check the units`,
          },
    );
  }
  for (const s of read.sectionsExcepted) {
    out.push({
      code: 'unit-section-excepted',
      th: `ช่องผู้รับผิดชอบระบุให้ยกเว้น "${s.read}" ซึ่งเป็นส่วนหนึ่งของ "${s.name}" จึงยังให้ "${s.name}" รับผิดชอบ (เลือกได้ทั้งหน่วยงานเท่านั้น) กรุณาตรวจหน่วยงานที่รับผิดชอบ และแจ้งหน่วยงานว่าไม่รวม "${s.read}"`,
      en: `the responsible-units cell excepts "${s.read}", part of ${unitInEnglish(s)}: "${s.name}" stays responsible (only whole units can be chosen); check the units and tell the unit "${s.read}" is left out`,
    });
  }
  return out;
}
