/**
 * The one owner of initial passwords: only the batch step draws them, once per address of
 * its batch; every file of the batch and its hand-over lists take them from here. Nothing
 * here writes a password anywhere. A batch whose hand-over outlasts one execution keeps its
 * seed in the runner's own user properties (no other editor can read them) only while the
 * job is paused, and drops it as the job ends.
 */
import type { ProvisionRecord } from '../domain/exports/records';
import { addressesDigest } from '../domain/handover';
import { makePassword } from '../domain/passwords';
import { randomSourceFromUuids } from './random';

/** One initial password per address of a batch: every file of the batch, and its hand-over lists, agree. */
export type PasswordBook = (record: ProvisionRecord) => string;

const SEED_KEY = 'handoverSeed';

/** Three UUIDs: the key of one batch's password stream. */
function newSeed(): string[] {
  return [Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()];
}

/** Passwords drawn from `seed` in address order: the same seed and addresses give the same passwords. */
function bookFrom(records: readonly ProvisionRecord[], seed: string[]): PasswordBook {
  const random = randomSourceFromUuids(seed);
  const book = new Map<string, string>();
  for (const address of records.map((r) => r.address).sort())
    if (!book.has(address)) book.set(address, makePassword(random));
  return (r) => {
    const known = book.get(r.address);
    if (known === undefined) throw new Error('no password drawn for this record');
    return known;
  };
}

export interface DrawnPasswords {
  book: PasswordBook;
  /** Keeps the seed for a later part of job `jobId` (call only when the job pauses). */
  keep(jobId: string): void;
}

/** Draws the batch's passwords. */
export function drawPasswords(records: readonly ProvisionRecord[]): DrawnPasswords {
  const seed = newSeed();
  return {
    book: bookFrom(records, seed),
    keep: (jobId) =>
      PropertiesService.getUserProperties().setProperty(
        SEED_KEY,
        JSON.stringify({ job: jobId, seed, digest: addressesDigest(records) }),
      ),
  };
}

/** The batch's passwords again in a later part; null when the seed is gone or the addresses changed meanwhile. */
export function restorePasswords(jobId: string, records: readonly ProvisionRecord[]): PasswordBook | null {
  try {
    const kept = JSON.parse(PropertiesService.getUserProperties().getProperty(SEED_KEY) ?? 'null') as {
      job: string;
      seed: string[];
      digest: string;
    } | null;
    if (!kept || kept.job !== jobId || kept.digest !== addressesDigest(records)) return null;
    return bookFrom(records, kept.seed);
  } catch {
    return null;
  }
}

export function dropSeed(): void {
  PropertiesService.getUserProperties().deleteProperty(SEED_KEY);
}
