// Which screens a person may open, by the same rules the API asserts (caller.ts): the menu shows
// a screen's link by it, and the page opens the screen by it (a typed address, a redraw after the
// person's rights changed). Screens not listed are open to every signed-in person; the API still
// decides what they show (a unit, an obligation).
import type { Me } from './api-types.js';
import { managesPeople, managesPlan, mayReadDocumentsHistory, seesWholeOrgOf } from './caller.js';
import type { Route } from './routes.js';
import { ROLE_LABELS } from './thai.js';

type ScreenName = Route['screen'];

const EXECUTIVES_AND_ITA = `${ROLE_LABELS.coordinator} และ${ROLE_LABELS.executive}`;
const PEOPLE_MANAGERS = `${ROLE_LABELS.coordinator} และ${ROLE_LABELS.admin}`;

/** The screens for some people only: who may open them, and who that is in Thai. */
const FOR_SOME: Partial<Record<ScreenName, { may: (me: Me) => boolean; who: string }>> = {
  // GET …/obligations quietly narrows to the caller's unit for anyone else: a whole-org table of zeros
  overview: { may: seesWholeOrgOf, who: EXECUTIVES_AND_ITA },
  'documents-history': { may: mayReadDocumentsHistory, who: EXECUTIVES_AND_ITA },
  'ita-scores': { may: seesWholeOrgOf, who: EXECUTIVES_AND_ITA },
  plan: { may: managesPlan, who: ROLE_LABELS.coordinator },
  people: { may: managesPeople, who: PEOPLE_MANAGERS },
  person: { may: managesPeople, who: PEOPLE_MANAGERS },
};

/** Whether `me` may open the screen. */
export const mayOpen = (me: Me, screen: ScreenName): boolean => FOR_SOME[screen]?.may(me) ?? true;

/** Who may open the screen, in Thai ("คณะทำงาน ITA และผู้บริหาร"); undefined when anyone may. */
export const whoMayOpen = (screen: ScreenName): string | undefined => FOR_SOME[screen]?.who;
