/**
 * Builds what `clasp push` sends (build/) and the Node-side tools (dist-local/).
 * Apps Script only sees top-level function declarations, so the app is bundled as one
 * IIFE assigned to a global and every entry point gets a generated stub that calls it.
 */
import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployConfigSchema, deployScript } from '../src/addon/deploy-config';
import { BUNDLE_GLOBAL, ENTRY_POINTS, ENTRY_POINT_NAMES } from '../src/entry-points';
import { PAGE_TITLES } from '../src/i18n/pages';
import { escapeHtml } from '../src/local/gas/html';

const root = join(__dirname, '..');
const out = join(root, 'build');
const localOut = join(root, 'dist-local');

function stubs(): string {
  return ENTRY_POINT_NAMES.map(
    (name) =>
      `/** ${ENTRY_POINTS[name]} */\nfunction ${name}() {\n  return ${BUNDLE_GLOBAL}.handlers.${name}.apply(this, arguments);\n}\n`,
  ).join('\n');
}

async function buildAppsScript(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    // Names stay as written, so Apps Script's execution log and stack traces read as the source does.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  writeFileSync(join(out, 'Code.js'), `${code}\n${stubs()}`);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  writeDeployConfig();
  await buildHtml();
}

/**
 * deploy.config.json → build/deploy.js: the target and the Văn phòng accounts fixed at deploy
 * time (see src/addon/deploy-config.ts). A wrong file stops the build rather than deploy a lock-out.
 */
function writeDeployConfig(): void {
  const parsed = deployConfigSchema.safeParse(JSON.parse(readFileSync(join(root, 'deploy.config.json'), 'utf8')));
  if (!parsed.success) throw new Error(`deploy.config.json: ${parsed.error.message}`);
  writeFileSync(join(out, 'deploy.js'), deployScript(parsed.data));
}

/** Each page of PAGE_TITLES: the one shell src/ui/page.html with its title and its src/ui/<page>.client.ts inlined. */
async function buildHtml(): Promise<void> {
  const uiDir = join(root, 'src/ui');
  const shell = readFileSync(join(uiDir, 'page.html'), 'utf8');
  for (const [page, title] of Object.entries(PAGE_TITLES)) {
    let html = shell.replace('<!-- TITLE -->', () => escapeHtml(title));
    const client = join(uiDir, `${page}.client.ts`);
    if (!existsSync(client)) throw new Error(`src/ui/${page}.client.ts is missing`);
    const js = await build({
      entryPoints: [client],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minifyWhitespace: true,
      minifySyntax: true,
      minifyIdentifiers: false,
      write: false,
      charset: 'utf8',
      logLevel: 'warning',
    });
    // "</script" inside the bundle would close the tag early.
    const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    html = html.replace('<!-- CLIENT_SCRIPT -->', () => `<script>\n${script}</script>`);
    writeFileSync(join(out, `${page}.html`), html);
  }
}

async function buildLocalTools(): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    packages: 'external',
    // saxen is ESM-only behind its exports map: bundle its CommonJS build instead.
    alias: { saxen: join(root, 'node_modules/saxen/dist/index.cjs') },
    logLevel: 'warning',
  };
  rmSync(localOut, { recursive: true, force: true });
  const entries: Record<string, string> = {
    cli: 'src/local/cli.ts',
    'xlsx-worker': 'src/local/xlsx/sheet-worker.ts',
    bench: 'bench/bench.ts',
  };
  for (const [name, entry] of Object.entries(entries)) {
    if (!existsSync(join(root, entry))) continue;
    await build({ ...common, entryPoints: [join(root, entry)], outfile: join(localOut, `${name}.js`) });
  }
}

async function main(): Promise<void> {
  await buildAppsScript();
  await buildLocalTools();
  console.log(`build/ ready (${ENTRY_POINT_NAMES.length} entry points)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
