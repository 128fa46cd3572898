/**
 * One handler per entry point of src/entry-points.ts (src/entry.ts re-exports them).
 * `satisfies` makes a missing or misspelt entry point a compile error.
 */
import { runMenuAction, resumeJob } from './menu-actions';
import { timedCheck, toggleAutoCheck } from './auto-check';
import { buildMenu } from './menu';
import { measureSpeed } from './speed';
import { handleEdit } from './on-edit';
import { releaseAddressFromMenu } from './release';
import { decideRecipients, getRecipientReview, menuReviewRecipients } from './recipient-approval';
import { resetPasswordsFromMenu } from './reset';
import { getRegistrationFormData, submitRegistration, validateRegistration } from './registration';
import { getSettings, menuShowSettings, saveSettings, showSidebar } from './settings-handlers';
import { guarded } from './guard';
import { doGet, openDashboard } from './dashboard';
import type { EntryPointName } from '../entry-points';
import { UI } from '../i18n/ui';

export const handlers = {
  onOpen: () => guarded(false, buildMenu),
  onInstall: () => guarded(false, buildMenu),
  onEdit: handleEdit,
  menuShowRegistrationForm: () => guarded(true, () => showSidebar('registration', UI.registration.title)),
  menuCheckAll: () => runMenuAction('check'),
  menuAssignAddresses: () => runMenuAction('assign'),
  menuBuildReport: () => runMenuAction('report'),
  menuExportGoogle: () => runMenuAction('exportGoogle'),
  menuExportEntra: () => runMenuAction('exportEntra'),
  menuExportZimbra: () => runMenuAction('exportZimbra'),
  menuExportEoffice: () => runMenuAction('exportEoffice'),
  menuExportSignature: () => runMenuAction('exportSignature'),
  menuExportFindings: () => runMenuAction('exportFindings'),
  menuRunAll: () => runMenuAction('all'),
  menuReleaseAddress: releaseAddressFromMenu,
  menuReviewRecipients,
  menuResetPasswords: resetPasswordsFromMenu,
  menuShowSettings,
  menuToggleAutoCheck: toggleAutoCheck,
  menuMeasureSpeed: measureSpeed,
  menuOpenDashboard: openDashboard,
  doGet,
  onTimedCheck: timedCheck,
  onResumeJob: resumeJob,
  getRegistrationFormData,
  validateRegistration,
  submitRegistration,
  getSettings,
  saveSettings,
  getRecipientReview,
  decideRecipients,
} satisfies Record<EntryPointName, (...args: never[]) => unknown>;

/** The handlers a sidebar page may call through google.script.run (src/ui/rpc.ts). */
export type SidebarFunction =
  | 'getRegistrationFormData'
  | 'validateRegistration'
  | 'submitRegistration'
  | 'getSettings'
  | 'saveSettings'
  | 'getRecipientReview'
  | 'decideRecipients';
export type ServerHandlers = Pick<typeof handlers, SidebarFunction>;
