/** Data validation rules (dropdowns): what the add-on sets on the roster's columns. */
import { GAS_ERRORS } from './errors';
import type { ValidationData } from '../workbook-data';
import type { Env } from './env';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
} as const;

export class DataValidation {
  constructor(readonly data: ValidationData) {}
  getCriteriaType(): string {
    return DataValidationCriteria.VALUE_IN_LIST;
  }
  getCriteriaValues(): unknown[] {
    return [[...this.data.values], true];
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string {
    return this.data.helpText ?? '';
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(null);
    b.state = { ...this.data, values: [...this.data.values] };
    return b;
  }
}

export class DataValidationBuilder {
  state: ValidationData = { kind: 'list', values: [], allowInvalid: true };
  constructor(private readonly env: Env | null) {}
  private count(method: string): void {
    this.env?.call(`DataValidationBuilder.${method}`);
  }
  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.count('requireValueInList');
    if (!Array.isArray(values) || values.length === 0) throw new Error(GAS_ERRORS.invalidArgument('values'));
    // Sheets refuses a list rule of more than 500 items.
    if (values.length > 500) throw new Error('The data validation rule has more than 500 items.');
    this.state.values = values.map(String);
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.count('setAllowInvalid');
    this.state.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.count('setHelpText');
    this.state.helpText = text;
    return this;
  }
  build(): DataValidation {
    this.count('build');
    return new DataValidation({ ...this.state, values: [...this.state.values] });
  }
}
