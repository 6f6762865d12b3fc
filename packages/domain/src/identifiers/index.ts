export * from './npi.ts';
export * from './icd10.ts';
export * from './us-states.ts';
