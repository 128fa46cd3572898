import type { Region } from '../columns';
import type { RowRef } from '../types';

/** What every provisioning format needs about one person. */
export interface ProvisionRecord {
  ref: RowRef;
  address: string;
  fullName: string;
  givenName: string;
  familyAndMiddle: string;
  commune: string;
  communeCode: string;
  region: Region | '';
  unit: string;
  position: string;
  staffId: string;
  personalEmail: string;
  phoneE164: string;
  phoneIsMobile: boolean;
}
