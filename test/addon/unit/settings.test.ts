import fc from 'fast-check';
import { addressPatternSchema, baseLocalPart } from '../../../src/domain/addresses';
import { formatInSheetZone } from '../../../src/domain/dates';
import { DEFAULT_SETTINGS } from '../../../src/domain/types';
import {
  formatLocalDateTime,
  parseStoredSettings,
  serializeSettings,
  validateSettingsForm,
} from '../../../src/addon/settings';
import { mayChange } from '../../../src/addon/permissions';

const form = {
  domain: 'haiphong.edu.vn',
  addressPattern: '{given}{initials}',
  deadline: '2025-09-15T17:00',
  allowedUsers: 'vanphong@haiphong.edu.vn\nTruongPhong.TCCB@haiphong.edu.vn',
  notifyFocalPersons: true,
};

describe('settings form', () => {
  it('reads the deadline as Hai Phong wall-clock time and round-trips through storage', () => {
    const r = validateSettingsForm(form);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.settings.deadline!.toISOString()).toBe('2025-09-15T10:00:00.000Z');
    expect(r.settings.allowedUsers).toEqual(['vanphong@haiphong.edu.vn', 'truongphong.tccb@haiphong.edu.vn']);
    const back = parseStoredSettings(serializeSettings(r.settings));
    expect(back.warning).toBeUndefined();
    expect(formatLocalDateTime(back.settings.deadline)).toBe('2025-09-15T17:00');
    expect(back.settings).toEqual(r.settings);
  });

  it('reads and shows the deadline in Hai Phong time whatever zone the machine is in', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = zone;
        const r = validateSettingsForm({ ...form, deadline: '2025-03-09T02:30' });
        if (!r.ok) throw new Error(r.errors.join());
        expect(r.settings.deadline!.toISOString()).toBe('2025-03-08T19:30:00.000Z');
        expect(formatLocalDateTime(r.settings.deadline)).toBe('2025-03-09T02:30');
        const dayOnly = validateSettingsForm({ ...form, deadline: '2025-12-31' });
        expect(dayOnly.ok && dayOnly.settings.deadline!.toISOString()).toBe('2025-12-31T16:59:00.000Z');
        // Export file names carry the same wall-clock time (here past midnight in Hai Phong).
        expect(formatInSheetZone(new Date('2026-11-19T17:30:00Z'), 'yyyyMMdd-HHmm')).toBe('20261120-0030');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('refuses a bad pattern, domain, date and e-mail with one Vietnamese message each', () => {
    const r = validateSettingsForm({
      ...form,
      domain: 'haiphong',
      addressPattern: '{ten}-{initials}',
      deadline: '2025-02-30T08:00',
      allowedUsers: 'van phong@',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.includes('Tên miền'))).toBe(true);
    expect(r.errors.some((e) => e.includes('{given}'))).toBe(true);
    expect(r.errors.some((e) => e.includes('{ten}'))).toBe(true);
    expect(r.errors.some((e) => e.includes('Hạn chót'))).toBe(true);
    expect(r.errors.some((e) => e.includes('"van"'))).toBe(true);
  });

  it('accepts exactly the address patterns the domain can use (the same rule in the form, storage and check)', () => {
    const part = fc.constantFrom(
      '{given}',
      '{initials}',
      '{family}',
      '{middle}',
      '{familyInitial}',
      'gv',
      '.',
      '_',
      '-',
      '2',
      '{ten}',
      'A',
      'đ',
      '{',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const pattern = parts.join('');
        const r = validateSettingsForm({ ...form, addressPattern: pattern });
        expect(r.ok).toBe(addressPatternSchema.safeParse(pattern).success);
        if (!r.ok) return;
        expect(parseStoredSettings(serializeSettings(r.settings)).warning).toBeUndefined();
        expect(baseLocalPart('Nguyễn Văn An', pattern)).toMatch(/^[a-z0-9._-]*$/);
      }),
    );
    // Patterns the form used to refuse although addresses are built from them.
    for (const pattern of ['{family}{given}', '{given}_{familyInitial}', '{given}-{initials}'])
      expect(validateSettingsForm({ ...form, addressPattern: pattern }).ok).toBe(true);
  });

  it('falls back to the defaults, with a warning, when the stored value is damaged', () => {
    expect(parseStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(parseStoredSettings('{"domain":')).toMatchObject({
      settings: DEFAULT_SETTINGS,
      warning: expect.stringContaining('mặc định'),
    });
    expect(parseStoredSettings('{"allowedUsers":["không phải email"]}').warning).toBeDefined();
  });
});

describe('who may change the workbook', () => {
  const owner = 'vp.sogddt@haiphong.edu.vn';
  it('only the owner while the list is empty', () => {
    expect(mayChange(owner, owner, DEFAULT_SETTINGS).ok).toBe(true);
    const unit = mayChange('thcs.lechan@haiphong.edu.vn', owner, DEFAULT_SETTINGS);
    expect(unit).toEqual({ ok: false, message: expect.stringContaining('chủ sở hữu') });
  });
  it('the listed Văn phòng accounts (any case) and the owner once the list is filled', () => {
    const settings = { ...DEFAULT_SETTINGS, allowedUsers: ['chuyenvien.vp@haiphong.edu.vn'] };
    expect(mayChange('ChuyenVien.VP@haiphong.edu.vn', owner, settings).ok).toBe(true);
    expect(mayChange(owner, owner, settings).ok).toBe(true);
    const refused = mayChange('thcs.lechan@haiphong.edu.vn', owner, settings);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('thcs.lechan@haiphong.edu.vn');
    expect(mayChange('', owner, settings).ok).toBe(false);
  });
});
