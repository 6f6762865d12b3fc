import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { formatBytes } from './document-format.ts';

/**
 * An upload refusal in the user's words: in English the server's own detail (it names the
 * detected type and the limit); in Chinese the translation for the reason, with the same facts.
 */
export function useDocumentErrorMessage(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  const general = useErrorMessage();
  return (error) => {
    if (i18n.language === 'en') return error.detail;
    const extensions = error.extensions;
    const text = (value: unknown): string => (typeof value === 'string' ? value : '');
    switch (error.code) {
      case 'payload_too_large':
        return t('documents.errors.tooLarge', {
          max: formatBytes(
            typeof extensions.maxBytes === 'number' ? extensions.maxBytes : 20 * 1024 * 1024,
            i18n.language,
          ),
        });
      case 'unsupported_media_type':
        return extensions.reason === 'mismatched_content_type'
          ? t('documents.errors.mismatched', {
              detected: text(extensions.detectedType),
              declared: text(extensions.declared),
            })
          : t('documents.errors.wrongType', { detected: text(extensions.detectedType) });
      case 'unprocessable':
        return extensions.scanStatus === 'infected'
          ? t('documents.errors.infected')
          : general(error);
      case 'unavailable':
        return t('documents.errors.scannerUnavailable');
      default:
        return general(error);
    }
  };
}
