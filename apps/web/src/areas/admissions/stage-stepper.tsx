// The journey's stages as an ordered list: done, current (aria-current="step") and upcoming, each
// said in words as well as shown by an icon.
import { Box, Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdmissionStage } from '@infusio/domain/intake';
import { stageStates } from './admission-format.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';

export function StageStepper({ stage, label }: { stage: AdmissionStage; label: string }) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  return (
    <Box
      component="ol"
      aria-label={label}
      data-testid="stage-stepper"
      style={{
        listStyle: 'none',
        padding: 0,
        margin: 0,
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'var(--mantine-spacing-xs)',
      }}
    >
      {stageStates(stage).map(({ stage: s, state }, i) => (
        <Box
          component="li"
          key={s}
          aria-current={state === 'current' ? 'step' : undefined}
          data-state={state}
          px="xs"
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            border:
              state === 'current'
                ? '2px solid var(--mantine-color-cyan-9)'
                : '1px solid var(--mantine-color-gray-4)',
            background: state === 'current' ? 'var(--mantine-color-cyan-0)' : undefined,
          }}
        >
          <Group gap={6} wrap="nowrap">
            <ThemeIcon
              size="sm"
              radius="xl"
              variant={state === 'upcoming' ? 'outline' : 'light'}
              color={state === 'done' ? 'teal' : state === 'current' ? 'cyan' : 'gray'}
              aria-hidden
            >
              {state === 'done' ? <IconCheck size={12} /> : <IconPointFilled size={12} />}
            </ThemeIcon>
            <Text
              size="sm"
              fw={state === 'current' ? 700 : 400}
              c={state === 'upcoming' ? 'gray.7' : undefined}
            >
              {i + 1}. {labels.stage(s)}
              <VisuallyHidden> ({t(`admissions.stepState.${state}`)})</VisuallyHidden>
            </Text>
          </Group>
        </Box>
      ))}
    </Box>
  );
}
