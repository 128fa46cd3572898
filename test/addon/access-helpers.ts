/** A built bundle with its own deploy.config, and a fingerprint of everything a run can change. */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployScript, type DeployConfig } from '../../src/addon/deploy-config';
import { ensureBuilt } from '../helpers/build-once';
import type { Runtime } from './runtime';

const BUILD = join(__dirname, '..', '..', 'build');

/** build/ as `npm run push` would send it after deploy.config.json said `config`. */
export function bundleWith(config: DeployConfig): string {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'deployed-'));
  for (const f of readdirSync(BUILD)) copyFileSync(join(BUILD, f), join(dir, f));
  writeFileSync(join(dir, 'deploy.js'), deployScript(config));
  return dir;
}

/** What a refused call must leave untouched: cells, files, mail, triggers, stored state. */
export function fingerprint(rt: Runtime): string {
  return JSON.stringify({
    workbook: rt.workbook(),
    files: rt.drive.files.map((f) => [f.name, f.owner]),
    folders: rt.drive.folders.length,
    mail: rt.mail.sent.length,
    triggers: rt.triggers.list,
    document: rt.properties.document,
    script: rt.properties.script,
  });
}

/** Vietnamese: at least one letter only Vietnamese uses (đ, ư, ơ, or a tone mark on a vowel). */
export const VIETNAMESE = /[đươàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
