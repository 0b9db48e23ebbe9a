// The annual results report: generate a new edition (coordinators) and download its files. A new
// edition is made in the background (the API answers 202, state pending): the list polls until
// every edition is ready or failed.
import { api, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Download, Generation, Generations, Me } from '../api-types.js';
import { announce, h, replaceContent } from '../dom.js';
import { formatThaiDateTime, toThaiDigits } from '../thai.js';

const FILE_LABELS: Record<string, string> = {
  'report.pdf': 'รายงาน PDF',
  'report.docx': 'เอกสาร Word (DOCX)',
  'report.csv': 'ตาราง CSV',
  'report.json': 'ข้อมูล JSON',
};

const kb = (bytes: number) => `${toThaiDigits(Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US'))} KB`;

const POLL_MS = 2000;

function stateText(g: Generation): string {
  if (g.status === 'ready') return g.generatedAt ? `จัดทำเมื่อ ${formatThaiDateTime(new Date(g.generatedAt))}` : 'พร้อมแล้ว';
  if (g.status === 'failed') return `จัดทำไม่สำเร็จ: ${g.failure?.message_th ?? 'กรุณาสั่งจัดทำใหม่อีกครั้ง'}`;
  return 'กำลังจัดทำ… (หน้านี้จะแสดงไฟล์ให้ดาวน์โหลดเมื่อเสร็จ)';
}

function generationItem(fy: number, g: Generation): HTMLElement {
  const files = (g.files ?? []).filter((f) => FILE_LABELS[f.name]);
  const download = async (event: Event, name: string) => {
    event.preventDefault();
    try {
      const link = await api<Download>(
        'GET',
        apiPath('/v1/fiscal-years/{fy}/annual-report/{generation}/{file}', {
          fy,
          generation: g.generation,
          file: name,
        }),
      );
      // a new tab, so the page stays open (PDFs open in the browser's viewer, the rest download)
      h('a', { href: link.url, target: '_blank', rel: 'noopener' }).click();
    } catch (error) {
      announce(messageOf(error));
    }
  };
  return h(
    'li',
    { class: 'generation', 'data-generation': g.generation },
    h('h3', {}, `ฉบับที่ ${toThaiDigits(g.generation)}`),
    h('p', { class: g.status === 'failed' ? 'error' : 'hint', 'data-state': g.status }, stateText(g)),
    h(
      'ul',
      { class: 'downloads' },
      files.map((f) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `#download-${g.generation}-${f.name}`,
              'data-file': f.name,
              onclick: (e: Event) => void download(e, f.name),
            },
            `ดาวน์โหลด${FILE_LABELS[f.name]}`,
          ),
          h('span', { class: 'hint' }, ` ${kb(f.size)}`),
        ),
      ),
    ),
  );
}

export async function annualReportScreen(
  main: HTMLElement,
  me: Me,
  fy: number,
  /** the list shown before a poll: editions that have finished since are announced */
  before: Generation[] = [],
): Promise<void> {
  const { items } = await api<Generations>('GET', apiPath('/v1/fiscal-years/{fy}/annual-report', { fy }));
  const finished = items.filter(
    (g) => g.status !== 'pending' && before.some((b) => b.generation === g.generation && b.status === 'pending'),
  );
  const list = h(
    'ol',
    { class: 'generations', reversed: true },
    [...items].sort((a, b) => b.generation - a.generation).map((g) => generationItem(fy, g)),
  );
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  const generate = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: async () => {
        generate.disabled = true;
        status.textContent = 'กำลังสั่งจัดทำรายงาน…';
        try {
          const started = await api<Generation>('POST', apiPath('/v1/fiscal-years/{fy}/annual-report', { fy }));
          await annualReportScreen(main, me, fy);
          announce(`เริ่มจัดทำรายงานผลประจำปีฉบับที่ ${toThaiDigits(started.generation)} แล้ว`);
        } catch (error) {
          status.textContent = messageOf(error);
          generate.disabled = false;
        }
      },
    },
    'จัดทำรายงานผลประจำปี',
  );
  replaceContent(
    main,
    h('h1', {}, `รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ${toThaiDigits(fy)}`),
    h('p', {}, 'รายงานแต่ละฉบับเก็บไว้ถาวร ไม่ถูกเขียนทับ จัดทำใหม่ได้ทุกเมื่อเมื่อมีรายงานเพิ่มเติม'),
    me.roles.includes('coordinator') && h('div', { class: 'actions' }, generate, status),
    items.length ? list : h('p', { class: 'empty' }, 'ยังไม่มีรายงานผลประจำปีของปีงบประมาณนี้'),
  );
  if (items.some((g) => g.status === 'pending')) {
    const shown = location.hash;
    setTimeout(() => {
      // only while this screen is still the one shown
      if (list.isConnected && location.hash === shown)
        annualReportScreen(main, me, fy, items).catch((error: unknown) => announce(messageOf(error)));
    }, POLL_MS);
  }
  for (const g of finished)
    announce(
      g.status === 'ready'
        ? `รายงานฉบับที่ ${toThaiDigits(g.generation)} จัดทำเสร็จแล้ว ดาวน์โหลดได้`
        : `รายงานฉบับที่ ${toThaiDigits(g.generation)} จัดทำไม่สำเร็จ`,
    );
}
