// The usual units of a subdistrict municipality (เทศบาลตำบล): a starting point for a new org
// and the units a dry-run import maps names to. Orgs keep their own list. An อบต.'s and an อบจ.'s
// usual units: usualUnits.
import { orgKindAndPlace, fullKindName, specialLocalGovernment } from './local-government-kinds.js';

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

/**
 * The usual units of an org of this name's kind, for `create-org --municipal-units` (tester s48 P3: an
 * อบต. got "สำนักปลัดเทศบาล" and a health division most small อบต. lack). The same ids as
 * MUNICIPAL_UNITS; a เทศบาล gets MUNICIPAL_UNITS, and so does a name of no known kind, with `guessed`
 * (the CLI says so). `kind`: the kind's full name.
 */
export function usualUnits(orgName: string): { kind: string; units: readonly UnitTemplate[]; guessed?: true } {
  const name = orgName.trim();
  const [word] = orgKindAndPlace(name) ?? [];
  // the two special local governments are their own kind (re-check s48 P3, s49 #2)
  const special = specialLocalGovernment(name);
  // a name of no known kind: a เทศบาล's, said to be a guess (re-check s49 #2)
  if (!special && word === undefined) return { kind: 'เทศบาล', units: MUNICIPAL_UNITS, guessed: true };
  const kind = special ?? fullKindName(word!);
  const of = KIND_UNITS[kind];
  if (!of) return { kind: 'เทศบาล', units: MUNICIPAL_UNITS };
  // the same ids as MUNICIPAL_UNITS, in its order; a kind without a unit leaves it out
  const units = MUNICIPAL_UNITS.flatMap((u) => {
    const [name, ...aliases] = of[u.unitId] ?? [];
    return name ? [{ unitId: u.unitId, name, aliases }] : [];
  });
  return { kind, units };
}

/**
 * An อบต.'s, an อบจ.'s, เมืองพัทยา's and กรุงเทพมหานคร's usual units by MUNICIPAL_UNITS' ids: [name,
 * ...aliases]. The two special local governments' offices are สำนัก, under a สำนักปลัดเมืองพัทยา and a
 * สำนักงานปลัดกรุงเทพมหานคร (their administration acts, B.E. 2542 and 2528).
 */
const SCHOOLS = ['กองการศึกษา ศาสนาและวัฒนธรรม', 'กองการศึกษาฯ', 'กองการศึกษา'];
const KIND_UNITS: Record<string, Record<string, string[]>> = {
  องค์การบริหารส่วนตำบล: {
    clerk: ['สำนักปลัด', 'สำนักปลัดองค์การบริหารส่วนตำบล', 'สำนักปลัด อบต.', 'สป.'],
    finance: ['กองคลัง'],
    engineering: ['กองช่าง'],
    education: SCHOOLS,
  },
  องค์การบริหารส่วนจังหวัด: {
    clerk: ['สำนักปลัดองค์การบริหารส่วนจังหวัด', 'สำนักปลัด', 'สำนักปลัด อบจ.', 'สป.'],
    finance: ['กองคลัง'],
    engineering: ['กองช่าง'],
    education: SCHOOLS,
    health: ['กองสาธารณสุข', 'กองสาธารณสุขฯ'],
  },
  เมืองพัทยา: {
    clerk: ['สำนักปลัดเมืองพัทยา', 'สำนักปลัด'],
    finance: ['สำนักการคลัง'],
    engineering: ['สำนักการช่าง'],
    education: ['สำนักการศึกษา'],
    health: ['สำนักสาธารณสุข'],
  },
  กรุงเทพมหานคร: {
    clerk: ['สำนักงานปลัดกรุงเทพมหานคร', 'สำนักงานปลัด กทม.'],
    finance: ['สำนักการคลัง'],
    engineering: ['สำนักการโยธา'],
    education: ['สำนักการศึกษา'],
    health: ['สำนักอนามัย'],
  },
};
