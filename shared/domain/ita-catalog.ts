// The ITA assessment catalog: indicators, tools, pass mark, and per-year OIT items.
import { ITA_MEASURES_TH } from './document-kinds.js';

export type ItaTool = 'IIT' | 'EIT' | 'OIT';

export interface Indicator {
  no: number;
  nameTh: string;
  nameEn: string;
  tool: ItaTool;
}

export const ITA_PASS_MARK = 85;

export const INDICATORS: readonly Indicator[] = [
  { no: 1, nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duties', tool: 'IIT' },
  { no: 2, nameTh: 'การใช้งบประมาณ', nameEn: 'Use of budget', tool: 'IIT' },
  { no: 3, nameTh: 'การใช้อำนาจ', nameEn: 'Use of authority', tool: 'IIT' },
  { no: 4, nameTh: 'การใช้ทรัพย์สินของราชการ', nameEn: 'Use of government property', tool: 'IIT' },
  { no: 5, nameTh: 'การแก้ไขปัญหาการทุจริต', nameEn: 'Tackling corruption', tool: 'IIT' },
  { no: 6, nameTh: 'คุณภาพการดำเนินงาน', nameEn: 'Quality of operations', tool: 'EIT' },
  { no: 7, nameTh: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Effectiveness of communication', tool: 'EIT' },
  { no: 8, nameTh: 'การปรับปรุงระบบการทำงาน', nameEn: 'Improvement of working systems', tool: 'EIT' },
  { no: 9, nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Information disclosure', tool: 'OIT' },
  { no: 10, nameTh: 'การป้องกันการทุจริต', nameEn: 'Corruption prevention', tool: 'OIT' },
];

export function indicator(no: number): Indicator {
  const found = INDICATORS.find((i) => i.no === no);
  if (!found) throw new RangeError(`no ITA indicator ${no}`);
  return found;
}

/** One OIT item that this system produces the evidence for. */
export interface OitItem {
  code: string;
  /** the item's name as the NACC published it that year */
  titleTh: string;
}

/** OIT item codes that change from year to year: data, never code paths. Sources: docs/publishing.md. */
export interface OitItems {
  /** the published measures (มาตรการส่งเสริมคุณธรรมและความโปร่งใส): the plan document */
  measures: string;
  /** the report on their implementation: the results report */
  implementation: string;
  titles: { measures: string; implementation: string };
}

export const OIT_ITEMS_BY_FY: Readonly<Record<number, OitItems>> = {
  2566: {
    measures: 'O42',
    implementation: 'O43',
    titles: {
      measures: `${ITA_MEASURES_TH}ภายในหน่วยงาน`,
      implementation: `การดำเนินการตาม${ITA_MEASURES_TH}ภายในหน่วยงาน`,
    },
  },
};

export function oitItems(fy: number): OitItems | undefined {
  return OIT_ITEMS_BY_FY[fy];
}
