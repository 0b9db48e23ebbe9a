// ผู้ใช้งานและหน่วยงาน (admins and coordinators): the org's units (add, rename, aliases,
// deactivate, reactivate) and people (add; each person's own screen changes and deactivates them).
import { api } from '../api-client.js';
import { loadUnits } from '../load-units.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Me, People, Person, Unit } from '../api-types.js';
import { announce, focusAfterRedraw, h, replaceContent } from '../dom.js';
import { errorSummary } from '../field-errors.js';
import { field, lines, sendForm } from '../form-fields.js';
import { href } from '../routes.js';
import { roleLabelsOf } from '../thai.js';
import { personFields } from './person-fields.js';
import { undeliverableTh } from '../../../shared/domain/undeliverable-text.js';
import { CLOSED_UNIT_WORDS, countedUnitName } from '../../../shared/domain/active-units.js';

/** `noPasswords`: npm start's system, where invitations carry no password (people choose their name). */
export async function peopleScreen(main: HTMLElement, me: Me, noPasswords: boolean): Promise<void> {
  const [units, { items: people }] = await Promise.all([loadUnits(), api<People>('GET', apiPath('/v1/people'))]);
  /** Draws the screen again; focus on what `focus` selects (the person or unit acted on), else the people's heading. */
  const reload = (message: string, focus?: string) =>
    peopleScreen(main, me, noPasswords).then(() => {
      focusAfterRedraw(main.querySelector<HTMLElement>(focus ?? '#people-title'));
      announce(message);
    });
  replaceContent(
    main,
    h('h1', {}, 'ผู้ใช้งานและหน่วยงาน'),
    h(
      'section',
      { class: 'directory', 'aria-labelledby': 'people-title' },
      h('h2', { id: 'people-title' }, 'ผู้ใช้งาน'),
      peopleList(people, units),
      h('details', { class: 'add-form' }, h('summary', {}, 'เพิ่มผู้ใช้งาน'), addPersonForm(me, units, reload, noPasswords)),
    ),
    h(
      'section',
      { class: 'directory', 'aria-labelledby': 'units-title' },
      h('h2', { id: 'units-title' }, 'หน่วยงาน'),
      h(
        'ul',
        { class: 'members' },
        units.map((u) => unitItem(u, reload)),
      ),
      h('details', { class: 'add-form' }, h('summary', {}, 'เพิ่มหน่วยงาน'), addUnitForm(reload)),
    ),
  );
}

/** A unit by id as the page names it: "กองการศึกษา (ปิดการใช้งานแล้ว)" for a closed one (countedUnitName). */
export function unitNameOf(units: Unit[], unitId: string | null): string {
  const unit = unitId ? units.find((u) => u.unitId === unitId) : undefined;
  return unit ? countedUnitName(unit) : (unitId ?? '');
}

function peopleList(people: Person[], units: Unit[]): HTMLElement {
  // active people first, then by name (the API sorts by Thai name)
  const sorted = [...people].sort((a, b) => Number(b.active) - Number(a.active));
  return h(
    'ul',
    { class: 'members', 'aria-label': 'รายชื่อผู้ใช้งาน' },
    sorted.map((p) =>
      h(
        'li',
        { class: p.active ? 'member' : 'member inactive', 'data-person': p.email },
        h('a', { href: href.person(p.personId) }, p.name),
        !p.active && h('span', { class: 'badge' }, 'ปิดการใช้งาน'),
        h(
          'p',
          { class: 'hint' },
          [
            roleLabelsOf(p),
            unitNameOf(units, p.unitId),
            p.actingHeadOf.length > 0 &&
              `รักษาราชการแทนหัวหน้า${p.actingHeadOf.map((u) => unitNameOf(units, u)).join(', ')}`,
            p.alsoStaffOf.length > 0 && `ปฏิบัติงานใน${p.alsoStaffOf.map((u) => unitNameOf(units, u)).join(', ')}ด้วย`,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        h('p', { class: 'hint' }, p.email),
        p.undeliverable && h('p', { class: 'alert', 'data-testid': 'undeliverable' }, undeliverableTh(p.undeliverable)),
      ),
    ),
  );
}

function addPersonForm(
  me: Me,
  units: Unit[],
  reload: (message: string, focus?: string) => Promise<void>,
  noPasswords: boolean,
): HTMLFormElement {
  const email = h('input', { type: 'email', autocomplete: 'off', inputmode: 'email', maxlength: 254 });
  const name = h('input', { type: 'text', maxlength: 200 });
  const fields = personFields('new-person', me, units);
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'person-form',
      novalidate: true,
      'aria-label': 'เพิ่มผู้ใช้งาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const { unitId, ...rest } = fields.value();
        const added = await sendForm<Person>(form, 'POST', apiPath('/v1/people'), {
          email: email.value,
          name: name.value,
          ...rest,
          ...(unitId ? { unitId } : {}),
        });
        if (added)
          await reload(
            added.invited === false
              ? `เพิ่ม ${added.name} แล้ว อีเมลนี้ใช้เข้าสู่ระบบขององค์กรอื่นอยู่แล้ว จึงไม่ได้ส่งอีเมลเชิญ ผู้นี้เข้าสู่ระบบด้วยรหัสผ่านเดิมได้เลย`
              : `เพิ่ม ${added.name} แล้ว ระบบส่งอีเมลเชิญเข้าใช้งานไปที่ ${added.email}`,
            `[data-person="${CSS.escape(added.email)}"] a`,
          );
      },
    },
    errorSummary(),
    field(
      'new-person',
      'email',
      'อีเมล',
      email,
      noPasswords ? 'ผู้ใช้งานใหม่จะได้รับอีเมลเชิญ' : 'ผู้ใช้งานใหม่จะได้รับอีเมลเชิญพร้อมรหัสผ่านชั่วคราว',
    ),
    field('new-person', 'name', 'ชื่อ-นามสกุล', name),
    fields.elements,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'เพิ่มผู้ใช้งาน')),
  );
  return form;
}

