/**
 * The offline command runs the bundle as a script bound to the one workbook it was given: a
 * production id or the add-on target in deploy.config.json does not leave dashboard.html empty.
 */
import { boundToThisWorkbook } from '../../src/local/offline-deploy';
import { bundleWith } from '../addon/access-helpers';
import { makeWorkbook } from '../addon/fixtures';
import { OWNER, startRuntime } from '../addon/runtime';
import { openPage, pageTable } from '../dashboard/helpers';

describe('the offline command’s deploy settings', () => {
  it('keep the Văn phòng accounts, and this workbook’s run fills the page', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { sharedDrive: true });
    const bundle = bundleWith({ target: 'addon', officeAccounts: [OWNER], dashboardSpreadsheetId: 'elsewhere-1AbC' });
    const config = boundToThisWorkbook(rt.loadBundle(bundle));
    expect(config).toEqual({ target: 'bound', officeAccounts: [OWNER] });
    // A shared-drive workbook has no owner: only the deploy-time account may run it.
    expect(rt.run<{ ok: boolean }>('menuCheckAll', [], { as: 'menu', user: OWNER })).toMatchObject({ ok: true });
    expect(pageTable(openPage(rt).html).get('Tổng cộng')).toBeDefined();
  });

  it('without the bound override, the same bundle would show no figures offline', () => {
    const rt = startRuntime(makeWorkbook({ rows: 60 }), { sharedDrive: true });
    rt.loadBundle(bundleWith({ target: 'addon', officeAccounts: [OWNER], dashboardSpreadsheetId: 'elsewhere-1AbC' }));
    expect(rt.run<{ ok: boolean }>('menuCheckAll', [], { as: 'menu', user: OWNER })).toMatchObject({ ok: true });
    expect(openPage(rt).html).not.toContain('<table');
  });
});
