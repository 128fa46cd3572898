/** The registration sidebar as a unit uses it: opened from the menu, a person typed in field by field. */
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/local/workbook-data';
import { isoDate, type Person } from '../addon/fixtures';
import { UNIT_USER } from '../addon/runtime';
import { openFromMenu } from './sidebar-session';

export function openRegistrationForm(browser: Browser, workbook: WorkbookData): ReturnType<typeof openFromMenu> {
  return openFromMenu(browser, workbook, 'menuShowRegistrationForm', UNIT_USER);
}

/**
 * Types `p` into the form in the order a unit fills it. The position is chosen only when
 * asked, as choosing it resets the eOffice and signature choices a test may have set.
 */
export async function typePerson(
  page: Page,
  p: Person,
  { position = true, phone = p.phone }: { position?: boolean; phone?: string } = {},
): Promise<void> {
  await page.selectOption('#commune', p.commune);
  await page.fill('#unit', p.unit);
  await page.fill('#fullName', p.fullName);
  await page.fill('#dob', isoDate(p.dob));
  await page.selectOption('#gender', p.gender);
  if (position) await page.selectOption('#position', p.position);
  await page.fill('#cccd', p.cccd);
  await page.fill('#phone', phone);
  await page.fill('#personalEmail', p.email);
}
