// Words for what the API gives as keys: routing and assistance explanations (i18n key + params),
// with parameter values that are themselves codes (method, component, plan type) translated too,
// and the estimate's assumptions.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExplanationDto } from '@server/modules/financial/benefit-routing.contracts.ts';

type Params = Readonly<Record<string, string | number>>;

export function useFinancialWords() {
  const { t } = useTranslation();
  return wordsFor(t);
}

/** The same words in a given language (the patient's estimate can differ from the UI language). */
export function wordsFor(t: TFunction) {
  const translateParam = (name: string, value: string | number): string | number => {
    const text = String(value);
    switch (name) {
      case 'method':
        return t(`financial.methods.${text}`);
      case 'into':
      case 'component':
        return t(`financial.components.${text}`);
      case 'planType':
        return t(`financial.planTypes.${text}`);
      case 'serviceType':
        return text
          .split(',')
          .map((code) => t(`financial.serviceTypes.${code}`))
          .join(t('financial.listSeparator'));
      case 'figure':
        return t(`financial.figures.${text}`);
      case 'mode':
        return t(`financial.copayModes.${text}`);
      case 'therapy':
        return t(`financial.nursingDefaults.${text}`);
      default:
        return value;
    }
  };
  const translateParams = (params: Params) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, translateParam(k, v)]));
  return {
    /** A routing or assistance explanation in words. */
    explain: (explanation: ExplanationDto): string =>
      t(`financial.messages.${explanation.key}`, {
        ...translateParams(explanation.params),
        defaultValue: explanation.key,
      }),
    /** An estimate assumption in words. */
    assumption: (code: string, params: Params): string => {
      const translated = translateParams(params);
      if (code === 'nursingDefault')
        translated.schedule = t(`financial.nursingDefaults.${String(params.therapy)}`);
      return t(`financial.assumptions.${code}`, { ...translated, defaultValue: code });
    },
  };
}
