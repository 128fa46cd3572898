declare module 'gas-local' {
  /** Loads every matching file of a folder into one vm context with the given globals. */
  export function require(folder: string, globals?: object, options?: { filter?: (file: string) => boolean }): object;
  const gasLocal: { require: typeof require; globalMockDefault: object };
  export default gasLocal;
}
