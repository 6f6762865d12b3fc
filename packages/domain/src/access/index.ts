export * from './roles.ts';
export * from './policies.ts';
