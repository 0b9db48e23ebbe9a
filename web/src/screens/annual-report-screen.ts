// The annual results report: generate a new edition (coordinators) and download its files.
import { api, messageOf } from '../api-client.js';
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

function generationItem(fy: number, g: Generation): HTMLElement {
  const files = (g.files ?? []).filter((f) => FILE_LABELS[f.name]);
  const download = async (event: Event, name: string) => {
    event.preventDefault();
    try {
      const link = await api<Download>('GET', `/v1/fiscal-years/${fy}/annual-report/${g.generation}/${name}`);
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
    h(
      'p',
      { class: 'hint' },
      g.status === 'complete' && g.generatedAt ? `จัดทำเมื่อ ${formatThaiDateTime(new Date(g.generatedAt))}` : 'กำลังจัดทำ…',
    ),
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

export async function annualReportScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  const { items } = await api<Generations>('GET', `/v1/fiscal-years/${fy}/annual-report`);
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
        status.textContent = 'กำลังจัดทำรายงาน อาจใช้เวลาสักครู่…';
        try {
          await api<Generation>('POST', `/v1/fiscal-years/${fy}/annual-report`);
          await annualReportScreen(main, me, fy);
          announce('จัดทำรายงานผลประจำปีฉบับใหม่แล้ว');
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
}
