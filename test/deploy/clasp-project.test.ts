/**
 * clasp reads `.clasp.json` at the top level by default, so a plain `npx clasp push` or
 * `clasp open` in a fresh clone reaches the development project; `.clasp.prod.json` is the
 * production one, named on purpose (`-P`). Both push exactly build/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../helpers/build-once';

const ROOT = join(__dirname, '..', '..');
const CLASP = join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');

const project = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/** `clasp status` lists what a push would send; it reads the project file and needs no login. */
function filesToPush(cwd: string, ...args: string[]): string[] {
  // A project path in the environment would win over the default file.
  const { clasp_config_project: _ignored, ...env } = process.env;
  const out = execFileSync(process.execPath, [CLASP, ...args, 'status', '--json'], { cwd, encoding: 'utf8', env });
  return (JSON.parse(out) as { filesToPush: string[] }).filesToPush.sort();
}

/** A clone whose .clasp.json has a real-looking script id filled in, beside a copy of build/. */
function filledInClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
  const filled = { ...project('.clasp.json'), scriptId: '1kJ9sGq0X3mWb7TzR2vL5nYc8HdE4fPaU6oQiKjZxVbNw3eSrT1yM0gA' };
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify(filled, null, 2));
  cpSync(join(ROOT, 'build'), join(dir, 'build'), { recursive: true });
  return dir;
}

describe('clasp project files', () => {
  beforeAll(ensureBuilt);

  it('.clasp.json is the development target and .clasp.prod.json the production one, both on build/', () => {
    const dev = project('.clasp.json');
    const prod = project('.clasp.prod.json');
    expect(dev).toEqual({ scriptId: 'REPLACE_WITH_THE_DEV_SCRIPT_ID', rootDir: 'build' });
    expect(prod).toEqual({ scriptId: 'REPLACE_WITH_THE_PROD_SCRIPT_ID', rootDir: 'build' });
    expect(existsSync(join(ROOT, '.clasp.dev.json'))).toBe(false);
  });

  it('a plain clasp command finds .clasp.json and would push the built bundle, nothing else', () => {
    const built = ['build/Code.js', 'build/appsscript.json'];
    const dev = filesToPush(ROOT);
    expect(dev).toEqual(expect.arrayContaining(built));
    expect(dev.every((file) => file.startsWith('build/'))).toBe(true);
    expect(filesToPush(ROOT, '-P', '.clasp.prod.json')).toEqual(dev);
    // With the script id filled in, as the README asks, clasp reads the same file the same way.
    expect(filesToPush(filledInClone())).toEqual(dev);
  });

  it('both push scripts run the whole test suite before pushing', () => {
    const scripts = (project('package.json') as { scripts: Record<string, string> }).scripts;
    expect(scripts.push).toBe('npm test && clasp push');
    expect(scripts['push:prod']).toBe('npm test && clasp -P .clasp.prod.json push');
    expect(JSON.stringify(scripts)).not.toContain('.clasp.dev.json');
  });
});
