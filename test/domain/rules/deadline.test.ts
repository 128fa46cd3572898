import { flagDeadline } from '../../../src/domain/rules/deadline';
import { cleanPerson, NOW } from './fixtures';
import { readPeople } from './step-fixtures';

describe('flagDeadline', () => {
  const deadline = new Date(2025, 8, 1, 17, 0);

  it('stamps an unstamped row with the run time and flags it when that is past the deadline', () => {
    const { sheet, people } = readPeople([cleanPerson(1)]);
    flagDeadline(sheet, people[0], NOW, deadline);
    expect(people[0].receivedAt).toBe(NOW);
    expect(people[0].findings).toEqual([
      expect.objectContaining({
        code: 'AFTER_DEADLINE',
        column: 'Ghi nhận lúc',
        message: expect.stringContaining('09:00 05/09/2025'),
      }),
    ]);
  });

  it('leaves a row alone without stamping, before the deadline, or without one', () => {
    const { sheet, people } = readPeople([cleanPerson(2), cleanPerson(3), cleanPerson(4)]);
    flagDeadline(sheet, people[0], null, deadline);
    people[1].receivedAt = new Date(2025, 8, 1, 16, 59);
    flagDeadline(sheet, people[1], NOW, deadline);
    flagDeadline(sheet, people[2], NOW, null);
    expect(people[0].receivedAt).toBe('');
    expect(people.map((p) => p.findings)).toEqual([[], [], []]);
  });
});
