/** How a row's person is reached: phone, personal e-mail and the e-mail they may already have. */
import { FINDING_TEXT } from '../../i18n/findings';
import { parseEmail } from '../email';
import type { RosterPerson } from '../person';
import { explainInvalidPhone, parsePhone } from '../phone';
import type { CellValue } from '../types';
import type { RowFindings } from './row-findings';

export function checkPhone(cell: CellValue, person: RosterPerson, findings: RowFindings): void {
  const phone = parsePhone(cell);
  if (phone.kind === 'ok') {
    person.phoneE164 = phone.e164;
    person.phoneIsMobile = phone.type === 'mobile';
  } else if (phone.kind === 'invalid')
    findings.flag('phone', 'PHONE_INVALID', FINDING_TEXT.phone(phone.raw, explainInvalidPhone(phone.raw)));
}

/** The parsed address, or '' (flagged when the cell holds something that is not one). */
export function checkEmail(cell: CellValue, field: 'personalEmail' | 'existingEmail', findings: RowFindings): string {
  const email = parseEmail(cell);
  if (email.kind === 'ok') return email.address;
  if (email.kind === 'invalid')
    findings.flag(field, 'EMAIL_INVALID', FINDING_TEXT.email(findings.headerText(field, field), email.raw));
  return '';
}
