import { Type, type TUnsafe } from 'typebox';

/**
 * A string that must be one of `values`: JSON Schema `enum` (clear in OpenAPI) with the exact
 * TypeScript union as its static type. (Type.Union over a mapped array loses the type: never.)
 */
export function StringEnum<T extends string>(
  values: readonly T[],
  options: { description?: string } = {},
): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...options });
}
