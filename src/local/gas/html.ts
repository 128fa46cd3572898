/**
 * HtmlService: outputs and templates with scriptlets. `<?= ?>` escapes as Google's
 * contextual escaping does in HTML text; `<?!= ?>` prints raw; `<? ?>` runs code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { BlobConverter } from './blob-convert';
import type { Env } from './env';
import { Blob } from './services';

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class HtmlOutput {
  title = '';
  /** Meta tags go to the page Google wraps the output in, not into the content. */
  readonly metaTags: { name: string; content: string }[] = [];
  width = 300;
  height = 500;
  constructor(
    private readonly env: Env,
    private content: string,
    private readonly converter: BlobConverter,
  ) {}
  private count(method: string): void {
    this.env.call(`HtmlOutput.${method}`);
  }
  /**
   * HtmlOutput is a BlobSource (https://developers.google.com/apps-script/reference/html/html-output#getBlob()):
   * "Return the data inside this object as a blob." Its content type is text/html; Google does not
   * say what name the blob has, and the runtime gives it none (assumed).
   */
  getBlob(): Blob {
    this.count('getBlob');
    return new Blob(Buffer.from(this.content, 'utf8'), 'text/html', null, this.converter);
  }
  /** "Return the data inside this object as a blob converted to the specified content type." (same page) */
  getAs(contentType: string): Blob {
    const source = { bytes: () => Buffer.from(this.content, 'utf8'), contentType: () => 'text/html', name: () => null };
    const out = this.converter.convert('HtmlOutput.getAs', source, contentType);
    return new Blob(out.bytes, out.contentType, out.name, this.converter);
  }
  getContentUncounted(): string {
    return this.content;
  }
  getContent(): string {
    this.count('getContent');
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.count('setContent');
    this.content = content;
    return this;
  }
  append(html: string): HtmlOutput {
    this.count('append');
    this.content += html;
    return this;
  }
  appendUntrusted(text: string): HtmlOutput {
    this.count('appendUntrusted');
    this.content += escapeHtml(text);
    return this;
  }
  setTitle(title: string): HtmlOutput {
    this.count('setTitle');
    this.title = title;
    return this;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.title;
  }
  setWidth(width: number): HtmlOutput {
    this.count('setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number): HtmlOutput {
    this.count('setHeight');
    this.height = height;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
  setSandboxMode(_mode: string): HtmlOutput {
    this.count('setSandboxMode');
    return this;
  }
  setXFrameOptionsMode(_mode: string): HtmlOutput {
    this.count('setXFrameOptionsMode');
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.count('addMetaTag');
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  setFaviconUrl(_url: string): HtmlOutput {
    this.count('setFaviconUrl');
    return this;
  }
}

/** Turns a template into the body of a function that appends to `__out`. */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!?=?)([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const [, kind, code] = m;
    if (kind === '=') parts.push(`__out.push(__escape(${code}));`);
    else if (kind === '!=') parts.push(`__out.push(String(${code}));`);
    else parts.push(code);
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

export class HtmlTemplate {
  [variable: string]: unknown;
  constructor(
    private readonly env_: Env,
    private readonly source_: string,
    private readonly context_: () => vm.Context | null,
    private readonly converter_: BlobConverter,
  ) {}
  getCode(): string {
    return compileTemplate(this.source_);
  }
  getRawContent(): string {
    return this.source_;
  }
  evaluate(): HtmlOutput {
    this.env_.call('HtmlTemplate.evaluate');
    const scope: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.endsWith('_')) scope[k] = this[k];
    const body = `(function (__scope, __escape) { var __out = []; with (__scope) { ${compileTemplate(this.source_)} } return __out.join(''); })`;
    const context = this.context_();
    const fn = (context ? vm.runInContext(body, context) : vm.runInNewContext(body, {})) as (
      s: object,
      e: typeof escapeHtml,
    ) => string;
    const withGlobals = context
      ? new Proxy(scope, {
          has: (t, p) => p in t || p in context,
          get: (t, p) => (p in t ? t[p as string] : context[p as string]),
        })
      : scope;
    return new HtmlOutput(this.env_, fn(withGlobals, escapeHtml), this.converter_);
  }
}

export function makeHtmlService(
  env: Env,
  bundleDir: () => string,
  context: () => vm.Context | null,
  converter: BlobConverter,
): Record<string, unknown> {
  const file = (name: string): string =>
    readFileSync(join(bundleDir(), name.endsWith('.html') ? name : `${name}.html`), 'utf8');
  return {
    createHtmlOutput: (html: unknown = '') => {
      env.call('HtmlService.createHtmlOutput');
      if (html instanceof HtmlTemplate) return html.evaluate();
      const text =
        typeof html === 'object' && html && 'getDataAsString' in html
          ? (html as { getDataAsString(): string }).getDataAsString()
          : String(html);
      return new HtmlOutput(env, text, converter);
    },
    createHtmlOutputFromFile: (name: string) => (
      env.call('HtmlService.createHtmlOutputFromFile'),
      new HtmlOutput(env, file(name), converter)
    ),
    createTemplate: (source: string) => (
      env.call('HtmlService.createTemplate'),
      new HtmlTemplate(env, String(source), context, converter)
    ),
    createTemplateFromFile: (name: string) => (
      env.call('HtmlService.createTemplateFromFile'),
      new HtmlTemplate(env, file(name), context, converter)
    ),
    SandboxMode,
    XFrameOptionsMode,
  };
}
