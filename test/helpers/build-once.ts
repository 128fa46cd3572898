/**
 * Tests that drive the built bundle (or the runtime, which reads the built manifest) call ensureBuilt() first: it runs the build when
 * build/Code.js is missing or older than any source file, once across jest workers
 * (a directory lock, since mkdir is atomic).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bundle = join(root, 'build', 'Code.js');
const lock = join(tmpdir(), `build-lock-${root.replace(/[^a-z0-9]+/gi, '-')}`);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return (
    newestSource(join(root, 'src')) > built ||
    statSync(join(root, 'scripts', 'build.ts')).mtimeMs > built ||
    statSync(join(root, 'deploy.config.json')).mtimeMs > built ||
    // The runtime reads the built manifest (scopes, advanced services).
    statSync(join(root, 'appsscript.json')).mtimeMs > built
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  for (let waited = 0; stale(); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building: wait for it (a lock older than 2 minutes is abandoned).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000)
        rmSync(lock, { recursive: true, force: true });
      sleep(200);
      continue;
    }
    try {
      if (stale())
        execFileSync(
          process.execPath,
          [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'build.ts')],
          { cwd: root, stdio: 'pipe' },
        );
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
