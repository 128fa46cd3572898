/** The settings sidebar: read for everyone, editable for the owner and the listed Văn phòng accounts. */
import type { SettingsView } from '../addon/settings-handlers';
import type { SettingsForm } from '../addon/settings';
import { BATCH_TEXT } from '../i18n/batches';
import { MAIL_PLATFORMS } from '../domain/types';
import { UI } from '../i18n/ui';
import { byId, clear, el, errorText } from './dom';
import { call } from './rpc';
import { SIDEBAR_CSS } from './style';

const T = UI.settings;

function labelled(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  return el('div', {}, el('label', { for: id }, label), control, hint ? el('div', { class: 'hint' }, hint) : null);
}

function message(kind: 'error' | 'ok' | 'warn', title: string, lines: string[] = []): void {
  const box = byId('messages');
  clear(box);
  const node = el('div', { class: `box ${kind}` }, el('strong', {}, title));
  if (lines.length > 0) node.append(el('ul', {}, ...lines.map((l) => el('li', {}, l))));
  box.append(node);
}

function render(view: SettingsView): void {
  const app = byId('app');
  clear(app);
  const f = view.form;
  const disabled = !view.canEdit;
  const input = (type: string, value: string) => el('input', { type, value, disabled });
  const notify = el('input', { type: 'checkbox', id: 'notifyFocalPersons', checked: f.notifyFocalPersons, disabled });
  const platform = el(
    'select',
    { disabled },
    ...MAIL_PLATFORMS.map((p) =>
      el('option', { value: p, selected: p === (f.mailPlatform ?? '') }, BATCH_TEXT.platforms[p]),
    ),
  );
  const users = el('textarea', { disabled });
  users.value = f.allowedUsers;
  app.append(
    el('style', {}, SIDEBAR_CSS),
    el('h1', {}, T.title),
    ...(disabled ? [el('p', { class: 'box warn' }, T.readOnly)] : []),
    el(
      'form',
      { id: 'form', novalidate: true },
      labelled('domain', T.domain, input('text', f.domain)),
      labelled('addressPattern', T.addressPattern, input('text', f.addressPattern), T.addressPatternHint),
      labelled('deadline', T.deadline, input('datetime-local', f.deadline), T.deadlineHint),
      labelled('mailPlatform', T.mailPlatform, platform, T.mailPlatformHint),
      labelled('allowedUsers', T.allowedUsers, users, T.allowedUsersHint),
      el('label', { class: 'check' }, notify, T.notify),
      el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'save', class: 'primary', disabled }, T.save)),
    ),
    ...(view.registerKey
      ? [
          labelled(
            'registerKey',
            T.registerKey,
            el('input', { type: 'text', value: view.registerKey, readonly: true }),
            T.registerKeyHint,
          ),
        ]
      : []),
    el('div', { id: 'messages', role: 'status' }),
  );
  byId<HTMLFormElement>('form').addEventListener('submit', (e) => {
    e.preventDefault();
    void save();
  });
}

function readForm(): SettingsForm {
  const v = (id: string) => byId<HTMLInputElement>(id).value;
  return {
    domain: v('domain'),
    addressPattern: v('addressPattern'),
    deadline: v('deadline'),
    allowedUsers: v('allowedUsers'),
    notifyFocalPersons: byId<HTMLInputElement>('notifyFocalPersons').checked,
    mailPlatform: byId<HTMLSelectElement>('mailPlatform').value,
  };
}

async function save(): Promise<void> {
  const button = byId<HTMLButtonElement>('save');
  button.disabled = true;
  message('ok', T.saving);
  try {
    const result = await call('saveSettings', readForm());
    if (result.ok) message('ok', T.saved);
    else message('error', T.notSaved, 'errors' in result && result.errors ? result.errors : [result.message]);
  } catch (e) {
    message('error', errorText(e));
  } finally {
    button.disabled = false;
  }
}

async function start(): Promise<void> {
  byId('app').append(el('style', {}, SIDEBAR_CSS), el('p', {}, T.loading), el('div', { id: 'messages' }));
  try {
    const view = await call('getSettings');
    if ('form' in view) {
      render(view);
      if (view.warning) message('warn', view.warning);
    } else message('error', view.message);
  } catch (e) {
    message('error', errorText(e));
  }
}

void start();
