// Sign-in: Cognito managed login in AWS; locally, a list of the demo people to act as.
import { h, replaceContent } from '../dom.js';
import { demoPeople, signInAsDemoPerson, startCognitoSignIn } from '../session.js';
import type { WebConfig } from '../web-config.js';
import { keptDraft } from '../kept-draft.js';
import { toThaiDigits } from '../thai.js';

/** `next()`: the address a sign-in leads to; `signedIn`: draws it when the address is already that. */
export function signInScreen(config: WebConfig, next: () => string, signedIn: () => void): HTMLElement {
  const body = h('div', {});
  const kept = keptDraft();
  const main = h(
    'main',
    { id: 'main', class: 'sign-in' },
    h('h1', {}, 'เข้าสู่ระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส'),
    kept &&
      h(
        'p',
        { class: 'kept-draft', role: 'status' },
        `หมดเวลาการเข้าสู่ระบบ ร่างแผนมาตรการปีงบประมาณ ${toThaiDigits(kept.fy)} ที่ยังไม่บันทึกเก็บไว้แล้ว เข้าสู่ระบบอีกครั้งแล้วร่างจะกลับมาให้ตรวจและบันทึก`,
      ),
    body,
  );
  if (config.auth.kind === 'cognito') {
    const auth = config.auth;
    replaceContent(
      body,
      h('p', {}, 'ใช้อีเมลและรหัสผ่านที่ผู้ดูแลระบบขององค์กรแจ้งให้ทราบ'),
      h('button', { type: 'button', class: 'primary', onclick: () => void startCognitoSignIn(auth) }, 'เข้าสู่ระบบ'),
    );
    return main;
  }
  replaceContent(body, h('p', { class: 'loading' }, 'กำลังโหลดรายชื่อ…'));
  demoPeople()
    .then((people) => {
      const choose = async (email: string) => {
        await signInAsDemoPerson(email);
        const to = next();
        if (location.hash === to) signedIn();
        else location.hash = to;
      };
      replaceContent(
        body,
        h('p', {}, 'ระบบทดลองในเครื่องนี้: เลือกผู้ใช้ตัวอย่างที่จะเข้าใช้งาน'),
        h(
          'ul',
          { class: 'people' },
          people.map((p) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'person', 'data-email': p.email, onclick: () => void choose(p.email) },
                h('strong', {}, p.name),
                h('span', {}, p.description),
              ),
            ),
          ),
        ),
      );
    })
    .catch(() => replaceContent(body, h('p', { class: 'alert', role: 'alert' }, 'โหลดรายชื่อผู้ใช้ตัวอย่างไม่สำเร็จ')));
  return main;
}
