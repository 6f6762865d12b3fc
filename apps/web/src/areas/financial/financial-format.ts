// Money, months and rates in the reader's language. Amounts are integer cents from the API.

export function formatMoney(cents: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );
}

/** "2026-12" → "December 2026" / "2026年12月". */
export function formatMonth(yyyyMm: string, language: string): string {
  const [year, month] = yyyyMm.split('-').map(Number);
  if (!year || !month) return yyyyMm;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** 0.2 → "20%". */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    rate,
  );
}

/** Dollars typed by a person (may be empty) to cents, or undefined when it is not an amount. */
export function dollarsToCents(text: string): number | undefined {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 100);
}

/** The portal's language for a chart's BCP 47 tag (zh, zh-Hans, zh-CN → zh-CN). */
export function portalLanguage(tag: string): 'en' | 'zh-CN' {
  return tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
