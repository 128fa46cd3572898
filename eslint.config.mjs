// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, Prettier's formatting left to Prettier, and
 * the project's layer rules written as lint rules (see docs/contracts.md).
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import maxBodyLines from './eslint-rules/max-body-lines.mjs';

/** Apps Script's server globals: only src/sheets, src/addon and src/local may touch them. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DriveApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'HtmlService',
  'Session',
  'Utilities',
  'MailApp',
  'GmailApp',
  'UrlFetchApp',
  'Logger',
  'CardService',
  'Browser',
  'ContentService',
  'Charts',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'CalendarApp',
  'AdminDirectory',
].map((name) => ({ name, message: 'Apps Script services belong to src/sheets, src/addon or src/local.' }));

/** A letter only Vietnamese spells (precomposed, NFC), in a string or a template. */
const VIETNAMESE =
  '/[\\u00C0-\\u00C3\\u00C8-\\u00CA\\u00CC\\u00CD\\u00D2-\\u00D5\\u00D9\\u00DA\\u00DD\\u00E0-\\u00E3\\u00E8-\\u00EA\\u00EC\\u00ED\\u00F2-\\u00F5\\u00F9\\u00FA\\u00FD\\u0102\\u0103\\u0110\\u0111\\u0128\\u0129\\u0168\\u0169\\u01A0\\u01A1\\u01AF\\u01B0\\u1EA0-\\u1EF9]/';
const NO_VIETNAMESE_TEXT = [
  {
    selector: `Literal[value=${VIETNAMESE}]:not(TSLiteralType > Literal)`,
    message: 'Vietnamese text belongs in src/i18n.',
  },
  { selector: `TemplateElement[value.raw=${VIETNAMESE}]`, message: 'Vietnamese text belongs in src/i18n.' },
];
/** The layers that may call Apps Script. */
const APPS_SCRIPT_LAYERS = ['src/sheets/**', 'src/addon/**', 'src/local/**'];

/**
 * Vietnamese user text lives in src/i18n. Allowed elsewhere too: the generated reference data
 * (src/domain/data), the contract's vocabulary (src/domain/columns.ts: sheet names, headers
 * and aliases, column values; data users' files are matched against, not wording), and
 * src/entry-points.ts, whose descriptions quote menu labels in the generated stubs' comments.
 */
const VIETNAMESE_ALLOWED = ['src/i18n/**', 'src/domain/data/**', 'src/domain/columns.ts', 'src/entry-points.ts'];

const NO_APPS_SCRIPT_TYPES = {
  selector: "TSQualifiedName[left.name='GoogleAppsScript']",
  message: 'Apps Script types belong to src/sheets, src/addon or src/local.',
};

export default tseslint.config(
  {
    ignores: ['build/', 'dist-local/', 'out/', 'bench/out/', 'coverage/', 'node_modules/', 'test/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are what cleaning user cells and writing XML/zmprov must find.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Layers. no-restricted-syntax options do not merge across blocks, so each block lists all it needs.
  {
    // Outside the layers that talk to Apps Script: no services, no Apps Script types.
    files: ['src/**/*.ts'],
    ignores: [...APPS_SCRIPT_LAYERS, ...VIETNAMESE_ALLOWED],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-syntax': ['error', NO_APPS_SCRIPT_TYPES, ...NO_VIETNAMESE_TEXT],
    },
  },
  {
    files: VIETNAMESE_ALLOWED,
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-syntax': ['error', NO_APPS_SCRIPT_TYPES],
    },
  },
  {
    files: APPS_SCRIPT_LAYERS,
    rules: { 'no-restricted-syntax': ['error', ...NO_VIETNAMESE_TEXT] },
  },
  // Functions that read as one idea: at most 80 lines of body, counted as a reader sees them.
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    plugins: { local: { rules: { 'max-body-lines': maxBodyLines } } },
    rules: { 'local/max-body-lines': ['error', { max: 80 }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain knows plain values and the words it reports (src/i18n), nothing else.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(addon|sheets|local|ui)(/|$)|^(\\.\\./)+entry(-points)?$',
              message: 'src/domain imports only itself, src/i18n and libraries.',
            },
          ],
        },
      ],
    },
  },
);
