// Every table of every module, for Drizzle's typed queries and drizzle-kit's migrations.
export * from '../../modules/locations/locations.tables.ts';
export * from '../../modules/identity/identity.tables.ts';
export * from '../../modules/audit/audit.tables.ts';
export * from '../../modules/patients/patients.tables.ts';
export * from '../jobs/jobs.tables.ts';
export * from '../settings/settings.tables.ts';
export * from '../../modules/intake/intake.tables.ts';
export * from '../../modules/documents/documents.tables.ts';
export * from '../../modules/coverage/coverage.tables.ts';
export * from '../../modules/patients/chart.tables.ts';
export * from '../../modules/inquiries/inquiries.tables.ts';
export * from '../../modules/authorizations/authorizations.tables.ts';
export * from '../../modules/financial/financial.tables.ts';
export * from '../../modules/tasks/tasks.tables.ts';
