// ปฏิทินของฉัน (everyone): secret calendar addresses that put the caller's due dates into Google
// Calendar, Outlook or a phone. An address is shown once, when made (only its hash is kept); a lost
// or leaked one is revoked, or reset (a new address replaces it).
import { api, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { seesWholeOrgOf } from '../caller.js';
import type { CalendarFeed, CalendarFeeds, CreatedFeed, Me } from '../api-types.js';
import { announce, focusAfterRedraw, h, replaceContent, setText } from '../dom.js';
import { errorSummary } from '../field-errors.js';
import { field, sendForm } from '../form-fields.js';
import { formatThaiDateTime } from '../thai.js';

export async function calendarScreen(main: HTMLElement, me: Me, created?: CreatedFeed): Promise<void> {
  const { items } = await api<CalendarFeeds>('GET', apiPath('/v1/calendar-feeds'));
  // drawn again: focus on the new link to copy, else on the list of links (not on <body>)
  const reload = (message: string, fresh?: CreatedFeed) =>
    calendarScreen(main, me, fresh).then(() => {
      focusAfterRedraw(main.querySelector<HTMLElement>(fresh ? '#feed-url' : '#feeds-title'));
      announce(message);
    });
  const scope = seesWholeOrgOf(me) ? 'ทุกหน่วยงานในองค์กร' : me.unit ? me.unit.name : 'หน่วยงานของคุณ';
  replaceContent(
    main,
    h('h1', {}, 'ปฏิทินของฉัน'),
    h(
      'p',
      {},
      `ใส่กำหนดส่งรายงานของ${scope}ลงในปฏิทินที่ใช้อยู่ (Google Calendar, Outlook หรือปฏิทินในโทรศัพท์) `,
      // no emoji here: the page's font (Sarabun) has none, and without an emoji font it is a box
      'ปฏิทินจะปรับตามแผนและสถานะรายงานล่าสุดเอง รายการที่รายงานแล้วจะขึ้นต้นด้วยเครื่องหมายถูกสีเขียวและคำว่า "รายงานแล้ว"',
    ),
    created && newAddress(created),
    h(
      'section',
      { 'aria-labelledby': 'feeds-title' },
      h('h2', { id: 'feeds-title' }, 'ลิงก์ปฏิทินที่ใช้อยู่'),
      items.length === 0
        ? h('p', { class: 'empty' }, 'ยังไม่มีลิงก์ปฏิทิน')
        : h(
            'ul',
            { class: 'members' },
            items.map((f) => feedItem(f, reload)),
          ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'new-feed-title' },
      h('h2', { id: 'new-feed-title' }, 'สร้างลิงก์ปฏิทิน'),
      createForm(reload),
    ),
    instructions(),
  );
}

function createForm(reload: (message: string, fresh?: CreatedFeed) => Promise<void>): HTMLFormElement {
  const label = h('input', { type: 'text', maxlength: 100, placeholder: 'เช่น ปฏิทินในโทรศัพท์' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'feed-form',
      novalidate: true,
      'aria-label': 'สร้างลิงก์ปฏิทิน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const made = await sendForm<CreatedFeed>(form, 'POST', apiPath('/v1/calendar-feeds'), { label: label.value });
        if (made) await reload('สร้างลิงก์ปฏิทินแล้ว คัดลอกไปใช้ได้เลย', made);
      },
    },
    errorSummary(),
    field('feed', 'label', 'ชื่อเรียกลิงก์นี้ (ไม่บังคับ)', label),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'สร้างลิงก์ปฏิทิน')),
  );
  return form;
}

/** The address just made, with a copy button: it is never shown again. */
function newAddress(feed: CreatedFeed): HTMLElement {
  const url = h('input', {
    type: 'text',
    readonly: true,
    value: feed.url,
    id: 'feed-url',
    'aria-describedby': 'feed-url-hint',
  });
  const copied = h('p', { class: 'hint', 'aria-live': 'polite' });
  const copy = async () => {
    url.select();
    try {
      await navigator.clipboard.writeText(feed.url);
      setText(copied, 'คัดลอกลิงก์แล้ว');
    } catch {
      // no clipboard permission (e.g. not https): the text is selected for Ctrl+C
      setText(copied, 'กด Ctrl+C (หรือกดค้างแล้วเลือกคัดลอก) เพื่อคัดลอกลิงก์ที่เลือกไว้');
    }
  };
  return h(
    'section',
    { class: 'new-feed', 'aria-labelledby': 'new-url-title' },
    h('h2', { id: 'new-url-title' }, `ลิงก์ปฏิทิน "${feed.label}"`),
    h('label', { for: 'feed-url' }, 'ลิงก์สำหรับสมัครรับปฏิทิน'),
    url,
    h(
      'p',
      { class: 'hint', id: 'feed-url-hint' },
      'ลิงก์นี้แสดงครั้งเดียว คัดลอกไปใส่ในปฏิทินตอนนี้ ผู้ที่มีลิงก์นี้จะเห็นกำหนดส่งของคุณ อย่าส่งต่อ หากลิงก์หลุด ให้ยกเลิกหรือสร้างใหม่แทน',
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => void copy() }, 'คัดลอกลิงก์'),
    ),
    copied,
  );
}

