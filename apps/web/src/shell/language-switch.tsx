import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { api } from '../api/http.ts';
import { SESSION_KEY } from '../api/session.ts';
import { LANGUAGES, changeLanguage, type LanguageCode } from '../i18n/i18n.ts';

/** English / 简体中文, kept per user when signed in (and per browser before). */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language === 'zh-CN' ? 'zh-CN' : 'en'}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      onChange={(value) => {
        const code: LanguageCode = value === 'zh-CN' ? 'zh-CN' : 'en';
        void changeLanguage(code);
        if (!signedIn) return;
        client.setQueryData<SessionResponse | null>(SESSION_KEY, (session) =>
          session ? { ...session, user: { ...session.user, locale: code } } : session,
        );
        void api('PUT', '/api/me/preferences', { locale: code });
      }}
    />
  );
}
