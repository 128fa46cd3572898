/**
 * The bundle's single export: one handler per entry point of src/entry-points.ts.
 * PLACEHOLDER wiring until the add-on layer lands (issue 4).
 */
import type { EntryPointName } from './entry-points';

type Handler = (...args: never[]) => unknown;

const notYet = (): never => {
  throw new Error('Chức năng này đang được xây dựng.');
};

export const handlers: Record<EntryPointName, Handler> = {
  onOpen: notYet, onInstall: notYet, onEdit: notYet,
  menuShowRegistrationForm: notYet, menuCheckAll: notYet, menuAssignAddresses: notYet,
  menuBuildReport: notYet, menuExportGoogle: notYet, menuExportEntra: notYet,
  menuExportZimbra: notYet, menuExportFindings: notYet, menuShowSettings: notYet,
  menuToggleAutoCheck: notYet, onTimedCheck: notYet, onResumeJob: notYet,
  getRegistrationFormData: notYet, validateRegistration: notYet, submitRegistration: notYet,
  getSettings: notYet, saveSettings: notYet,
};
