/**
 * The bundle's single export: one handler per entry point of src/entry-points.ts.
 * `satisfies` makes a missing or misspelt entry point a compile error.
 */
import { runMenuAction, resumeJob } from './addon/menu-actions';
import { timedCheck, toggleAutoCheck } from './addon/auto-check';
import { buildMenu } from './addon/menu';
import { handleEdit } from './addon/on-edit';
import { getRegistrationFormData, submitRegistration, validateRegistration } from './addon/registration';
import { getSettings, menuShowSettings, saveSettings, showSidebar } from './addon/settings-handlers';
import { guarded } from './addon/guard';
import type { EntryPointName } from './entry-points';
import { UI } from './i18n/ui';

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
  menuExportFindings: () => runMenuAction('exportFindings'),
  menuShowSettings,
  menuToggleAutoCheck: toggleAutoCheck,
  onTimedCheck: timedCheck,
  onResumeJob: resumeJob,
  getRegistrationFormData,
  validateRegistration,
  submitRegistration,
  getSettings,
  saveSettings,
} satisfies Record<EntryPointName, (...args: never[]) => unknown>;

/** What the sidebars may call through google.script.run, typed for the client wrapper. */
export type ServerHandlers = typeof handlers;
