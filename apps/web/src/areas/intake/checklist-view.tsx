// A therapy checklist: each item met or missing (in words and icon) and who must supply it. Used
// live on the referral form and for a stored referral's checklist.
import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';

export interface ChecklistLike {
  items: readonly { id: string; description: string; owner: string; satisfied: boolean }[];
}

export function ChecklistView({
  checklist,
  label,
  testId,
}: {
  checklist: ChecklistLike;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const missing = checklist.items.filter((item) => !item.satisfied);
  // Missing items first: they are what the user has to act on.
  const ordered = [...missing, ...checklist.items.filter((item) => item.satisfied)];
  return (
    <div data-testid={testId}>
      <Text size="sm" fw={600} aria-live="polite" data-testid={`${testId}-summary`}>
        {missing.length === 0
          ? t('intake.checklist.complete')
          : t('intake.checklist.missing', { count: missing.length, total: checklist.items.length })}
      </Text>
      <List spacing={6} mt="xs" size="sm" aria-label={label} listStyleType="none">
        {ordered.map((item) => (
          <List.Item key={item.id} data-item={item.id} data-satisfied={item.satisfied}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size="sm"
                radius="xl"
                variant="light"
                color={item.satisfied ? 'teal' : 'red'}
                aria-hidden
              >
                {item.satisfied ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
              <div>
                <Text size="sm">
                  <Text span fw={600}>
                    {item.satisfied ? t('intake.checklist.met') : t('intake.checklist.notMet')}
                  </Text>{' '}
                  {t(`intake.checklist.items.${item.id}`, { defaultValue: item.description })}
                </Text>
                {!item.satisfied && (
                  <Text size="xs" c="gray.7">
                    {t('intake.checklist.suppliedBy', { owner: labels.owner(item.owner) })}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
