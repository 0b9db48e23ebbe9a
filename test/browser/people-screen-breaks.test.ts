/// <reference lib="dom" />
// ผู้ใช้งานและหน่วยงาน as a municipal coordinator broke it (break s60-E): a unit changed on the page
// while another coordinator changed another of its fields; long emails, names and aliases on a
// 375 px phone.
import { describe, expect, it } from 'vitest';
import { onCoordinatorSystem } from '../support/browser-system.js';
import { apiAs, COORDINATOR } from '../support/local-sign-in.js';

const system = onCoordinatorSystem('2023-04-20');

/** The people screen, the unit's form opened; then `meanwhile` (the other coordinator) changes it. */
async function openUnit(unitId: string, meanwhile: Record<string, unknown>) {
  await system.page().goto(`${system.setup().api}/#/people`);
  await system.page().reload();
  await system.page().locator(`li[data-unit="${unitId}"] summary`).click();
  expect((await apiAs(system.setup().api, COORDINATOR, 'PUT', `/v1/units/${unitId}`, meanwhile)).status).toBe(200);
}

async function save(unitId: string) {
  await system.page().locator(`li[data-unit="${unitId}"] form button[type="submit"]`).click();
  await expect
    .poll(() => system.page().locator('[aria-live]').allTextContents())
    .toContainEqual(expect.stringContaining('บันทึกหน่วยงาน'));
}

async function stored(unitId: string) {
  const { body } = await apiAs(system.setup().api, COORDINATOR, 'GET', '/v1/units');
  const unit = (body.items as { unitId: string; name: string; aliases: string[] }[]).find((u) => u.unitId === unitId)!;
  return { name: unit.name, aliases: unit.aliases };
}

describe('a unit saved on the page after another coordinator changed it', () => {
  it('renamed on the page, aliases added meanwhile: the unit has the new name and the added aliases', async () => {
    await openUnit('education', { aliases: ['กองการศึกษาฯ'] });
    await system.page().locator('#unit-education-name').fill('กองการศึกษา ศาสนาและวัฒนธรรม');
    await save('education');
    expect(await stored('education')).toEqual({ name: 'กองการศึกษา ศาสนาและวัฒนธรรม', aliases: ['กองการศึกษาฯ'] });
  });

  it('aliases changed on the page, renamed meanwhile: the unit keeps the other rename', async () => {
    await openUnit('engineering', { name: 'กองช่างโยธา' });
    await system.page().locator('#unit-engineering-aliases').fill('กองช่าง\nงานโยธา');
    await save('engineering');
    expect(await stored('engineering')).toEqual({ name: 'กองช่างโยธา', aliases: ['กองช่าง', 'งานโยธา'] });
  });

  it('renamed on the page, aliases removed meanwhile: the removed aliases do not come back', async () => {
    await openUnit('health', { aliases: [] });
    await system.page().locator('#unit-health-name').fill('กองสาธารณสุข');
    await save('health');
    expect(await stored('health')).toEqual({ name: 'กองสาธารณสุข', aliases: [] });
  });
});

describe('a unit saved on the page with nothing changed', () => {
  /** Saves the opened form unchanged: the page says nothing was saved. */
  async function saveUnchanged(unitId: string) {
    await system.page().locator(`li[data-unit="${unitId}"] form button[type="submit"]`).click();
    await expect
      .poll(() => system.page().locator('[aria-live]').allTextContents())
      .toContainEqual(expect.stringContaining('ไม่ได้แก้ไขหน่วยงาน จึงไม่ได้บันทึก'));
  }

  // s60 review: the form sent its stale name when nothing had changed, and put it back over the
  // other coordinator's rename (recorded as a rename, "บันทึกหน่วยงาน … แล้ว")
  it('renamed meanwhile: the other rename stays, nothing is written, and the list shows the new name', async () => {
    await openUnit('clerk', { name: 'สำนักปลัด เทศบาลตำบลดอนอะราง' });
    const changes = async () =>
      ((await apiAs(system.setup().api, COORDINATOR, 'GET', '/v1/units/clerk/audit')).body.items as unknown[]).length;
    const before = await changes();
    await saveUnchanged('clerk');
    expect((await stored('clerk')).name).toBe('สำนักปลัด เทศบาลตำบลดอนอะราง');
    await expect
      .poll(() => system.page().locator('li[data-unit="clerk"] summary').textContent())
      .toContain('สำนักปลัด เทศบาลตำบลดอนอะราง');
    expect(await changes()).toBe(before);
  });

  it('aliases changed meanwhile: they stay as the other coordinator left them', async () => {
    await openUnit('finance', { aliases: ['กองการคลัง'] });
    await saveUnchanged('finance');
    expect(await stored('finance')).toEqual({ name: 'กองคลัง', aliases: ['กองการคลัง'] });
  });
});

