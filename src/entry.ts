/**
 * The bundle's single export: one handler per entry point of src/entry-points.ts.
 * The build wraps the bundle in a global and writes a top-level stub for each name.
 */
export { handlers } from './addon/handlers';
