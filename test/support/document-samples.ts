// Document models for text-layer tests: the real FY2566 plan plus one measure full of the words
// that pdfkit broke (sara am, marks after Latin letters, tail-less ญ/ฐ, lowered tones).
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Org, Unit } from '../../shared/domain/organisation.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { buildAnnualReport, type AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import { buildPlanDocument, type PlanDocumentModel } from '../../shared/documents/plan-document-model.js';
import { importSeedPlan } from './seed-plan.js';

/** Words each published PDF must give back exactly and draw right. */
export const HARD_WORDS = [
  'ITAน้ำใจ',
  'O43ที่ผู้',
  'Facebookที่',
  'ดำเนินการ',
  'สำนัก',
  'กำหนด',
  'น้ำ',
  'ต่ำ',
  'ผู้ใหญ่',
  'ญาติ',
  'ฐาน',
] as const;

export function samplePlan(): StoredPlan {
  const { plan } = importSeedPlan('demo');
  return {
    ...plan,
    measures: [
      {
        measureId: 'm99',
        order: plan.measures.length + 1,
        indicator: 9,
        title: 'มาตรการเผยแพร่ข้อมูลตามเกณฑ์ ITAน้ำใจ และ O43ที่ผู้ใหญ่ตรวจ',
        subMeasures: ['ประชาสัมพันธ์ผ่าน Facebookที่ สำนักปลัดดูแล'],
        methods: [
          'กำหนดฐานข้อมูลน้ำประปา ผู้ใหญ่บ้าน ญาติ และผู้มีรายได้ต่ำ',
          'ดำเนินการตาม O43ที่ผู้ ตรวจกำหนด',
          'นับจำนวนเรื่องร้องเรียนซ้ำทุกค่ำ (ITA ซ้ำ) ฎีกา',
        ],
        timeframe: 'ตลอดปีงบประมาณ',
        followUps: [{ followUpNo: 1, text: 'รายงาน ITAน้ำใจ ทุกเดือน', cadence: 'monthly', audience: [] }],
        responsible: { allUnits: false, unitIds: ['clerk'], text: 'สำนักปลัด' },
        recommendations: ['ติดตามผลต่ำกว่าเกณฑ์'],
      },
      ...plan.measures,
    ],
    version: 1,
    updatedAt: '2022-10-01T02:00:00.000Z',
    updatedBy: 'test',
  };
}

export const SAMPLE_ORG: Org = {
  orgId: 'demo',
  name: 'เทศบาลตำบลดอนอะระง',
  dueRules: {},
  createdAt: '2022-10-01T02:00:00.000Z',
};
export const SAMPLE_UNITS: Unit[] = MUNICIPAL_UNITS.map((u) => ({ ...u, orgId: 'demo' }));

export function sampleAnnualReport(): AnnualReportModel {
  return buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: new Map(),
    asOf: '2023-10-02',
  });
}

/** The plan document of the sample plan, with FY2565 scores where indicators 4 and 9 fell below 85. */
export function samplePlanDocument(): PlanDocumentModel {
  return buildPlanDocument({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    previousScores: [
      { no: 1, score: 95.2 },
      { no: 4, score: 78.5 },
      { no: 9, score: 61.25 },
      { no: 10, score: 88 },
    ],
  });
}
