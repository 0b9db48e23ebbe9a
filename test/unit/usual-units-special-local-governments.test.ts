import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS, usualUnits } from '../../shared/domain/municipal-units.js';

// re-check s48 P3: create-org --municipal-units gave เมืองพัทยา and กรุงเทพมหานคร a เทศบาล's units
// ("สำนักปลัดเทศบาล", "กองคลัง"); their own acts name สำนัก, not กอง
describe('create-org --municipal-units for the two special local governments', () => {
  const names = (orgName: string) => usualUnits(orgName).units.map((u) => u.name);

  it('เมืองพัทยา gets its สำนัก: สำนักปลัดเมืองพัทยา, สำนักการคลัง, …', () => {
    expect(usualUnits('เมืองพัทยา').kind).toBe('เมืองพัทยา');
    expect(names('เมืองพัทยา')).toEqual(['สำนักปลัดเมืองพัทยา', 'สำนักการคลัง', 'สำนักการช่าง', 'สำนักการศึกษา', 'สำนักสาธารณสุข']);
  });

  it('กรุงเทพมหานคร gets สำนักงานปลัดกรุงเทพมหานคร and its สำนัก, with the usual ids', () => {
    const bangkok = usualUnits(' กรุงเทพมหานคร ');
    expect(bangkok.kind).toBe('กรุงเทพมหานคร');
    expect(bangkok.units.map((u) => [u.unitId, u.name])).toEqual([
      ['clerk', 'สำนักงานปลัดกรุงเทพมหานคร'],
      ['finance', 'สำนักการคลัง'],
      ['engineering', 'สำนักการโยธา'],
      ['education', 'สำนักการศึกษา'],
      ['health', 'สำนักอนามัย'],
    ]);
  });

  it("a เทศบาล, or a name that only starts with เมืองพัทยา, keeps a เทศบาล's units", () => {
    expect(names('เทศบาลตำบลนาเกลือ')).toEqual(MUNICIPAL_UNITS.map((u) => u.name));
    expect(names('เมืองพัทยาใหม่')).toEqual(MUNICIPAL_UNITS.map((u) => u.name));
  });
});
