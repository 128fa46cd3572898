/**
 * A run finished by a trigger has nobody to show its result to. It leaves a notice for the
 * account that started it (document properties, one key per account), shown as a dialog the
 * next time that account uses the menu, then removed. The links lead to files in that
 * account's own Drive, unshared, so nobody else could open them anyway.
 */
import { formatInSheetZone } from '../domain/dates';
import { ACCESS } from '../i18n/access';
import { UI } from '../i18n/ui';
import { escapeHtml, showDialog } from './env';
import type { ExportSummary } from './exports';
import { showOutsideNotice } from './trigger-context';

type Props = GoogleAppsScript.Properties.Properties;

export interface PendingNotice {
  action: string;
  at: number;
  files: Pick<ExportSummary, 'fileName' | 'url' | 'rows'>[];
  summary: string;
}

const keyOf = (user: string): string => `notice:${user.trim().toLowerCase()}`;

export function leaveNotice(props: Props, user: string, notice: PendingNotice): void {
  if (user.trim() === '') return;
  props.setProperty(keyOf(user), JSON.stringify(notice));
}

export function takeNotice(props: Props, user: string): PendingNotice | null {
  if (user.trim() === '') return null;
  const raw = props.getProperty(keyOf(user));
  if (!raw) return null;
  props.deleteProperty(keyOf(user));
  try {
    return JSON.parse(raw) as PendingNotice;
  } catch {
    return null;
  }
}

const localTime = (ms: number): string => formatInSheetZone(new Date(ms), 'HH:mm dd/MM/yyyy');

/** Shows and clears `user`'s pending notice, if any. */
export function showPendingNotice(props: Props, user: string): boolean {
  const ss = SpreadsheetApp.getActive();
  if (ss) showOutsideNotice(ss);
  const notice = takeNotice(props, user);
  if (!notice) return false;
  const links = notice.files
    .map(
      (f) =>
        `<li><a href="${escapeHtml(f.url)}" target="_blank" rel="noopener">${escapeHtml(f.fileName)}</a> (${escapeHtml(UI.exportDialog.body(f.rows))})</li>`,
    )
    .join('');
  const files = links
    ? `<p>${escapeHtml(ACCESS.noticeFiles)}</p><ul>${links}</ul><p style="color:#b3261e">${escapeHtml(UI.exportDialog.warning)}</p>`
    : '';
  showDialog(
    `<div style="font-family:Arial,sans-serif;font-size:14px"><p>${escapeHtml(ACCESS.noticeBody(notice.action, localTime(notice.at)))}</p>` +
      `${notice.summary ? `<p>${escapeHtml(notice.summary)}</p>` : ''}${files}</div>`,
    ACCESS.noticeTitle,
  );
  return true;
}
