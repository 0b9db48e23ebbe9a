// Thai presentation for the page: the same formatting the emails and documents use.
export {
  formatThaiDate,
  formatThaiDateTime,
  formatThaiMonth,
  fromThaiDigits,
  thaiFileSize,
  toThaiDigits,
} from '../../shared/domain/thai-format.js';
export {
  OBLIGATION_STATUS_LABELS,
  PROGRESS_LABELS,
  REVIEW_COMMENT_LABEL,
  ROLE_LABELS,
  roleLabelsOf,
} from '../../shared/domain/status-labels.js';
import { OBLIGATION_STATUS_LABELS } from '../../shared/domain/status-labels.js';
import type { ObligationStatus } from '../../shared/domain/obligations.js';
import { h } from './dom.js';

export function statusBadge(status: ObligationStatus): HTMLElement {
  return h('span', { class: `badge badge-${status}` }, OBLIGATION_STATUS_LABELS[status]);
}
