// One list of local government kinds for the importer and the page's header (session 42): the
// header breaks an org's name only after its kind, written in full or short.
import { describe, expect, it } from 'vitest';
import { chiefExecutivePosition, fullKindName, orgKindAndPlace } from '../../shared/domain/local-government-kinds.js';

describe("an org's name as its kind and its place", () => {
  it.each([
    ['เทศบาลตำบลดอนอะระง', ['เทศบาลตำบล', 'ดอนอะระง']],
    ['องค์การบริหารส่วนจังหวัดขอนแก่น', ['องค์การบริหารส่วนจังหวัด', 'ขอนแก่น']],
    ['อบต.บ้านใหม่', ['อบต.', 'บ้านใหม่']],
    ['ทน.นครราชสีมา', ['ทน.', 'นครราชสีมา']],
  ])('splits "%s" after its kind', (name, pieces) => {
    expect(orgKindAndPlace(name)).toEqual(pieces);
  });

  it.each(['เมืองพัทยา', 'เทศบาลตำบล', 'สำนักงานเทศบาล'])('leaves "%s" whole: no kind with a place after it', (name) => {
    expect(orgKindAndPlace(name)).toBeUndefined();
  });

  it('spells a short kind out and leaves other words as they are', () => {
    expect(['อบต.', 'ทม.', 'เทศบาลนคร', 'เทศบาล'].map(fullKindName)).toEqual([
      'องค์การบริหารส่วนตำบล',
      'เทศบาลเมือง',
      'เทศบาลนคร',
      'เทศบาล',
    ]);
  });
});

describe("the chief executive's position an org's name implies (who signs its documents)", () => {
  it.each([
    ['เทศบาลตำบลดอนอะระง', 'นายกเทศมนตรีตำบลดอนอะระง'],
    ['ทม.บ้านไผ่', 'นายกเทศมนตรีเมืองบ้านไผ่'],
    ['เทศบาลนครขอนแก่น', 'นายกเทศมนตรีนครขอนแก่น'],
    ['องค์การบริหารส่วนจังหวัดขอนแก่น', 'นายกองค์การบริหารส่วนจังหวัดขอนแก่น'],
    ['อบต.บ้านใหม่', 'นายกองค์การบริหารส่วนตำบลบ้านใหม่'],
  ])('"%s" is signed by the %s', (name, position) => {
    expect(chiefExecutivePosition(name)).toBe(position);
  });

  // re-check s48 #3: the two special local governments' heads are fixed in law
  it.each([
    ['เมืองพัทยา', 'นายกเมืองพัทยา'],
    ['กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร'],
    [' เมืองพัทยา ', 'นายกเมืองพัทยา'],
  ])('"%s" is signed by the %s (its act names the post)', (name, position) => {
    expect(chiefExecutivePosition(name)).toBe(position);
  });

  // re-check s48 #3: "เทศบาลนครนนทบุรี จังหวัดนนทบุรี" gave "นายกเทศมนตรีนครนนทบุรี จังหวัดนนทบุรี"
  it.each([
    ['เทศบาลนครนนทบุรี จังหวัดนนทบุรี', 'นายกเทศมนตรีนครนนทบุรี'],
    ['เทศบาลตำบลดอนอะระง อำเภอหนองบุญมาก จังหวัดนครราชสีมา', 'นายกเทศมนตรีตำบลดอนอะระง'],
    ['อบต.บ้านใหม่ อ.เมือง จ.ขอนแก่น', 'นายกองค์การบริหารส่วนตำบลบ้านใหม่'],
  ])('"%s": the place only, not the district or province after it (%s)', (name, position) => {
    expect(chiefExecutivePosition(name)).toBe(position);
  });

  it.each(['เมืองพัทยาใต้', 'กรุงเทพ', 'เทศบาลตำบล'])(
    'guesses none for "%s" (the documents print a dotted line)',
    (name) => {
      expect(chiefExecutivePosition(name)).toBeUndefined();
    },
  );
});
