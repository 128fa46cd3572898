/**
 * Offline, the workbook is a file of its own, not one installation among many: the built bundle
 * runs as a script bound to it, with the Văn phòng accounts fixed at deploy time. So the
 * dashboard page comes from this workbook's run whatever production id deploy.config.json
 * names, and a long job resumes after a minute, as a bound script's does.
 */
import { deployConfigSchema, type DeployConfig } from '../addon/deploy-config';

export function boundToThisWorkbook(context: Record<string, unknown>): DeployConfig {
  const parsed = deployConfigSchema.safeParse(context.DEPLOY_CONFIG_);
  const config: DeployConfig = { target: 'bound', officeAccounts: parsed.success ? parsed.data.officeAccounts : [] };
  // deploy.js declares it with `var` at the top level: a property of the sandbox's global.
  context.DEPLOY_CONFIG_ = config;
  return config;
}