describe('long addresses and names on a 375 px phone', () => {
  /** How much wider than its box the row `selector` is (0: it wraps inside), and the page than the screen. */
  const overflow = (selector: string) =>
    system.page().evaluate((sel) => {
      const row = document.querySelector(sel)!;
      const root = document.documentElement;
      return { row: row.scrollWidth - row.clientWidth, page: root.scrollWidth - root.clientWidth };
    }, selector);

  async function add(email: string, name: string) {
    const body = { email, name, roles: ['staff'], unitId: 'finance' };
    const res = await apiAs(system.setup().api, COORDINATOR, 'POST', '/v1/people', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.personId as string;
  }

  async function open(address: string) {
    await system.page().setViewportSize({ width: 375, height: 812 });
    await system.page().goto(`${system.setup().api}/${address}`);
    await system.page().reload();
    await system.page().locator('main h1').waitFor();
    await system.page().locator('main section, main dl').first().waitFor();
  }

  it('a long government email in the people list wraps inside its row and the screen', async () => {
    await add('kong.songserm.kankaset.lae.phatthana@donarang.localgov.go.th', 'นางสาวสมศรี มีสุข');
    await open('#/people');
    expect(await overflow('[data-person^="kong.songserm"]')).toEqual({ row: 0, page: 0 });
  });

  it('a long alias of Latin letters wraps in its unit row, and the row opens', async () => {
    const made = await apiAs(system.setup().api, COORDINATOR, 'POST', '/v1/units', {
      unitId: 'agri',
      name: 'กองส่งเสริมการเกษตร',
      aliases: ['DivisionOfAgriculturalPromotionAndCommunityDevelopment'],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    await open('#/people');
    expect((await overflow('li[data-unit="agri"]')).row).toBe(0);
    await system.page().locator('li[data-unit="agri"] summary').click();
    expect(await system.page().locator('#unit-agri-name').isVisible()).toBe(true);
  });

  it('a long name of Latin letters wraps in the people list and on the person’s screen', async () => {
    const id = await add('somsak.w@donarang.localgov.go.th', 'MrChristopherAlexanderMontgomeryWorthingtonSmythe');
    await open('#/people');
    expect((await overflow('[data-person="somsak.w@donarang.localgov.go.th"]')).row).toBe(0);
    await open(`#/people/${id}`);
    expect((await overflow('main')).page).toBe(0);
  });

  it.each([375, 320])(
    'at %i px the head-of-unit box’s label "หัวหน้าหน่วยงาน (รับสรุปของหน่วยงาน)" keeps its row, its hint under it',
    async (width) => {
      await open('#/people/demo-staff-finance');
      await system.page().setViewportSize({ width, height: 812 });
      const label = system.page().locator('label[for$="-headOfUnit"]');
      const hint = system.page().locator('[id^="hint-"][id$="-headOfUnit"]');
      // the label's lines of text: it was one syllable a line (7 lines in a 40 px column)
      const lines = await label.evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBeLessThanOrEqual(2);
      const [l, h] = [(await label.boundingBox())!, (await hint.boundingBox())!];
      expect(h.y).toBeGreaterThanOrEqual(l.y + l.height - 1);
      expect((await overflow('main')).page).toBe(0);
    },
  );
});
