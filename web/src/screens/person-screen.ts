// One person (admins and coordinators): change name, roles, unit and head of unit; deactivate or
// reactivate; and the history of these changes.
import { api } from '../api-client.js';
import { loadUnits } from '../load-units.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Invitation, Me, People, Person } from '../api-types.js';
import { announce, focusAfterRedraw, h, replaceContent } from '../dom.js';
import { errorSummary, showFieldErrors } from '../field-errors.js';
import { field, sendForm } from '../form-fields.js';
import { mayEditPerson } from '../caller.js';
import { href } from '../routes.js';
import { ROLE_LABELS, roleLabelsOf } from '../thai.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { auditTrail } from './audit-trail.js';
import { unitNameOf } from './people-screen.js';
import { personFields } from './person-fields.js';
import { undeliverableTh } from '../../../shared/domain/undeliverable-text.js';

/** A save refused because the person changed since the page was drawn: which form, and the API's words. */
/** The lists a save or a deactivation ended, said after its "… แล้ว" (a deactivation empties both; s46 re-check 2). */
const endedLists = (before: Person, after: Person): string =>
  `${before.actingHeadOf.length > 0 && after.actingHeadOf.length === 0 ? ' และไม่ได้รักษาราชการแทนหัวหน้าหน่วยงานใดแล้ว' : ''}${
    before.alsoStaffOf.length > 0 && after.alsoStaffOf.length === 0 ? ' และไม่ได้ปฏิบัติงานในหน่วยงานอื่นแล้ว' : ''
  }`;

/** The units `p` hears the unit-head escalations of: their own as its head, those they act for. */
const headedBy = (p: Person): string[] =>
  p.active ? [...(p.headOfUnit && p.unitId ? [p.unitId] : []), ...p.actingHeadOf] : [];

/**
 * What deactivating `person` leaves the org without, each said once (session 56): a unit with no
 * head or acting head (its 7-day escalations reach nobody), a unit with no staff, no executive, and
 * the last coordinator, whom the API does not let go (409).
 */
export function deactivationLeaves(person: Person, people: Person[], unitName: (unitId: string) => string): string[] {
  const others = people.filter((p) => p.active && p.personId !== person.personId);
  const has = (test: (p: Person) => boolean) => others.some(test);
  const headed = headedBy(person);
  const staffed = person.roles.includes('staff')
    ? [...(person.unitId ? [person.unitId] : []), ...person.alsoStaffOf]
    : [];
  const when = 'เมื่อปิดการใช้งาน ';
  return [
    ...(person.roles.includes('coordinator') && !has((p) => p.roles.includes('coordinator'))
      ? [`นี่คือ${ROLE_LABELS.coordinator} คนสุดท้ายที่ใช้งานอยู่ ปิดการใช้งานไม่ได้จนกว่าจะเพิ่ม${ROLE_LABELS.coordinator} คนอื่น`]
      : []),
    ...headed
      .filter((u) => !has((p) => headedBy(p).includes(u)))
      .map(
        (u) =>
          `${when}${unitName(u)}จะไม่มีหัวหน้าหน่วยงาน อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันของ${unitName(u)}จะไม่ถึงผู้ใด จนกว่าจะกำหนดหัวหน้าหน่วยงานหรือผู้รักษาราชการแทน`,
      ),
    ...staffed
      .filter((u) => !has((p) => p.roles.includes('staff') && (p.unitId === u || p.alsoStaffOf.includes(u))))
      .map((u) => `${when}${unitName(u)}จะไม่มีเจ้าหน้าที่รับอีเมลแจ้งเตือน จนกว่าจะเพิ่มเจ้าหน้าที่ของ${unitName(u)}`),
    ...(person.roles.includes('executive') && !has((p) => p.roles.includes('executive'))
      ? [
          `${when}องค์กรจะไม่มี${ROLE_LABELS.executive}ที่ใช้งานอยู่ อีเมลแจ้งรายงานค้างส่งเกิน ๑๔ วันและอีเมลสรุปผลจะไม่ถึง${ROLE_LABELS.executive} จนกว่าจะเพิ่ม${ROLE_LABELS.executive}`,
        ]
      : []),
  ];
}

/**
 * After a save that ended `before`'s being head of some unit (an acting appointment unticked, a head
 * moved or deactivated): each such unit no one else heads now, said after the save's "… แล้ว".
 */
export function headsEnded(before: Person, after: Person, people: Person[], unitName: (unitId: string) => string) {
  const others = people.filter((p) => p.active && p.personId !== before.personId);
  return headedBy(before)
    .filter((u) => !headedBy(after).includes(u) && !others.some((p) => headedBy(p).includes(u)))
    .map(
      (u) =>
        ` ${unitName(u)}ไม่มีหัวหน้าหน่วยงานแล้ว อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันของ${unitName(u)}จะไม่ถึงผู้ใด จนกว่าจะกำหนดหัวหน้าหน่วยงานหรือผู้รักษาราชการแทน`,
    )
    .join('');
}

