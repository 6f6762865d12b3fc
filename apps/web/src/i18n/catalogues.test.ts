import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@infusio/domain/access';
import { ERROR_STATUS } from '@server/platform/http/app-error.ts';
import { AREAS } from '../shell/areas.ts';
import { CATALOGUES } from './catalogues.ts';

type Catalogue = Record<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object')
      for (const [k, v] of flatten(value as Catalogue, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(CATALOGUES.en);
const chinese = flatten(CATALOGUES['zh-CN']);
const baseKeys = (m: Map<string, string>) =>
  new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));
const has = (m: Map<string, string>, key: string) => m.has(key) || m.has(`${key}_other`);
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('translation catalogues', () => {
  it('hold the same keys in English and Simplified Chinese', () => {
    const missingInChinese = [...baseKeys(english)].filter((k) => !baseKeys(chinese).has(k));
    const missingInEnglish = [...baseKeys(chinese)].filter((k) => !baseKeys(english).has(k));
    expect({ missingInChinese, missingInEnglish }).toEqual({
      missingInChinese: [],
      missingInEnglish: [],
    });
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = chinese.get(key) ?? chinese.get(key.replace(PLURAL, '_other'));
      return other !== undefined && variables(text).join() !== variables(other).join();
    });
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('translate every key the source code uses literally', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g))
        if (match[1]) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !has(english, key) || !has(chinese, key));
    expect(missing).toEqual([]);
  });

  it('name every work area, role and error code in both languages', () => {
    const needed = [
      ...AREAS.flatMap((a) => [`areas.${a.id}.label`, `areas.${a.id}.description`]),
      ...ROLES.map((r) => `roles.${r}`),
      ...Object.keys(ERROR_STATUS).map((code) => `errors.${code}`),
    ];
    const missing = needed.filter((key) => !has(english, key) || !has(chinese, key));
    expect(missing).toEqual([]);
  });
});