function feedItem(feed: CalendarFeed, reload: (message: string, fresh?: CreatedFeed) => Promise<void>): HTMLElement {
  const status = h('p', { class: 'field-error', 'aria-live': 'polite' });
  const act = async (work: () => Promise<CreatedFeed | undefined>, message: string) => {
    try {
      await reload(message, await work());
    } catch (error) {
      setText(status, messageOf(error));
    }
  };
  const revoke = () => api('DELETE', apiPath('/v1/calendar-feeds/{feedId}', { feedId: feed.feedId }));
  return h(
    'li',
    { class: 'member', 'data-feed': feed.feedId },
    h('strong', {}, feed.label),
    h('p', { class: 'hint' }, `สร้างเมื่อ ${formatThaiDateTime(new Date(feed.createdAt))}`),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          'aria-label': `สร้างลิงก์ใหม่แทน "${feed.label}"`,
          onclick: () =>
            void act(async () => {
              // the new address first, so a failure never leaves the person without one
              const made = await api<CreatedFeed>('POST', apiPath('/v1/calendar-feeds'), { label: feed.label });
              await revoke();
              return made;
            }, `สร้างลิงก์ใหม่แทน "${feed.label}" แล้ว ลิงก์เดิมใช้ไม่ได้อีก`),
        },
        'สร้างลิงก์ใหม่',
      ),
      h(
        'button',
        {
          type: 'button',
          'aria-label': `ยกเลิก "${feed.label}"`,
          onclick: () =>
            void act(async () => {
              await revoke();
              return undefined;
            }, `ยกเลิกลิงก์ "${feed.label}" แล้ว ปฏิทินที่ใช้ลิงก์นี้จะไม่ได้รับข้อมูลอีก`),
        },
        'ยกเลิก',
      ),
    ),
    status,
  );
}

function instructions(): HTMLElement {
  const steps = (title: string, items: string[]) => [
    h('h3', {}, title),
    h(
      'ol',
      {},
      items.map((s) => h('li', {}, s)),
    ),
  ];
  return h(
    'section',
    { class: 'instructions', 'aria-labelledby': 'how-title' },
    h('h2', { id: 'how-title' }, 'วิธีใส่ลิงก์ในปฏิทิน'),
    steps('Google Calendar', [
      'เปิด Google Calendar บนคอมพิวเตอร์ (calendar.google.com)',
      'ที่แถบด้านซ้าย ข้าง "ปฏิทินอื่นๆ" กดเครื่องหมาย + แล้วเลือก "จาก URL"',
      'วางลิงก์ แล้วกด "เพิ่มปฏิทิน" ปฏิทินจะขึ้นในโทรศัพท์ที่ใช้บัญชีเดียวกันด้วย',
      'Google ปรับข้อมูลทุกไม่กี่ชั่วโมง รายการใหม่อาจใช้เวลาถึงหนึ่งวันจึงขึ้น',
    ]),
    steps('Outlook', [
      'Outlook บนเว็บหรือ Outlook.com: ไปที่ปฏิทิน กด "เพิ่มปฏิทิน" แล้วเลือก "สมัครใช้งานจากเว็บ"',
      'Outlook บนคอมพิวเตอร์: หน้าแรกของปฏิทิน กด "เพิ่มปฏิทิน" แล้วเลือก "จากอินเทอร์เน็ต"',
      'วางลิงก์ ตั้งชื่อปฏิทิน แล้วกด "นำเข้า" หรือ "ตกลง"',
    ]),
    steps('iPhone / iPad', ['การตั้งค่า > ปฏิทิน > บัญชี > เพิ่มบัญชี > อื่นๆ > เพิ่มปฏิทินที่สมัครรับ แล้ววางลิงก์']),
  );
}
