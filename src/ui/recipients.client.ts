/**
 * The approval dialog of hand-over recipients: every pending proposal of 'Tổng hợp' with the
 * unit, the address Văn phòng approved before and the one proposed (outside the domain
 * marked), approve all, approve one, reject. The server checks Văn phòng's rights and what
 * is still pending; the page only shows and asks.
 */
import type { RecipientReview } from '../addon/recipient-approval';
import type { Decision, PendingRecipient } from '../domain/recipients';
import { RECIPIENT_TEXT as T } from '../i18n/handover';
import { byId, clear, el, errorText } from './dom';
import { call } from './rpc';
import { SIDEBAR_CSS } from './style';

const CSS = `${SIDEBAR_CSS}
table{border-collapse:collapse;width:100%;margin-top:8px}
th,td{border-bottom:1px solid #e0e0e0;padding:5px 6px;text-align:left;vertical-align:top}
td.actions{white-space:nowrap}td.actions button{padding:4px 10px;margin-right:4px}
.outside{color:#b3261e;font-weight:bold}.note{color:#5f6368;font-size:12px}
.list{max-height:420px;overflow:auto}`;

function message(kind: 'error' | 'ok' | 'warn', text: string): void {
  const box = byId('messages');
  clear(box);
  box.append(el('div', { class: `box ${kind}` }, text));
}

function busy(on: boolean): void {
  for (const b of Array.from(document.querySelectorAll('button'))) (b as HTMLButtonElement).disabled = on;
}

async function send(decisions: { approve: Decision[]; reject: Decision[] }): Promise<void> {
  busy(true);
  try {
    const result = await call('decideRecipients', decisions);
    if (result.ok) render(result);
    else message('error', result.message);
  } catch (e) {
    message('error', `${T.failed} ${errorText(e)}`);
  } finally {
    busy(false);
  }
}

const decision = (p: PendingRecipient): Decision => ({ unitKey: p.unitKey, address: p.proposed });

function row(p: PendingRecipient, domain: string): HTMLElement {
  const proposed = el(
    'td',
    {},
    el('span', { class: p.outside ? 'outside' : undefined }, p.proposed),
    p.outside ? el('div', { class: 'note outside' }, T.outside(domain)) : null,
    p.conflict ? el('div', { class: 'note' }, T.conflict) : null,
  );
  const approve = el('button', { type: 'button', class: 'primary' }, T.approve);
  const reject = el('button', { type: 'button' }, T.reject);
  approve.addEventListener('click', () => void send({ approve: [decision(p)], reject: [] }));
  reject.addEventListener('click', () => void send({ approve: [], reject: [decision(p)] }));
  return el(
    'tr',
    {},
    el('td', {}, p.label),
    el('td', {}, p.old || T.none),
    proposed,
    el('td', { class: 'actions' }, approve, reject),
  );
}

function render(view: RecipientReview): void {
  const app = byId('app');
  clear(app);
  const all = el(
    'button',
    { type: 'button', class: 'primary', id: 'approveAll', title: T.approveAllHint },
    T.approveAll,
  );
  all.addEventListener(
    'click',
    () => void send({ approve: view.pending.filter((p) => !p.conflict).map(decision), reject: [] }),
  );
  const table = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, ...T.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...view.pending.map((p) => row(p, view.domain))),
  );
  app.append(
    el('style', {}, CSS),
    el('p', { class: 'intro' }, T.intro),
    el('p', {}, `${T.pendingCount(view.pending.length)}. ${T.approvedCount(view.approved)}`),
    view.pending.length > 0 ? el('div', { class: 'actions' }, all) : el('p', {}, T.noPending),
    el('div', { class: 'list' }, view.pending.length > 0 ? table : null),
    el('div', { id: 'messages', role: 'status' }),
  );
  if (view.warning) message('warn', view.warning);
  else if (view.done) message('ok', view.done);
}

async function start(): Promise<void> {
  byId('app').append(el('style', {}, CSS), el('p', {}, T.loading), el('div', { id: 'messages' }));
  try {
    const view = await call('getRecipientReview');
    if (view.ok) render(view);
    else message('error', view.message);
  } catch (e) {
    message('error', errorText(e));
  }
}

void start();
