// The usual units of a subdistrict municipality (เทศบาลตำบล): a starting point for a new org
// and the units a dry-run import maps names to. Orgs keep their own list.

export interface UnitTemplate {
  unitId: string;
  name: string;
  aliases: string[];
}

export const MUNICIPAL_UNITS: readonly UnitTemplate[] = [
  { unitId: 'clerk', name: 'สำนักปลัดเทศบาล', aliases: ['สำนักปลัด', 'สป.'] },
  { unitId: 'finance', name: 'กองคลัง', aliases: [] },
  { unitId: 'engineering', name: 'กองช่าง', aliases: [] },
  { unitId: 'education', name: 'กองการศึกษา', aliases: [] },
  { unitId: 'health', name: 'กองสาธารณสุขและสิ่งแวดล้อม', aliases: ['กองสาธารณสุขฯ', 'กองสาธารณสุข'] },
];
