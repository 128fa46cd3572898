import { STATUS } from '../../../src/i18n/findings';
import { assembleOutcomes, rowState, statusText } from '../../../src/domain/rules/outcome';
import type { ServiceDecisions } from '../../../src/domain/services';
import type { Finding } from '../../../src/domain/types';
import { cleanPerson } from './fixtures';
import { readPeople } from './step-fixtures';

const finding = (code: Finding['code']): Finding => ({ sheet: 'Danh sách', row: 2, column: 'x', code, message: code });
const noServices: ServiceDecisions = {
  active: { eoffice: false, signature: false },
  states: { eoffice: [], signature: [] },
  records: { eoffice: [], signature: [] },
  ownedAt: [],
  activeIn: [],
};

describe('rowState', () => {
  it('ranks duplicate over existing account over error; warnings do not hold', () => {
    expect(rowState([finding('HAS_ACCOUNT'), finding('DUPLICATE_PERSON')]).state).toBe('duplicate');
    expect(rowState([finding('PHONE_INVALID'), finding('HAS_ACCOUNT')]).state).toBe('hasAccount');
    expect(rowState([finding('PHONE_INVALID')])).toEqual({ state: 'error', holding: true });
    expect(rowState([finding('AFTER_DEADLINE')])).toEqual({ state: 'valid', holding: false });
  });
});

describe('assembleOutcomes', () => {
  it('shows each row its status and address, counts people and writes one provisioning record per new mailbox', () => {
    const { people } = readPeople([cleanPerson(1), { ...cleanPerson(2), phone: '123' }, {}, cleanPerson(3)]);
    const addressOf = (p: (typeof people)[number]): string =>
      p.ref.row === 2 ? 'a@haiphong.edu.vn' : p.ref.row === 5 ? 'b@elsewhere.vn' : '';
    const r = assembleOutcomes(
      people,
      addressOf,
      (p) => (p.ref.row === 2 ? { stage: 'exported', batch: 2 } : { stage: 'assigned' }),
      ['k1', 'k2', undefined as never, 'k3'],
      noServices,
      '@haiphong.edu.vn',
      1,
    );
    expect(r.outcomes.map((o) => o.status)).toEqual([
      'Đã xuất đợt 2',
      STATUS.error,
      '',
      statusText(people[3], 'valid', { stage: 'assigned' }),
    ]);
    expect(r.outcomes[3].status).toBe(STATUS.assigned);
    expect(r.tallies.map((t) => t.stage)).toEqual(['exported', null, 'assigned']);
    expect(r.outcomes.map((o) => o.unitKey)).toEqual(['k1', 'k2', '', 'k3']);
    expect(r.outcomes[1].messages).toBe(people[1].findings.map((f) => f.message).join('\n'));
    expect(r.counts).toMatchObject({ rowsRead: 4, people: 3, valid: 2, withErrors: 1, assigned: 2, newlyAssigned: 1 });
    expect(r.provisioning.map((p) => p.address)).toEqual(['a@haiphong.edu.vn']);
    expect(r.tallies).toHaveLength(3);
  });
});
