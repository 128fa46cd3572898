/** Ui: menus, alerts, prompts, sidebars and dialogs, recorded for tests and the offline command. */
import type { Env } from './env';
import type { HtmlOutput } from './html';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface MenuItemRecord {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: MenuRecord;
}
export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export class UiLog {
  menus: MenuRecord[] = [];
  alerts: { title: string; message: string; buttons: string }[] = [];
  prompts: { title: string; message: string }[] = [];
  toasts: { title: string; message: string }[] = [];
  sidebars: { title: string; html: string }[] = [];
  dialogs: { title: string; html: string; width: number; height: number; modal: boolean }[] = [];
  private answers: { button: string; text: string }[] = [];
  answerNext(button: string, text = ''): void {
    this.answers.push({ button, text });
  }
  nextAnswer(fallback: string): { button: string; text: string } {
    return this.answers.shift() ?? { button: fallback, text: '' };
  }
}

export class Menu {
  readonly record: MenuRecord;
  constructor(
    private readonly env: Env,
    private readonly log: UiLog,
    name: string,
    addon: boolean,
  ) {
    this.record = { name, addon, items: [] };
  }
  addItem(caption: string, functionName: string): Menu {
    this.env.call('Menu.addItem');
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.env.call('Menu.addSeparator');
    this.record.items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.env.call('Menu.addSubMenu');
    this.record.items.push({ caption: menu.record.name, submenu: menu.record });
    return this;
  }
  addToUi(): void {
    this.env.call('Menu.addToUi');
    this.log.menus = this.log.menus.filter((m) => m.name !== this.record.name);
    this.log.menus.push(this.record);
  }
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    private readonly env: Env,
    private readonly log: UiLog,
    /**
     * The title of createAddonMenu's sub-menu under Extensions: "If the script is running
     * as an add-on, the sub-menu name matches the add-on's name in the web store; if the
     * script is bound to the document directly, the sub-menu name matches the script's
     * name." https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
     */
    private readonly addonMenuTitle: string,
  ) {}
  createMenu(name: string): Menu {
    this.env.call('Ui.createMenu');
    return new Menu(this.env, this.log, name, false);
  }
  createAddonMenu(): Menu {
    this.env.call('Ui.createAddonMenu');
    return new Menu(this.env, this.log, this.addonMenuTitle, true);
  }
  alert(a: string, b?: string, c?: string): string {
    this.env.call('Ui.alert');
    const [title, message, buttons] =
      b === undefined
        ? ['', a, ButtonSet.OK]
        : c === undefined && b in ButtonSet
          ? ['', a, b]
          : [a, b, c ?? ButtonSet.OK];
    this.log.alerts.push({ title, message: String(message), buttons: String(buttons) });
    return this.log.nextAnswer(
      buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK,
    ).button;
  }
  prompt(a: string, b?: string, _buttons?: string): { getResponseText(): string; getSelectedButton(): string } {
    this.env.call('Ui.prompt');
    const [title, message] = b === undefined ? ['', a] : [a, b];
    this.log.prompts.push({ title, message });
    const answer = this.log.nextAnswer(Button.OK);
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
  showSidebar(output: HtmlOutput): void {
    this.env.call('Ui.showSidebar');
    this.log.sidebars.push({ title: output.title, html: output.getContentUncounted() });
  }
  showModalDialog(output: HtmlOutput, title: string): void {
    this.env.call('Ui.showModalDialog');
    logDialog(this.log, output, title, true);
  }
  showModelessDialog(output: HtmlOutput, title: string): void {
    this.env.call('Ui.showModelessDialog');
    logDialog(this.log, output, title, false);
  }
}

/** Kept outside Ui so that scripts see only the methods Apps Script has. */
function logDialog(log: UiLog, output: HtmlOutput, title: string, modal: boolean): void {
  log.dialogs.push({ title, html: output.getContentUncounted(), width: output.width, height: output.height, modal });
}
