// The translation catalogues: one JSON file per area and language under locales/<language>/,
// merged into one tree. Each area owns its file, so areas are translated independently; the test
// in catalogues.test.ts checks both languages hold the same keys.
type Catalogue = Record<string, unknown>;

function deepMerge(target: Catalogue, source: Catalogue, file: string, path = ''): Catalogue {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = deepMerge(
        existing && typeof existing === 'object' ? (existing as Catalogue) : {},
        value as Catalogue,
        file,
        at,
      );
    } else {
      if (existing !== undefined)
        throw new Error(`Translation key ${at} is defined twice (again in ${file}).`);
      target[key] = value;
    }
  }
  return target;
}

function merge(files: Record<string, Catalogue>): Catalogue {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .reduce<Catalogue>((tree, [file, catalogue]) => deepMerge(tree, catalogue, file), {});
}

export const CATALOGUES = {
  en: merge(import.meta.glob<Catalogue>('./locales/en/*.json', { eager: true, import: 'default' })),
  'zh-CN': merge(
    import.meta.glob<Catalogue>('./locales/zh-CN/*.json', { eager: true, import: 'default' }),
  ),
};
