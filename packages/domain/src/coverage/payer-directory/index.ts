export type * from './payer-directory.types.ts';
export * from './payer-rules.ts';
export { generatePayerDirectory } from './generate-payer-directory.ts';
export * from './search-payers.ts';
export { STATES } from './payer-names.ts';
