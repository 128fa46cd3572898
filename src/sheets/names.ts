/** Sheet names of the workbook contract: kept with the rest of its vocabulary in src/domain/columns.ts. */
export { SHEETS } from '../domain/columns';
