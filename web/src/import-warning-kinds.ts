// What each importer warning code means to the coordinator, and how it is settled in the draft.
// One entry per code of IMPORT_WARNING_CODES (shared/import/import-warning.ts): a new code does
// not typecheck until it is explained here.
import type { ImportWarningCode } from '../../shared/import/import-warning.js';

/**
 * How a warning stops standing:
 * - `draft`: the draft settles it (an indicator, a cadence or a unit is chosen);
 * - `edit`: the measure it names is changed or removed (the save then checks it again);
 * - `checked`: only the coordinator can judge it, with ตรวจแล้ว.
 */
export type WarningSettling = 'draft' | 'edit' | 'checked';

export interface WarningKind {
  /** what the warning means and what to do, Thai, shown beside the source text */
  help: string;
  settles: WarningSettling;
  /** while it stands, the plan cannot be saved (the save button is disabled, the reason shown) */
  blocksSave?: true;
}

export const WARNING_KINDS: Readonly<Record<ImportWarningCode, WarningKind>> = {
  'unspecified-cadence': {
    help: 'เอกสารไม่ได้บอกว่าต้องรายงานบ่อยเพียงใด ระบบจึงตั้งเป็นรายงานปีละครั้ง เลือกรอบการรายงานที่ถูกต้องของการติดตามผลข้อนี้',
    settles: 'draft',
  },
  'no-indicator': {
    help: 'มาตรการต้องระบุตัวชี้วัดก่อนบันทึก เลือกตัวชี้วัดที่มาตรการนี้ตอบจากรายการ',
    settles: 'draft',
  },
  'no-responsible-unit': {
    help: 'มาตรการที่ไม่มีหน่วยงานรับผิดชอบจะไม่มีหน่วยงานใดได้รับแจ้งให้รายงานผล เลือกหน่วยงานอย่างน้อยหนึ่งหน่วยงาน หรือ "ทุกหน่วยงาน"',
    settles: 'draft',
  },
  'indicator-label-guessed': {
    help: 'หัวข้อตัวชี้วัดในเอกสารสะกดต่างไปเล็กน้อย (มักเกิดจากการแปลงภาพเป็นข้อความ) ระบบจึงอ่านตามความคล้าย ตรวจว่าเป็นตัวชี้วัดที่ถูกต้อง แล้วกด "ตรวจแล้ว ถูกต้อง" หรือเลือกตัวชี้วัดใหม่',
    settles: 'checked',
  },
  'unknown-indicator-name': {
    help: 'หัวข้อมีเลขตัวชี้วัดแต่ไม่มีชื่อตัวชี้วัด ระบบใช้ชื่อตามเกณฑ์การประเมิน ITA ตรวจว่าเลขตัวชี้วัดถูกต้อง',
    settles: 'checked',
  },
  'unknown-unit': {
    help: 'ชื่อนี้ไม่ตรงกับหน่วยงานใดขององค์กร จึงไม่ได้นำมาเป็นผู้รับผิดชอบ เลือกหน่วยงานเอง หรือให้ผู้ดูแลระบบเพิ่มชื่อนี้เป็นชื่อเรียกอื่นของหน่วยงาน',
    settles: 'checked',
  },
  'unit-guessed': {
    help: 'ชื่อหน่วยงานในเอกสารสะกดต่างไป ระบบเลือกหน่วยงานที่ชื่อใกล้เคียงที่สุด ตรวจว่าเป็นหน่วยงานที่ถูกต้อง',
    settles: 'checked',
  },
  'no-responsible-column': {
    help: 'หัวตารางไม่มีคอลัมน์ผู้รับผิดชอบ (ตารางอาจถูกตัดที่ขอบหน้า หรือหัวคอลัมน์อ่านไม่ออก) มาตรการในตารางนี้จึงยังไม่มีหน่วยงาน เลือกหน่วยงานผู้รับผิดชอบของแต่ละมาตรการ แล้วกด "ตรวจแล้ว ถูกต้อง"',
    settles: 'checked',
  },
  'orphan-continuation': {
    help: 'แถวนี้เป็นส่วนต่อของมาตรการก่อนหน้า แต่ไม่มีมาตรการก่อนหน้าให้ต่อ จึงไม่ได้นำเข้า หากเป็นมาตรการหนึ่ง ให้กด "เพิ่มมาตรการ" แล้วกรอกเอง',
    settles: 'checked',
  },
  'unexpected-cell-count': {
    help: 'แถวนี้มีจำนวนช่องไม่เท่ากับหัวตาราง ข้อความบางส่วนอาจอยู่ผิดช่อง ตรวจข้อความของมาตรการนี้กับเอกสาร',
    settles: 'checked',
  },
  'unmatched-results-row': {
    help: 'แถวนี้ในรายงานผลไม่ตรงกับตัวชี้วัดใดในแผน จึงไม่ได้นำมาใช้ ตรวจว่าแผนมีมาตรการของตัวชี้วัดนี้ครบ',
    settles: 'checked',
  },
  'responsibility-differs': {
    help: 'รายงานผลระบุหน่วยงานผู้รับผิดชอบต่างจากแผน ระบบใช้หน่วยงานตามแผน ตรวจว่าถูกต้อง',
    settles: 'checked',
  },
  'fiscal-year-differs': {
    help: 'เอกสารเป็นแผนของปีงบประมาณอื่น ตรวจว่าเลือกไฟล์ถูกต้องและนำเข้าในปีที่ต้องการ',
    settles: 'checked',
  },
  'no-measures': {
    help: 'ไม่พบตารางมาตรการในไฟล์ ตรวจว่าเป็นไฟล์แผนมาตรการ (ตารางที่มีหัวคอลัมน์ เช่น มาตรการ วิธีดำเนินการ ผู้รับผิดชอบ) หรือเพิ่มมาตรการเอง',
    settles: 'checked',
  },
  'two-cadences': {
    help: 'การติดตามผลข้อนี้ระบุรอบการรายงานมากกว่าหนึ่งรอบ ระบบใช้รอบที่ถี่ที่สุด ตรวจว่าถูกต้อง หรือเพิ่มการติดตามผลอีกข้อสำหรับอีกรอบหนึ่ง',
    settles: 'checked',
  },
  'more-warnings': {
    help: 'คำเตือนมีมากเกินกว่าจะแสดงได้ทั้งหมด ไฟล์อาจไม่ใช่แผนมาตรการหรือมีรูปแบบที่ระบบอ่านได้ไม่ดี ตรวจเอกสารต้นฉบับ',
    settles: 'checked',
  },
  'measures-dropped': {
    help: 'แผนหนึ่งปีมีจำนวนมาตรการได้จำกัด แถวที่เกินไม่ได้นำเข้าและจะไม่อยู่ในแผนที่บันทึก หากต้องการเก็บไว้ ให้รวมมาตรการในเอกสารแล้วนำเข้าใหม่',
    settles: 'checked',
  },
  'cannot-save': {
    help: 'มาตรการนี้ตามที่อ่านจากไฟล์บันทึกไม่ได้ด้วยเหตุผลข้างต้น ปุ่มบันทึกจะใช้ได้เมื่อแก้ไขหรือลบมาตรการนี้ แล้วระบบจะตรวจอีกครั้งเมื่อบันทึก',
    settles: 'edit',
    blocksSave: true,
  },
  'pdf-row-joined': {
    help: 'ตารางใน PDF แบ่งแถวข้ามหน้า ระบบจึงรวมเป็นมาตรการเดียว ตรวจว่าไม่ได้รวมสองมาตรการเข้าด้วยกัน',
    settles: 'checked',
  },
  'pdf-text-unplaced': {
    help: 'ข้อความใน PDF คร่อมเส้นแบ่งคอลัมน์ ระบบเลือกคอลัมน์ให้ ตรวจว่าข้อความอยู่ในช่องที่ถูกต้อง',
    settles: 'checked',
  },
  'pdf-layout-guessed': {
    help: 'หน้านี้ของ PDF มีเส้นมากเกินกว่าจะเป็นตาราง (เช่น ลวดลายหรือแผนภูมิ) ระบบจึงจัดแถวและคอลัมน์จากตำแหน่งข้อความแทน ตรวจว่ามาตรการในหน้านี้อยู่ในช่องที่ถูกต้อง หรือนำเข้าจากไฟล์ Word ต้นฉบับแทน',
    settles: 'checked',
  },
  'pdf-merge-unsure': {
    help: 'ช่องนี้ที่ต้นหน้าว่างอยู่ อาจเป็นช่องที่รวมต่อมาจากแถวสุดท้ายของหน้าก่อน ระบบจึงไม่เติมข้อความให้ ตรวจว่ามาตรการนี้ควรมีข้อความของช่องนั้นหรือไม่ แล้วแก้ไขเอง',
    settles: 'checked',
  },
  'row-cells-ignored': {
    help: 'แถวนี้ในไฟล์มีช่องมากเกินกว่าตารางแผนมาตรการ (เกิน ๑๐๐ ช่อง) ระบบอ่านเฉพาะ ๑๐๐ ช่องแรก ตรวจว่าข้อมูลของมาตรการครบ หรือลบคอลัมน์ที่ไม่ใช้ออกจากไฟล์แล้วนำเข้าใหม่',
    settles: 'checked',
  },
  'hidden-content-skipped': {
    help: 'ไฟล์ Excel มีแผ่นงาน แถว หรือคอลัมน์ที่ซ่อนไว้ซึ่งมีข้อความ ระบบนำเข้าเฉพาะส่วนที่แสดงอยู่ ตรวจว่าไม่มีมาตรการอยู่ในส่วนที่ซ่อน หากมี ให้เลิกซ่อนใน Excel แล้วนำเข้าใหม่',
    settles: 'checked',
  },
  'plan-too-large': {
    help: 'แผนทั้งฉบับใหญ่เกินกว่าที่บันทึกได้ในครั้งเดียว ย่อข้อความของมาตรการที่ใหญ่ที่สุดตามที่ระบุ หรือลบข้อความที่ซ้ำกัน ปุ่มบันทึกจะใช้ได้เมื่อแผนเล็กลงพอ',
    settles: 'edit',
    blocksSave: true,
  },
  'pdf-unreadable-characters': {
    help: 'แบบอักษรในไฟล์ PDF ไม่บอกว่าบางตัวอักษรคืออะไร ข้อความอาจมีตัวอักษรหายไป ตรวจข้อความ หรือนำเข้าจากไฟล์ Word ต้นฉบับแทน',
    settles: 'checked',
  },
};
