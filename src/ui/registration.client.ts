/** The registration sidebar: pick commune and unit, type one person, check, save. */
import type { FieldMessage, RegistrationCheck, RegistrationFormData } from '../addon/registration';
import { coveredBy, type Service } from '../domain/positions';
import { SERVICE_NAMES } from '../i18n/findings';
import { UI } from '../i18n/ui';
import { byId, clear, el, errorText } from './dom';
import { call } from './rpc';
import { SIDEBAR_CSS } from './style';

const T = UI.registration;
/** The form's inputs, in the order the sidebar shows them. */
const FIELDS = [
  'commune',
  'unit',
  'fullName',
  'dob',
  'gender',
  'position',
  'staffId',
  'cccd',
  'phone',
  'personalEmail',
  'existingEmail',
  'eofficeRequest',
  'signatureRequest',
  'note',
] as const;
type Field = (typeof FIELDS)[number];
const CHOICES: Record<Service, 'eofficeRequest' | 'signatureRequest'> = {
  eoffice: 'eofficeRequest',
  signature: 'signatureRequest',
};

let data: RegistrationFormData | null = null;

function field(id: Field, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  control.setAttribute('name', id);
  return el(
    'div',
    { class: 'field', 'data-field': id },
    el('label', { for: id }, label),
    control,
    hint ? el('div', { class: 'hint' }, hint) : null,
    el('div', { class: 'field-error', id: `${id}-error` }),
  );
}

function select(options: string[], placeholder: string): HTMLSelectElement {
  return el(
    'select',
    {},
    el('option', { value: '' }, placeholder),
    ...options.map((o) => el('option', { value: o }, o)),
  );
}

function communeSelect(d: RegistrationFormData): HTMLSelectElement {
  const s = el('select', {}, el('option', { value: '' }, T.communePlaceholder));
  for (const [region, label] of Object.entries(T.regionGroups)) {
    const group = el('optgroup', { label });
    for (const c of d.communes.filter((x) => x.region === region))
      group.append(el('option', { value: c.fullName }, c.fullName));
    s.append(group);
  }
  return s;
}

function render(d: RegistrationFormData): void {
  const app = byId('app');
  clear(app);
  app.append(
    el('style', {}, SIDEBAR_CSS),
    el('h1', {}, T.title),
    el('p', { class: 'intro' }, T.intro),
    el(
      'form',
      { id: 'form', novalidate: true },
      field('commune', T.commune, communeSelect(d)),
      field('unit', T.unit, el('input', { type: 'text', list: 'unit-list', autocomplete: 'off' }), T.unitHint),
      el('datalist', { id: 'unit-list' }),
      field('fullName', T.fullName, el('input', { type: 'text', autocomplete: 'off' })),
      el(
        'div',
        { class: 'row' },
        field('dob', T.dob, el('input', { type: 'date' })),
        field('gender', T.gender, select(d.genders, T.choose)),
      ),
      field('position', T.position, select(d.positions, T.choose)),
      field('staffId', T.staffId, el('input', { type: 'text', inputmode: 'numeric' })),
      field('cccd', T.cccd, el('input', { type: 'text', inputmode: 'numeric', maxlength: '12' })),
      field('phone', T.phone, el('input', { type: 'tel' })),
      field('personalEmail', T.personalEmail, el('input', { type: 'email' })),
      field('existingEmail', T.existingEmail, el('input', { type: 'email' })),
      el(
        'fieldset',
        { class: 'services' },
        el('legend', {}, T.services),
        el('p', { class: 'hint', id: 'services-plan' }, T.servicesPlan),
        el(
          'div',
          { class: 'row' },
          field('eofficeRequest', T.eofficeRequest, select(d.serviceChoices, T.choose)),
          field('signatureRequest', T.signatureRequest, select(d.serviceChoices, T.choose)),
        ),
        el('div', { id: 'services-warning', role: 'status' }),
      ),
      field('note', T.note, el('textarea', {})),
      el(
        'div',
        { class: 'actions' },
        el('button', { type: 'button', id: 'check' }, T.check),
        el('button', { type: 'submit', id: 'save', class: 'primary' }, T.save),
      ),
    ),
    el('div', { id: 'messages', role: 'status' }),
  );
  byId<HTMLSelectElement>('commune').addEventListener('change', fillUnits);
  byId<HTMLSelectElement>('position').addEventListener('change', prefillServices);
  for (const id of Object.values(CHOICES)) byId(id).addEventListener('change', warnServices);
  byId('check').addEventListener('click', () => void check());
  byId<HTMLFormElement>('form').addEventListener('submit', (e) => {
    e.preventDefault();
    void save();
  });
}

