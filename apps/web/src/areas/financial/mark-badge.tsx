// DOMAIN.md's confidence mark as a badge: the symbol and words, never colour alone.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Light badges use shade 9 text on shade 0 (theme.ts); yellow 9 stays below 4.5:1, so not yellow.
const COLOR = { verified: 'teal', secondary: 'gray', unverified: 'red' } as const;

export function MarkBadge({ mark }: { mark: 'verified' | 'secondary' | 'unverified' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[mark]} tt="none">
      {t(`financial.marks.${mark}`)}
    </Badge>
  );
}
