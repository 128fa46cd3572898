/**
 * A sidebar opened from the menu in the local runtime, shown in Chromium, its
 * google.script.run calls served by the same runtime as the given user.
 */
import type { Browser, Page } from 'playwright-core';
import type { WorkbookData } from '../../src/local/workbook-data';
import { startRuntime, type Runtime } from '../addon/runtime';
import { openSidebar } from './harness';

export function sidebarHtml(rt: Runtime): string {
  const sidebars = rt.ui.sidebars as unknown as { html?: string; content?: string }[];
  const last = sidebars[sidebars.length - 1];
  const html = last?.html ?? last?.content;
  if (!html) throw new Error('no sidebar was shown');
  return html;
}

export async function openFromMenu(
  browser: Browser,
  workbook: WorkbookData,
  menuHandler: string,
  user?: string,
): Promise<{ rt: Runtime; page: Page }> {
  const rt = startRuntime(workbook, user ? { user } : {});
  rt.run(menuHandler, [], { as: 'menu', user });
  const page = await openSidebar(
    browser,
    sidebarHtml(rt),
    (fn, args) => rt.scriptRun(user ?? rt.env.defaultUser, fn, args),
    300,
    rt.reachableFunctions(),
  );
  return { rt, page };
}
