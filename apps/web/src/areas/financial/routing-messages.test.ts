import { describe, expect, it } from 'vitest';
import { ROUTING_MESSAGES_EN } from '@infusio/domain/coverage';
import { ASSISTANCE_MESSAGES_EN } from '@infusio/domain/financial';
import en from '../../i18n/locales/en/financial.json';
import zh from '../../i18n/locales/zh-CN/financial.json';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key];
  }, tree);
}

const placeholders = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => m[1]).sort();

describe('the routing and assistance explanations the domain emits', () => {
  const domain = { ...ROUTING_MESSAGES_EN, ...ASSISTANCE_MESSAGES_EN };
  it.each(Object.keys(domain))(
    '%s is translated in English and Chinese with the same placeholders',
    (key) => {
      const english = lookup(en, `financial.messages.${key}`);
      const chinese = lookup(zh, `financial.messages.${key}`);
      expect(typeof english).toBe('string');
      expect(typeof chinese).toBe('string');
      const wanted = placeholders(domain[key] ?? '', /\{(\w+)\}/g);
      expect(placeholders(String(english), /{{(\w+)}}/g)).toEqual(wanted);
      expect(placeholders(String(chinese), /{{(\w+)}}/g)).toEqual(wanted);
      expect(String(chinese)).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});
