import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the browser tab and for screen readers. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
