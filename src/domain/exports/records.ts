import type { Region } from '../columns';

/** What every provisioning format needs about one person. */
export interface ProvisionRecord {
  sheetRow: number;
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
