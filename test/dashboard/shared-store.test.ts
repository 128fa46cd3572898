/**
 * The dashboard under the published add-on, whose script properties every installation shares
 * (every workbook of every tenant): each run keeps its snapshot under its own workbook's id, and
 * the page shows only the workbook named at deploy time, whoever else runs the add-on.
 */
import { createGoogleWorld } from '../../src/local/gas';
import { DASHBOARD_TEXT } from '../../src/i18n/dashboard';
import { bundleWith } from '../addon/access-helpers';
import { NOW, OWNER, startRuntime, type Runtime } from '../addon/runtime';
import { generated, openPage, pageTable } from './helpers';

const OTHER_TENANT = 'admin@truong-khac.edu.vn';

function addonWorkbooks(people: [number, number], dashboardSpreadsheetId?: (a: Runtime) => string) {
  const world = createGoogleWorld({ deployment: 'addon', now: NOW });
  const official = startRuntime(generated(people[0], 3), { world, account: 'workspace' });
  const other = startRuntime(generated(people[1], 5), {
    world,
    account: 'workspace',
    user: OTHER_TENANT,
    owner: OTHER_TENANT,
  });
  const config = {
    target: 'addon' as const,
    officeAccounts: [],
    dashboardSpreadsheetId: dashboardSpreadsheetId?.(official),
  };
  for (const rt of [official, other]) rt.loadBundle(bundleWith(config));
  return { official, other };
}

const runAll = (rt: Runtime, user: string) =>
  expect(rt.run<{ ok: boolean; pending?: boolean }>('menuRunAll', [], { as: 'menu', user })).toMatchObject({
    ok: true,
    pending: false,
  });

const totalRow = (rt: Runtime) => pageTable(openPage(rt).html).get('Tổng cộng');

describe('the dashboard of the published add-on', () => {
  it('shows the official workbook’s figures, not those of another workbook that ran later', () => {
    const { official, other } = addonWorkbooks([300, 120], (a) => a.spreadsheet.id);
    runAll(official, OWNER);
    const shown = totalRow(official);
    expect(shown).toBeDefined();
    runAll(other, OTHER_TENANT);
    expect(totalRow(official)).toEqual(shown);
    // The other workbook writes nothing, even under its own id: many of them could fill the one store.
    const keys = Object.keys(official.properties.script).filter((k) => k.endsWith('.parts'));
    expect(keys).toEqual([`dashboardSnapshot.${official.spreadsheet.id}.parts`]);
  });

  it('shows no figures while no workbook is named at deploy time', () => {
    const { official } = addonWorkbooks([120, 60]);
    runAll(official, OWNER);
    const html = openPage(official).html;
    expect(html).toContain(DASHBOARD_TEXT.notConfigured.slice(0, 30));
    expect(html).not.toContain('<table');
  });
});
