// Plain-JS packages the xlsx code uses without shipped types.
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<number, { f: string }>;
  export default formats;
}
declare module 'exceljs/lib/utils/shared-formula' {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
declare module 'saxen' {
  type Decode = (text: string) => string;
  interface Handlers {
    openTag: (name: string, attributes: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void;
    closeTag: (name: string, decode: Decode, selfClosing: boolean) => void;
    text: (raw: string, decode: Decode) => void;
    error: (error: Error) => void;
  }
  export class Parser {
    on<K extends keyof Handlers>(event: K, handler: Handlers[K]): this;
    parse(xml: string): this;
  }
  export const decode: Decode;
}
