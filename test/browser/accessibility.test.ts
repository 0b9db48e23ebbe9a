/// <reference lib="dom" />
// WCAG 2.1 A and AA as axe-core checks them, on every screen a user meets, at desktop width and at a
// phone's 390 px: one walk through `npm start`'s system on 20 April 2566, staff then the coordinator.
// axe is put into the page from node_modules (nothing is downloaded when the test runs). Along the
// walk, what axe does not see: each screen's title and heading levels, the focus ring's contrast,
// where focus goes when a removed item's button goes, and 44 px buttons (docs/web.md "Accessibility").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptDialog } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { type LocalSystemSetup, repoRoot } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs, signOutOf } from '../support/local-sign-in.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [1280, 390];
const STAFF = 'staff.finance@demo.example.org';
/** due this month, not yet reported */
const TO_REPORT = 'i4.f2.2023-04.finance';
/** reported by staff before the walk: its history, then the coordinator's review */
const REPORTED = 'i4.f2.2022-11.finance';
/** a person the coordinator renames, for a history longer than a page */
const EDITED = 'demo-head-health';
const PLAN_FILE = join(repoRoot, 'test', 'fixtures', 'plans', '07-measure-without-indicator.docx');

let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-20', async ({ setup: started, browser }) => {
  setup = started;
  // the page's CSP allows no inline script: bypassed so that axe can be added as one
  const context = await browser.newContext({
    viewport: { width: WIDTHS[0]!, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    bypassCSP: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', acceptDialog);
  return page;
});

/** What axe finds against WCAG 2.1 AA on the page as it is: "rule id: target: summary" each. */
async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${v.help}`));
  }, WCAG_21_AA);
}

/** The screen's violations at each width, each prefixed with the screen's name and the width. */
async function audit(screen: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    found.push(...(await axeViolations()).map((v) => `${screen} (${width} px): ${v}`));
  }
  await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
  return found;
}

/** The screen's headings that skip a level (an h3 after an h1): "h1 → h3 text" each. */
const skippedHeadings = () =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter(
      (el) => el.getClientRects().length > 0,
    );
    return shown.flatMap((el, i) => {
      const level = Number(el.tagName[1]);
      const before = i === 0 ? 0 : Number(shown[i - 1]!.tagName[1]);
      return level > before + 1 ? [`h${before} → h${level} ${el.textContent?.trim()}`] : [];
    });
  });

/** Buttons and other controls in main shown less than 44 px tall (docs/web.md "44 px touch targets"). */
const shortTargets = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main summary, main select, main .file-button')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height < 44)
      .map((el) => `${el.textContent?.trim()}: ${Math.round(el.getBoundingClientRect().height)} px`),
  );

/** The contrast ratio of two CSS colours ("rgb(…)"/"rgba(…)", alpha ignored), as WCAG defines it. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The fields and buttons shown in main whose border is under 3:1 against what is behind them (and
 * whose fill does not stand out instead): WCAG 1.4.11, "name: border on background" each.
 */
async function faintBorders(): Promise<string[]> {
  const fields = await page.evaluate(() => {
    const behind = (el: Element) => {
      let e = el.parentElement;
      while (e && getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)') e = e.parentElement;
      return getComputedStyle(e ?? document.documentElement).backgroundColor;
    };
    const shown = 'input:not([type=radio]):not([type=checkbox]):not(.file-input), select, textarea, button';
    return [...document.querySelectorAll<HTMLElement>(`main :is(${shown})`)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({
        name: el.id || el.textContent?.trim() || el.tagName,
        border: getComputedStyle(el).borderTopColor,
        fill: getComputedStyle(el).backgroundColor,
        background: behind(el),
      }));
  });
  return fields
    .filter((f) => contrast(f.border, f.background) < 3)
    .filter((f) => f.fill === 'rgba(0, 0, 0, 0)' || contrast(f.fill, f.background) < 3)
    .map((f) => `${f.name}: ${f.border} on ${f.background}`);
}

/** The focused element's id, and the best contrast of its focus rings (outline, box-shadow) with what is behind it. */
async function focusRing(): Promise<{ id: string; contrast: number }> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    let behind: Element | null = el.parentElement;
    while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
    const style = getComputedStyle(el);
    const rings = [style.outlineStyle === 'none' ? '' : style.outlineColor, style.boxShadow];
    return {
      id: el.id,
      rings: rings.filter((ring) => ring.startsWith('rgb')),
      background: getComputedStyle(behind ?? document.documentElement).backgroundColor,
    };
  });
  const best = Math.max(0, ...focused.rings.map((ring) => contrast(ring, focused.background)));
  return { id: focused.id, contrast: Math.round(best * 10) / 10 };
}

/** The focused element: its id, else its text (never <body>'s, which says focus was lost). */
const focused = () =>
  page.evaluate(() =>
    document.activeElement === document.body
      ? 'body'
      : document.activeElement?.id || document.activeElement?.textContent,
  );

/**
 * On a phone, the menu link focused: how much of its focus ring (3 px outside a 2 px gap) is cut by
 * the scrolled row's edges or hidden under its "‹"/"›" marks (2rem wide), in px; 0 when none is.
 */
const menuRingHidden = () =>
  page.evaluate(async () => {
    // the marks follow the row's scroll events: measured once they have
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const link = document.activeElement as HTMLElement;
    const row = link.closest('ul')!.getBoundingClientRect();
    const more = link.closest('nav')!.dataset.more ?? '';
    const mark = 2 * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const ring = link.getBoundingClientRect();
    const [top, bottom, left, right] = [ring.top - 5, ring.bottom + 5, ring.left - 5, ring.right + 5];
    const hidden = [
      row.top - top,
      bottom - row.bottom,
      row.left + (more.includes('left') ? mark : 0) - left,
      right - (row.right - (more.includes('right') ? mark : 0)),
    ];
    return { link: link.textContent, hidden: Math.max(0, Math.ceil(Math.max(...hidden))) };
  });

const heading = () => page.locator('main h1').textContent();
const open = async (hash: string, shown: string) => {
  await page.goto(`${setup.api}/${hash}`);
  await page.locator(shown).first().waitFor();
};

describe('accessibility (WCAG 2.1 AA) of every screen, at desktop and phone widths', () => {
  it('every screen passes axe, is titled by its heading and skips no heading level; fields and focus rings show at 3:1, buttons are 44 px, and no action leaves the focus on <body>', async () => {
    const report = await apiAs(setup.api, STAFF, 'PUT', `/v1/fiscal-years/2566/obligations/${REPORTED}/report`, {
      progress: 'done',
      summary: 'รายงานผลต่อที่ประชุมประจำเดือนพฤศจิกายนแล้ว',
    });
    expect(report.status).toBe(200);
    const violations: string[] = [];
    const titles: string[] = [];
    const headingSkips: string[] = [];
    const check = async (screen: string) => {
      violations.push(...(await audit(screen)));
      // WCAG 2.4.2: the title names the screen, by its heading
      const h1 = (await page.locator('main h1').first().textContent())?.replace(/\s+/g, ' ').trim();
      if ((await page.title()) !== `${h1} - ติดตามมาตรการ ITA`) titles.push(`${screen}: ${await page.title()}`);
      headingSkips.push(...(await skippedHeadings()).map((skip) => `${screen}: ${skip}`));
    };

    await open('#/sign-in', 'button[data-email]');
    await check('sign-in');
    await signInAs(page, setup.api, STAFF);
    await expect.poll(heading).toBe('งานที่ต้องรายงานของกองคลัง');
    await check("staff's list");
    await open(`#/fy/2566/o/${TO_REPORT}`, '.report-form');
    await check('report form');
    // WCAG 1.4.11: a ring of at least 3:1 on the form's white and on the blue header
    await page.locator('#f-summary').focus();
    expect.soft(await focusRing()).toEqual({ id: 'f-summary', contrast: expect.closeTo(15, -1) });
    await page.keyboard.press('Tab');
    await page.locator('#fy').focus();
    expect.soft((await focusRing()).contrast).toBeGreaterThanOrEqual(3);
    // three links added by keyboard, then removed: the focus goes to the next button, else the one
    // before, else the file button, and the live region says what went (WCAG 2.4.3, 4.1.3)
    for (const title of ['ก', 'ข', 'ค']) {
      await page.locator('#f-evidence-link-url').fill(`https://example.org/${encodeURIComponent(title)}.pdf`);
      await page.locator('#f-evidence-link-title').fill(`รายงาน ${title}`);
      await page.getByRole('button', { name: 'เพิ่มลิงก์' }).press('Enter');
      await page.getByRole('button', { name: `นำ "รายงาน ${title}" ออก` }).waitFor();
      expect.soft(await page.locator('#status').textContent()).toBe(`เพิ่มลิงก์ "รายงาน ${title}" แล้ว`);
    }
    expect.soft(await shortTargets()).toEqual([]);
    const removing = async (title: string) => {
      const button = page.getByRole('button', { name: `นำ "${title}" ออก` });
      await button.press('Enter');
      await button.waitFor({ state: 'detached' });
      expect.soft(await page.locator('#status').textContent()).toBe(`นำ "${title}" ออกแล้ว`);
      return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    };
    expect.soft(await removing('รายงาน ข')).toBe('นำ "รายงาน ค" ออก');
    expect.soft(await removing('รายงาน ค')).toBe('นำ "รายงาน ก" ออก');
    expect.soft(await removing('รายงาน ก')).toBe('f-evidence-file');
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await check('report form with its errors');
    await open(`#/fy/2566/o/${REPORTED}`, '.history [data-version="1"]');
    await check("a sent report's history");
    await open('#/calendar', 'main input');
    await check('calendar');
    expect.soft(await faintBorders()).toEqual([]);
    // a screen drawn again after a send leaves the focus on what it made, not on <body> (WCAG 2.4.3)
    await page.locator('#feed-label').fill('โทรศัพท์');
    await page.getByRole('button', { name: 'สร้างลิงก์ปฏิทิน' }).press('Enter');
    await page.locator('#feed-url').waitFor();
    expect.soft(await focused()).toBe('feed-url');

    await signOutOf(page);
    await signInAs(page, setup.api, COORDINATOR);
    await open('#/fy/2566/overview', 'main table');
    await check('overview');
    // the month select's border was 2.8:1 on the page's grey
    expect.soft(await faintBorders()).toEqual([]);
    // choosing a month (arrow keys on the closed select choose at each press) keeps the focus on the
    // select and says the screen's heading: it took the focus to the h1 (WCAG 3.2.2)
    await page.locator('#month').focus();
    await page.locator('#month').selectOption('2023-01');
    await page.locator('main table caption', { hasText: 'มกราคม ๒๕๖๖' }).first().waitFor();
    expect.soft(await focused()).toBe('month');
    expect.soft(await page.locator('#status').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    // a phone's menu row, tabbed through both ways: no link's ring cut or under a mark (it was, by up to 81 px)
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('nav a').first().focus();
    const rings = [await menuRingHidden()];
    for (const key of [...Array<string>(6).fill('Tab'), ...Array<string>(6).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      rings.push(await menuRingHidden());
    }
    expect.soft(rings.filter((ring) => ring.hidden > 0)).toEqual([]);
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await open(`#/fy/2566/o/${REPORTED}`, '.review-form');
    await page.getByLabel('ส่งกลับให้แก้ไข', { exact: true }).check();
    await page.getByRole('button', { name: 'บันทึกผลการตรวจ' }).click();
    await page.locator('#err-comment').filter({ hasText: /\S/ }).waitFor();
    await check('review, returning without a comment');
    await open('#/fy/2566/plan', '.measure-card');
    await page.locator('.measure-card summary').first().click();
    await check('plan editor');
    // "ลบการติดตามผลข้อ ๑" was 34 px tall
    expect.soft(await shortTargets()).toEqual([]);
    await page.locator('.plan-file-import input[type="file"]').setInputFiles(PLAN_FILE);
    await page.locator('.draft-source[data-source="file"]').waitFor();
    await check("plan editor, an imported file's preview");
    expect.soft(await shortTargets()).toEqual([]);
    await open('#/fy/2566/plan/history', 'main h1');
    await check('plan history');
    await open('#/fy/2566/plan/scores', 'main input');
    await check('ITA scores');
    // a form sent with no redraw: its disabled button had lost the focus to <body>
    await page.locator('#score-1').fill('80');
    await page.getByRole('button', { name: 'บันทึกคะแนน' }).press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^บันทึกคะแนน ITA/);
    expect.soft(await focused()).toBe('บันทึกคะแนน');
    await open('#/people', '[data-person]');
    await page.locator('details.add-form summary', { hasText: 'เพิ่มผู้ใช้งาน' }).click();
    await check('people');
    expect.soft(await faintBorders()).toEqual([]);
    await page.locator('#new-person-email').fill('somchai.a11y@demo.example.org');
    await page.locator('#new-person-name').fill('นายสมชาย ทดสอบ');
    await page.locator('#new-person-unitId').selectOption('finance');
    await page.getByRole('button', { name: 'เพิ่มผู้ใช้งาน', exact: true }).press('Enter');
    await page.locator('[data-person="somchai.a11y@demo.example.org"]').waitFor();
    expect.soft(await focused()).toBe('นายสมชาย ทดสอบ');
    await page.locator('[data-unit="clerk"] summary').click();
    // a change to save (a form saved unchanged sends nothing since session 60)
    await page.locator('#unit-clerk-aliases').fill('สำนักปลัด\nสป.\nสำนักปลัดเทศบาลฯ');
    await page.locator('[data-unit="clerk"]').getByRole('button', { name: 'บันทึก', exact: true }).press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^บันทึกหน่วยงาน /);
    expect.soft(await focused()).toMatch(/^สำนักปลัด/);
    // 21 changes to a person: their history shows 20, and แสดงเพิ่มเติม the rest
    for (let i = 0; i < 21; i++) {
      const renamed = await apiAs(setup.api, COORDINATOR, 'PUT', `/v1/people/${EDITED}`, {
        name: i % 2 ? 'หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม' : 'นางสาวสุดา ใจดี',
      });
      expect(renamed.status).toBe(200);
    }
    await open(`#/people/${EDITED}`, 'main form');
    await check('a person');
    await page.getByRole('button', { name: 'แสดงเพิ่มเติม' }).press('Enter');
    await expect.poll(() => page.locator('.audit-item').count()).toBeGreaterThan(20);
    // the first item read has the focus, not <body>
    expect
      .soft(await page.evaluate(() => [...document.querySelectorAll('.audit-item')].indexOf(document.activeElement!)))
      .toBe(20);
    await page.locator('#person-name').fill('หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม');
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).press('Enter');
    await expect
      .poll(() => page.locator('#status').textContent())
      .toMatch(/^บันทึกข้อมูลของ หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม แล้ว/);
    expect.soft(await focused()).toBe('edit-title');
    await open('#/fy/2566/annual-report', 'main h1');
    await check('annual report');
    // the button, disabled while asked, lost the focus
    await page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' }).press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^เริ่มจัดทำ/);
    expect.soft(await focused()).toBe('จัดทำรายงานผลประจำปี');
    await open('#/fy/2566/plan-document', 'main h1');
    await check('plan document');
    await open('#/fy/2566/nothing', 'main h1');
    await check('not found');

    // soft: one run lists every kind of fault
    expect.soft(violations).toEqual([]);
    expect.soft(titles).toEqual([]);
    expect.soft(headingSkips).toEqual([]);
  });
});
