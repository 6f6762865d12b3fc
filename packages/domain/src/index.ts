// Pure rules and codecs of the home infusion trade. Each folder under src/ is a subpath export:
// import { ... } from '@infusio/domain/identifiers'.
export * from './identifiers/index.ts';
