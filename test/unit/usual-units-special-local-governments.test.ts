import { describe, expect, it } from 'vitest';
import { chiefExecutivePosition } from '../../shared/domain/local-government-kinds.js';
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

  // re-check s49 #2: "เมืองพัทยา จังหวัดชลบุรี" got a เทศบาล's units while set-chief-executive said it did
  // not know the position; both now read the special local government from the name's first word
  it.each([
    ['เมืองพัทยา จังหวัดชลบุรี', 'เมืองพัทยา', 'นายกเมืองพัทยา'],
    ['เมืองพัทยา (ชลบุรี)', 'เมืองพัทยา', 'นายกเมืองพัทยา'],
    ['กรุงเทพมหานคร (กทม.)', 'กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร'],
    ['กรุงเทพฯ', 'กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร'],
    ['กทม.', 'กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร'],
  ])('"%s" is %s: its สำนัก and its chief executive %s', (name, kind, chief) => {
    expect(usualUnits(name)).toEqual(usualUnits(kind));
    expect(usualUnits(name).guessed).toBeUndefined();
    expect(chiefExecutivePosition(name)).toBe(chief);
  });

  it("a name of no known kind gets a เทศบาล's units marked as a guess; a named เทศบาล's are not", () => {
    expect(usualUnits('หนองบัว').guessed).toBe(true);
    expect(usualUnits('เมืองพัทยาใหม่').guessed).toBe(true);
    expect(usualUnits('เทศบาลตำบลหนองบัว').guessed).toBeUndefined();
    expect(usualUnits('อบต.บ้านใหม่').guessed).toBeUndefined();
    expect(chiefExecutivePosition('เมืองพัทยาใหม่')).toBeUndefined();
  });
});