interface StaleSave {
  form: string;
  message: string;
}

/**
 * `noPasswords`: npm start's system, where invitations carry no password (people choose their name).
 * `stale`: drawn again after a 412, the refusal shown in the form that was sent.
 */
export async function personScreen(
  main: HTMLElement,
  me: Me,
  personId: string,
  noPasswords: boolean,
  stale?: StaleSave,
): Promise<void> {
  const [units, { items: people }] = await Promise.all([loadUnits(), api<People>('GET', apiPath('/v1/people'))]);
  const person = people.find((p) => p.personId === personId);
  if (!person) {
    replaceContent(
      main,
      h('p', { class: 'back' }, h('a', { href: href.people() }, '‹ กลับไปหน้าผู้ใช้งานและหน่วยงาน')),
      h('h1', {}, 'ไม่พบผู้ใช้งานนี้ในองค์กร'),
    );
    return;
  }
  const path = apiPath('/v1/people/{personId}', { personId });
  const unitName = (u: string) => unitNameOf(units, u);
  /** Draws the person again; focus on the heading of the section acted in (`focus`), not on <body> (WCAG 2.4.3). */
  const reload = (message: string, focus: string) =>
    personScreen(main, me, personId, noPasswords).then(() => {
      focusAfterRedraw(main.querySelector<HTMLElement>(focus));
      announce(message);
    });
  /**
   * A PUT over the person as this page shows them (If-Match: their etag, RFC 9110 §13.1.1). Refused
   * with 412 (someone changed them since): the screen is drawn again from the person as they are
   * now, the refusal shown in the same form, so the coordinator sees the other change first.
   */
  const put = async (target: HTMLFormElement, body: unknown) => {
    const refusal: { message?: string } = {};
    const saved = await sendForm<Person>(target, 'PUT', path, body, { 'if-match': person.etag }, (error) => {
      if (error.status === 412) refusal.message = error.messageTh;
    });
    if (refusal.message) {
      const form = target.getAttribute('aria-label') ?? '';
      await personScreen(main, me, personId, noPasswords, {
        form,
        message: `${refusal.message} (ข้อมูลที่แสดงอยู่นี้เป็นข้อมูลล่าสุดแล้ว)`,
      });
    }
    return saved;
  };
  const name = h('input', { type: 'text', maxlength: 200, value: person.name });
  const fields = personFields('person', me, units, person);
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'person-form',
      novalidate: true,
      'aria-label': 'แก้ไขผู้ใช้งาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const next = { name: name.value, ...fields.value() };
        // only what changed, so the history says what was changed
        const body = Object.fromEntries(
          Object.entries(next).filter(
            ([k, v]) => JSON.stringify(v) !== JSON.stringify(person[k as keyof Person] ?? null),
          ),
        );
        if (Object.keys(body).length === 0) return announce('ไม่มีข้อมูลที่เปลี่ยน');
        // a move states head of unit either way (the API ends it on a move that does not)
        if ('unitId' in body) body.headOfUnit = next.headOfUnit;
        const saved = await put(form, body);
        if (saved)
          await reload(
            `บันทึกข้อมูลของ ${saved.name} แล้ว${person.headOfUnit && !saved.headOfUnit ? ' และไม่เป็นหัวหน้าหน่วยงานแล้ว' : ''}${endedLists(person, saved)}${headsEnded(person, saved, people, unitName)}`,
            '#edit-title',
          );
      },
    },
    errorSummary(),
    field('person', 'name', 'ชื่อ-นามสกุล', name),
    fields.elements,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'บันทึกการเปลี่ยนแปลง')),
  );
  const leaves = person.active ? deactivationLeaves(person, people, unitName) : [];
  const status: HTMLFormElement = h(
    'form',
    {
      class: 'status-form',
      novalidate: true,
      'aria-label': 'สถานะการใช้งาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const saved = await put(status, { active: !person.active });
        if (saved)
          await reload(
            saved.active
              ? `เปิดใช้งาน ${saved.name} อีกครั้งแล้ว`
              : `ปิดการใช้งาน ${saved.name} แล้ว${endedLists(person, saved)}${headsEnded(person, saved, people, unitName)}`,
            '#status-title',
          );
      },
    },
    errorSummary(),
    h(
      'p',
      {},
      person.active
        ? `ปิดการใช้งานเมื่อผู้นี้ย้ายออกหรือไม่ได้ทำงานนี้แล้ว ประวัติและรายงานที่เคยส่งยังอยู่ครบ เปิดใช้งานอีกครั้งได้ทุกเมื่อ${
            person.actingHeadOf.length + person.alsoStaffOf.length > 0
              ? ' แต่การรักษาราชการแทนและการปฏิบัติงานในหน่วยงานอื่นจะสิ้นสุดลง เมื่อเปิดใช้งานอีกครั้งต้องกำหนดใหม่'
              : ''
          }`
        : 'ผู้นี้ถูกปิดการใช้งานอยู่ เข้าสู่ระบบขององค์กรนี้ไม่ได้',
    ),
    leaves.length > 0 &&
      h(
        'div',
        { class: 'alert', 'data-testid': 'deactivation-leaves' },
        leaves.map((line) => h('p', {}, line)),
      ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, person.active ? 'ปิดการใช้งาน' : 'เปิดใช้งานอีกครั้ง')),
  );
  const invitation: HTMLFormElement = h(
    'form',
    {
      class: 'status-form',
      novalidate: true,
      'aria-label': 'อีเมลเชิญเข้าใช้งาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const path = apiPath('/v1/people/{personId}/invitation', { personId });
        const sent = await sendForm<Invitation>(invitation, 'POST', path, undefined);
        // drawn again: the invitation cleared the undeliverable mark, so its warning goes
        if (sent)
          await reload(
            noPasswords
              ? `ส่งอีเมลเชิญไปที่ ${sent.email} แล้ว (ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: เลือกชื่อที่หน้าเข้าสู่ระบบ)`
              : `ส่งอีเมลเชิญไปที่ ${sent.email} แล้ว รหัสผ่านชั่วคราวใหม่ใช้ได้ ${toThaiDigits(sent.validDays)} วัน`,
            '#invitation-title',
          );
      },
    },
    errorSummary(),
    h(
      'p',
      {},
      noPasswords
        ? 'ถ้าผู้นี้หาอีเมลเชิญไม่พบ ส่งอีเมลเชิญอีกครั้งได้ที่นี่'
        : 'ถ้าผู้นี้ยังไม่เคยเข้าสู่ระบบ และรหัสผ่านชั่วคราวหมดอายุหรือหาอีเมลไม่พบ ส่งอีเมลเชิญพร้อมรหัสผ่านชั่วคราวใหม่ได้ที่นี่',
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'ส่งอีเมลเชิญอีกครั้ง')),
  );
  replaceContent(
    main,
    h('p', { class: 'back' }, h('a', { href: href.people() }, '‹ กลับไปหน้าผู้ใช้งานและหน่วยงาน')),
    h('h1', {}, person.name),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'อีเมล'),
      h(
        'dd',
        {},
        person.email,
        person.undeliverable && [
          h('br'),
          h('span', { class: 'alert', 'data-testid': 'undeliverable' }, undeliverableTh(person.undeliverable)),
        ],
      ),
      h('dt', {}, 'บทบาท'),
      h('dd', {}, roleLabelsOf(person)),
      h('dt', {}, 'หน่วยงาน'),
      h('dd', {}, unitNameOf(units, person.unitId) || '—'),
      person.actingHeadOf.length > 0 && [
        h('dt', {}, 'รักษาราชการแทนหัวหน้า'),
        h('dd', {}, person.actingHeadOf.map((u) => unitNameOf(units, u)).join(', ')),
      ],
      person.alsoStaffOf.length > 0 && [
        h('dt', {}, 'ปฏิบัติงานในหน่วยงานอื่นด้วย'),
        h('dd', {}, person.alsoStaffOf.map((u) => unitNameOf(units, u)).join(', ')),
      ],
      h('dt', {}, 'สถานะ'),
      h('dd', { 'data-testid': 'person-status' }, person.active ? 'ใช้งานอยู่' : 'ปิดการใช้งาน'),
    ),
    // only what the API would allow (canEditPerson): a coordinator reads an admin's record
    mayEditPerson(me, person)
      ? [
          h('section', { 'aria-labelledby': 'edit-title' }, h('h2', { id: 'edit-title' }, 'แก้ไขข้อมูล'), form),
          h('section', { 'aria-labelledby': 'status-title' }, h('h2', { id: 'status-title' }, 'สถานะการใช้งาน'), status),
          person.active &&
            h(
              'section',
              { 'aria-labelledby': 'invitation-title' },
              h('h2', { id: 'invitation-title' }, 'อีเมลเชิญเข้าใช้งาน'),
              invitation,
            ),
        ]
      : h(
          'p',
          { class: 'hint', 'data-testid': 'read-only' },
          `ข้อมูลของ${ROLE_LABELS.admin} แก้ไขหรือปิดการใช้งานได้เฉพาะ${ROLE_LABELS.admin} ${ROLE_LABELS.coordinator} ดูได้อย่างเดียว`,
        ),
    await auditTrail(apiPath('/v1/people/{personId}/audit', { personId }), 'ประวัติการเปลี่ยนแปลง'),
  );
  if (stale) {
    const target = main.querySelector<HTMLFormElement>(`form[aria-label="${CSS.escape(stale.form)}"]`);
    // the form may be gone (an admin's record now, read-only): the message is still said
    if (target) showFieldErrors(target, stale.message, []);
    else announce(stale.message);
  }
}
