/**
 * Blob.getAs / HtmlOutput.getAs: conversion to PDF.
 *
 * - "Return the data inside this object as a blob converted to the specified content type. This
 *   method adds the appropriate extension to the filename—for example, "myfile.pdf". However, it
 *   assumes that the part of the filename that follows the final period (if any) is an existing
 *   extension that should be replaced. Consequently, "ShoppingList.12.25.2014" becomes
 *   "ShoppingList.12.25.pdf". To view the daily quotas for conversions, see Quotas for Google
 *   Services." (https://developers.google.com/apps-script/reference/base/blob#getAs(String))
 * - contentType: "For most blobs, 'application/pdf' is the only valid option. For images in BMP,
 *   GIF, JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png' are
 *   also valid." (same page). HtmlOutput is a BlobSource
 *   (https://developers.google.com/apps-script/reference/base/blob-source).
 * - "Files converted: 2,000 / day" consumer, "4,000 / day" Workspace, per user, reset 24 hours after
 *   the first request (https://developers.google.com/apps-script/guides/services/quotas).
 *
 * The runtime converts HTML (and plain text) to PDF only, with a PDF maker the test installs
 * (GasRuntimeOptions.pdfMaker; the tests' one prints with Chromium, so the HTML checked is the
 * HTML that becomes the PDF). Without a maker the call throws LOCAL_NO_PDF_MAKER and charges no
 * quota: the offline command and ordinary tests never need a browser. Image-to-image conversion
 * is not modelled and is refused like any unsupported pair.
 */
import type { Env } from './env';
import { GAS_ERRORS, gasException } from './errors';
import type { RollingQuota } from './rolling-quota';

/** Prints an HTML document to PDF bytes, synchronously (Apps Script calls are synchronous). */
export type PdfMaker = (html: string) => Uint8Array;

export interface Convertible {
  bytes(): Buffer;
  contentType(): string | null;
  name(): string | null;
}

export type Converted = { bytes: Buffer; contentType: string; name: string | null };

/** The runtime's own message when a test or the offline command installed no PDF maker. */
export const LOCAL_NO_PDF_MAKER =
  "Local runtime: Blob.getAs('application/pdf') needs a PDF maker (createGasRuntime({ pdfMaker })), and none is installed; nothing was converted and no conversion quota was used.";

const CONVERTIBLE_TO_PDF = new Set(['text/html', 'text/plain']);

/** "ShoppingList.12.25.2014" → "ShoppingList.12.25.pdf"; a name without a period gains ".pdf". */
function renamedFor(name: string | null, extension: string): string | null {
  if (name === null) return null;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class BlobConverter {
  constructor(
    private readonly env: Env,
    private readonly quota: RollingQuota,
    private readonly pdfMaker: () => PdfMaker | null,
  ) {}

  /** `method`: the counted call ("Blob.getAs", "HtmlOutput.getAs"). */
  convert(method: string, source: Convertible, to: string): Converted {
    this.env.call(method);
    const from = (source.contentType() ?? 'application/octet-stream').split(';')[0].trim().toLowerCase();
    const target = String(to).trim().toLowerCase();
    if (target === from) return { bytes: Buffer.from(source.bytes()), contentType: from, name: source.name() };
    if (target !== 'application/pdf' || !CONVERTIBLE_TO_PDF.has(from))
      throw gasException(GAS_ERRORS.conversionUnsupported(from, target));
    const user = this.env.current.user;
    const limit = this.env.limits.filesConvertedPerDay;
    if (this.quota.remaining(user, this.env.now(), limit) <= 0) throw gasException(GAS_ERRORS.conversionQuota);
    const maker = this.pdfMaker();
    if (!maker) throw new Error(LOCAL_NO_PDF_MAKER);
    const text = source.bytes().toString('utf8');
    const html = from === 'text/html' ? text : `<!doctype html><meta charset="utf-8"><pre>${escapeText(text)}</pre>`;
    const pdf = Buffer.from(maker(html));
    this.quota.charge(user, this.env.now(), 1);
    return { bytes: pdf, contentType: 'application/pdf', name: renamedFor(source.name(), 'pdf') };
  }
}
