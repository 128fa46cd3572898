/** What one run knows about its surroundings, gathered once at its start. */
import type { Settings } from '../domain/types';
import { parseStoredSettings, SETTINGS_KEY } from './settings';

export interface RunContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  props: GoogleAppsScript.Properties.Properties;
  settings: Settings;
  /** Set when the stored settings were damaged and the defaults are in use: users must be told. */
  settingsWarning?: string;
  /** Date.now() when the run began: the time budget and the run's "now". */
  startedAt: number;
  /** A person is looking (menu, sidebar): alerts and dialogs make sense. */
  interactive: boolean;
}

export function openRunContext(interactive: boolean): RunContext {
  const startedAt = Date.now();
  const ss = SpreadsheetApp.getActive();
  const props = PropertiesService.getDocumentProperties();
  const { settings, warning } = parseStoredSettings(props.getProperty(SETTINGS_KEY));
  return { ss, props, settings, settingsWarning: warning, startedAt, interactive };
}
