/**
 * What is fixed when the project is deployed, not stored in the workbook: the target (a script
 * bound to the workbook, or a published Editor add-on), the Văn phòng accounts that may always
 * run and configure the add-on, and the production workbook whose figures the dashboard shows. The build writes `deploy.config.json` as `build/deploy.js`, one
 * global whose name ends in `_`, so no page can reach it through google.script.run
 * (https://developers.google.com/apps-script/guides/html/communication#private_functions) and no
 * unit editor can change it from the workbook: only whoever pushes the code can.
 */
import { z } from 'zod';

declare const DEPLOY_CONFIG_: unknown;

export const deployConfigSchema = z.object({
  target: z.enum(['bound', 'addon']),
  officeAccounts: z.array(z.email().transform((e) => e.toLowerCase())),
  /**
   * The id of the production workbook (from its URL, /spreadsheets/d/<id>/edit): the only one whose
   * runs feed the dashboard. Required for the published add-on, where every spreadsheet of the
   * domain runs the same code against the same script properties (snapshot-store.ts).
   */
  dashboardSpreadsheetId: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});

export type DeployConfig = z.infer<typeof deployConfigSchema>;

const FALLBACK: DeployConfig = { target: 'bound', officeAccounts: [] };

export function deployConfig(): DeployConfig {
  const raw = typeof DEPLOY_CONFIG_ === 'undefined' ? undefined : DEPLOY_CONFIG_;
  const parsed = deployConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : FALLBACK;
}

/** The text of build/deploy.js for `config` (the build writes it; tests write their own). */
export function deployScript(config: DeployConfig): string {
  return `/** Fixed at deploy time from deploy.config.json. */\nvar DEPLOY_CONFIG_ = ${JSON.stringify(config)};\n`;
}
