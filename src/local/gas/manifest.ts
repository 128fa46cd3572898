/**
 * The script's manifest (appsscript.json) as Apps Script reads it: the scopes the user
 * granted (`oauthScopes`, set explicitly so Google does not widen them) and the advanced
 * services the project enabled (`dependencies.enabledAdvancedServices`).
 * https://developers.google.com/apps-script/manifest
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
  [key: string]: unknown;
}

/** The built manifest beside Code.js, as `clasp push` sends it. */
export function readManifest(bundleDir: string): Manifest {
  const file = join(bundleDir, 'appsscript.json');
  if (!existsSync(file)) throw new Error(`No manifest at ${file}: run npm run build`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export function advancedService(manifest: Manifest, serviceId: string): AdvancedService | undefined {
  return manifest.dependencies?.enabledAdvancedServices?.find((s) => s.serviceId === serviceId);
}