function fillUnits(): void {
  const list = byId('unit-list');
  clear(list);
  const commune = byId<HTMLSelectElement>('commune').value;
  for (const unit of data?.units[commune] ?? []) list.append(el('option', { value: unit }));
}

/** The plan decides by position: covered people are pre-filled yes, the others no. */
const [YES, NO] = UI.validation.serviceChoices;

function prefillServices(): void {
  const position = byId<HTMLSelectElement>('position').value;
  for (const [service, id] of Object.entries(CHOICES) as [Service, Field][]) {
    byId<HTMLSelectElement>(id).value = position === '' ? '' : coveredBy(service, position) ? YES : NO;
  }
  warnServices();
}

/** 'Có' outside the plan is allowed (Văn phòng decides), only pointed out. */
function warnServices(): void {
  const box = byId('services-warning');
  clear(box);
  const position = byId<HTMLSelectElement>('position').value;
  const outside = (Object.entries(CHOICES) as [Service, Field][])
    .filter(([service, id]) => byId<HTMLSelectElement>(id).value === YES && !coveredBy(service, position))
    .map(([service]) => SERVICE_NAMES[service]);
  if (outside.length > 0) box.append(el('div', { class: 'box warn' }, T.notCovered(outside.join(', '))));
}

function readForm(): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const f of FIELDS) out[f] = (byId<HTMLInputElement>(f).value ?? '').toString();
  return out;
}

function showMessages(kind: 'error' | 'warn' | 'ok', title: string, items: FieldMessage[] = []): void {
  const box = el('div', { class: `box ${kind}` }, el('strong', {}, title));
  if (items.length > 0) box.append(el('ul', {}, ...items.map((m) => el('li', {}, m.message))));
  byId('messages').append(box);
}

function showCheck(result: RegistrationCheck): void {
  const messages = byId('messages');
  clear(messages);
  for (const f of FIELDS) {
    byId(f).classList.remove('invalid');
    byId(`${f}-error`).textContent = '';
  }
  for (const m of result.errors) {
    if (!FIELDS.includes(m.field as Field)) continue;
    byId(m.field).classList.add('invalid');
    const slot = byId(`${m.field}-error`);
    slot.textContent = slot.textContent ? `${slot.textContent} ${m.message}` : m.message;
  }
  if (result.errors.length > 0) showMessages('error', T.problems, result.errors);
  if (result.warnings.length > 0) showMessages('warn', T.warnings, result.warnings);
}

function busy(on: boolean, text?: string): void {
  for (const id of ['check', 'save']) byId<HTMLButtonElement>(id).disabled = on;
  if (on && text) {
    const messages = byId('messages');
    clear(messages);
    messages.append(el('div', { class: 'box' }, text));
  }
}

function failure(message: string): void {
  const messages = byId('messages');
  clear(messages);
  showMessages('error', T.failed + message);
}

/** Both buttons call the server the same way: disabled meanwhile, any failure shown in place of an answer. */
async function whileBusy(text: string, work: () => Promise<void>): Promise<void> {
  busy(true, text);
  try {
    await work();
  } catch (e) {
    failure(errorText(e));
  } finally {
    busy(false);
  }
}

function check(): Promise<void> {
  return whileBusy(T.checking, async () => {
    const result = await call('validateRegistration', readForm());
    if ('errors' in result) {
      showCheck(result);
      if (result.ok) showMessages('ok', T.valid);
    } else failure(result.message);
  });
}

function save(): Promise<void> {
  return whileBusy(T.saving, async () => {
    const result = await call('submitRegistration', readForm());
    if ('errors' in result) {
      showCheck(result);
      if (result.ok && 'row' in result) {
        showMessages('ok', T.saved(result.row));
        // Keep commune and unit: the next person is usually from the same school.
        for (const f of FIELDS) if (f !== 'commune' && f !== 'unit') byId<HTMLInputElement>(f).value = '';
        warnServices();
      }
    } else failure(result.message);
  });
}

async function start(): Promise<void> {
  byId('app').append(
    el('style', {}, SIDEBAR_CSS),
    el('p', {}, T.loading),
    el('div', { id: 'messages', role: 'status' }),
  );
  try {
    const result = await call('getRegistrationFormData');
    if ('communes' in result) {
      data = result;
      render(result);
    } else failure(result.message);
  } catch (e) {
    failure(errorText(e));
  }
}

void start();