function addUnitForm(reload: (message: string, focus?: string) => Promise<void>): HTMLFormElement {
  const name = h('input', { type: 'text', maxlength: 200 });
  const aliases = h('textarea', { rows: 2 });
  const unitId = h('input', { type: 'text', maxlength: 40, autocomplete: 'off', pattern: '[a-z0-9-]*' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'unit-form',
      novalidate: true,
      'aria-label': 'เพิ่มหน่วยงาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const added = await sendForm<Unit>(form, 'POST', apiPath('/v1/units'), {
          name: name.value,
          aliases: lines(aliases.value),
          ...(unitId.value.trim() ? { unitId: unitId.value.trim() } : {}),
        });
        if (added) await reload(`เพิ่มหน่วยงาน ${added.name} แล้ว`, unitSummary(added));
      },
    },
    errorSummary(),
    field('new-unit', 'name', 'ชื่อหน่วยงาน', name),
    field('new-unit', 'aliases', 'ชื่ออื่นที่ใช้ในเอกสาร (บรรทัดละหนึ่งชื่อ)', aliases),
    field('new-unit', 'unitId', 'รหัสหน่วยงานภาษาอังกฤษ (ไม่บังคับ)', unitId, 'เช่น finance ถ้าไม่กรอก ระบบจะตั้งให้'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'เพิ่มหน่วยงาน')),
  );
  return form;
}

/** A unit's row (its summary), to focus once the screen is drawn again. */
const unitSummary = (unit: Unit) => `[data-unit="${CSS.escape(unit.unitId)}"] summary`;

function unitItem(unit: Unit, reload: (message: string, focus?: string) => Promise<void>): HTMLElement {
  const prefix = `unit-${unit.unitId}`;
  const name = h('input', { type: 'text', maxlength: 200, value: unit.name });
  const aliases = h('textarea', { rows: 2 });
  aliases.value = unit.aliases.join('\n');
  const path = apiPath('/v1/units/{unitId}', { unitId: unit.unitId });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'unit-form',
      novalidate: true,
      'aria-label': `แก้ไข${unit.name}`,
      onsubmit: async (event: Event) => {
        event.preventDefault();
        // only what this coordinator changed: another's change to the other field meanwhile stays (break s60-E)
        const asked = lines(aliases.value);
        const aliasesChanged = asked.join('\n') !== unit.aliases.join('\n');
        // nothing changed, nothing sent: its name as drawn would undo a rename made meanwhile (s60 review)
        if (name.value === unit.name && !aliasesChanged)
          return reload('ไม่ได้แก้ไขหน่วยงาน จึงไม่ได้บันทึกอะไร', unitSummary(unit));
        const body = {
          ...(name.value !== unit.name ? { name: name.value } : {}),
          ...(aliasesChanged ? { aliases: asked } : {}),
        };
        const saved = await sendForm<Unit>(form, 'PUT', path, body);
        if (saved) await reload(`บันทึกหน่วยงาน ${saved.name} แล้ว`, unitSummary(saved));
      },
    },
    errorSummary(),
    field(prefix, 'name', 'ชื่อหน่วยงาน', name),
    field(prefix, 'aliases', 'ชื่ออื่นที่ใช้ในเอกสาร (บรรทัดละหนึ่งชื่อ)', aliases),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'บันทึก'),
      h(
        'button',
        {
          type: 'button',
          onclick: async () => {
            const saved = await sendForm<Unit>(form, 'PUT', path, { active: !unit.active });
            if (saved)
              await reload(`${saved.active ? 'เปิดใช้งาน' : 'ปิดการใช้งาน'}หน่วยงาน ${saved.name} แล้ว`, unitSummary(saved));
          },
        },
        unit.active ? 'ปิดการใช้งานหน่วยงาน' : 'เปิดใช้งานอีกครั้ง',
      ),
    ),
  );
  return h(
    'li',
    { class: unit.active ? 'member' : 'member inactive', 'data-unit': unit.unitId },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        unit.name,
        !unit.active && h('span', { class: 'badge' }, CLOSED_UNIT_WORDS),
        unit.aliases.length > 0 && h('span', { class: 'hint' }, ` (${unit.aliases.join(', ')})`),
      ),
      form,
    ),
  );
}
