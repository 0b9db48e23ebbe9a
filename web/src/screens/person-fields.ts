// The fields a person is given: roles, unit, head of unit, the units they act as head of
// (รักษาราชการแทน) and those they are staff of as well, shared by the add and edit forms.
import type { Me, Person, Unit } from '../api-types.js';
import { canChangeAdminOf } from '../caller.js';
import { h } from '../dom.js';
import { ROLE_LABELS } from '../thai.js';
import { field } from '../form-fields.js';
import type { Role } from '../../../shared/domain/organisation.js';
import { countedUnitName } from '../../../shared/domain/active-units.js';

const ROLES = ['staff', 'coordinator', 'executive', 'admin'] as const satisfies readonly Role[];

export interface PersonFields {
  elements: HTMLElement[];
  value(): { roles: Role[]; unitId: string | null; headOfUnit: boolean; actingHeadOf: string[]; alsoStaffOf: string[] };
}

/**
 * Roles (admin only offered to admins: a coordinator cannot grant it), unit (active units; the
 * person's own closed unit too, marked "(ปิดการใช้งานแล้ว)" as the people screen says it: never to a
 * new person), head.
 */
export function personFields(prefix: string, me: Me, units: Unit[], person?: Person): PersonFields {
  const offered = ROLES.filter((r) => r !== 'admin' || canChangeAdminOf(me) || person?.roles.includes('admin'));
  const boxes = offered.map((role) =>
    h('input', {
      type: 'checkbox',
      id: `${prefix}-role-${role}`,
      value: role,
      checked: person ? person.roles.includes(role) : role === 'staff',
      disabled: role === 'admin' && !canChangeAdminOf(me),
    }),
  );
  const roles = h(
    'fieldset',
    {
      class: 'field',
      id: `${prefix}-roles`,
      'data-field': 'roles',
      tabindex: -1,
      'aria-describedby': `err-${prefix}-roles`,
    },
    h('legend', {}, 'บทบาท'),
    offered.map((role, i) =>
      h('div', { class: 'choice' }, boxes[i], h('label', { for: `${prefix}-role-${role}` }, ROLE_LABELS[role])),
    ),
    h('p', { class: 'field-error', id: `err-${prefix}-roles`, 'data-error-for': 'roles' }),
  );
  const choices = units.filter((u) => u.active || u.unitId === person?.unitId);
  const unit = h(
    'select',
    {},
    h('option', { value: '' }, '— ไม่สังกัดหน่วยงาน —'),
    choices.map((u) => h('option', { value: u.unitId, selected: u.unitId === person?.unitId }, countedUnitName(u))),
  );
  const head = h('input', { type: 'checkbox', checked: person?.headOfUnit ?? false });
  // a move ends being head (the API's rule, updatePerson): the box follows, to be ticked again on purpose
  if (person)
    unit.addEventListener('change', () => {
      head.checked = person.headOfUnit && unit.value === (person.unitId ?? '');
    });
  const headField = field(
    prefix,
    'headOfUnit',
    'หัวหน้าหน่วยงาน (รับสรุปของหน่วยงาน)',
    head,
    person ? 'ย้ายหน่วยงานแล้วจะไม่เป็นหัวหน้าหน่วยงานใหม่ เว้นแต่เลือกช่องนี้อีกครั้ง' : undefined,
  );
  // the checkbox reads better before its label
  headField.classList.add('choice');
  headField.prepend(head);
  // other units (acting head of them, staff of them as well): active ones (and any already
  // listed); never the unit chosen above
  const unitList = (name: 'actingHeadOf' | 'alsoStaffOf', box: string, legend: string, hint: string) => {
    const now = person?.[name] ?? [];
    const choices = units.filter((u) => u.active || now.includes(u.unitId));
    const boxes = choices.map((u) =>
      h('input', {
        type: 'checkbox',
        id: `${prefix}-${box}-${u.unitId}`,
        value: u.unitId,
        checked: now.includes(u.unitId),
      }),
    );
    const rows = choices.map((u, i) =>
      h('div', { class: 'choice' }, boxes[i], h('label', { for: `${prefix}-${box}-${u.unitId}` }, countedUnitName(u))),
    );
    const ownUnitHidden = () =>
      choices.forEach((u, i) => {
        const own = u.unitId === unit.value;
        rows[i]!.hidden = own;
        if (own) boxes[i]!.checked = false;
      });
    ownUnitHidden();
    unit.addEventListener('change', ownUnitHidden);
    const element = h(
      'fieldset',
      {
        class: 'field',
        id: `${prefix}-${name}`,
        'data-field': name,
        tabindex: -1,
        'aria-describedby': `hint-${prefix}-${name} err-${prefix}-${name}`,
      },
      h('legend', {}, legend),
      h('p', { class: 'hint', id: `hint-${prefix}-${name}` }, hint),
      rows,
      h('p', { class: 'field-error', id: `err-${prefix}-${name}`, 'data-error-for': name }),
    );
    return { element, value: () => boxes.filter((b) => b.checked).map((b) => b.value) };
  };
  const acting = unitList(
    'actingHeadOf',
    'acting',
    'รักษาราชการแทนหัวหน้าหน่วยงาน',
    'หน่วยงานอื่นที่ผู้นี้รักษาราชการแทนหัวหน้า: รับอีเมลแจ้งรายงานค้างส่งของหน่วยงานนั้นเช่นเดียวกับหัวหน้าหน่วยงาน และดูรายงานของหน่วยงานนั้นได้',
  );
  const alsoStaff = unitList(
    'alsoStaffOf',
    'also-staff',
    'ปฏิบัติงานในหน่วยงานอื่นด้วย',
    'หน่วยงานอื่นที่ผู้นี้เป็นเจ้าหน้าที่ด้วย (ต้องมีบทบาทเจ้าหน้าที่): รับอีเมลแจ้งเตือนของเจ้าหน้าที่หน่วยงานนั้น ดูและส่งรายงานของหน่วยงานนั้นได้ ไม่รับอีเมลถึงหัวหน้าหน่วยงาน',
  );
  return {
    elements: [
      roles,
      field(prefix, 'unitId', 'หน่วยงาน', unit, 'เจ้าหน้าที่และหัวหน้าหน่วยงานต้องสังกัดหน่วยงาน'),
      headField,
      acting.element,
      alsoStaff.element,
    ],
    value: () => ({
      roles: boxes.filter((b) => b.checked).map((b) => b.value as Role),
      unitId: unit.value || null,
      headOfUnit: head.checked,
      actingHeadOf: acting.value(),
      alsoStaffOf: alsoStaff.value(),
    }),
  };
}
