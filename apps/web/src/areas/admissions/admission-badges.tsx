// Badges that always carry words as well as colour (WCAG 1.4.1): ageing, response clock, flags.
import { Badge, Group } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import { ageingColor, clockColor, type Ageing, type ClockState } from './admission-format.ts';

/** Badges wrap inside narrow table cells instead of cutting their words off. */
const WRAPPING = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;
import { useAdmissionLabels } from './use-admission-labels.ts';

export function AgeingBadge({ ageing, hours }: { ageing: Ageing; hours: number }) {
  const labels = useAdmissionLabels();
  return (
    <Badge
      variant="light"
      color={ageingColor(ageing)}
      leftSection={<IconClockHour4 size={12} aria-hidden />}
      data-ageing={ageing}
      tt="none"
      styles={WRAPPING}
    >
      {labels.duration(hours)} · {labels.ageing(ageing)}
    </Badge>
  );
}

export function ClockBadge({ clock }: { clock: { state: ClockState; minutesLeft: number } }) {
  const labels = useAdmissionLabels();
  return (
    <Badge
      variant="light"
      color={clockColor(clock.state)}
      leftSection={<IconAlarm size={12} aria-hidden />}
      data-clock={clock.state}
      tt="none"
      styles={WRAPPING}
    >
      {labels.clock(clock)}
    </Badge>
  );
}

export function FlagBadges({ flags }: { flags: readonly string[] }) {
  const labels = useAdmissionLabels();
  if (flags.length === 0) return null;
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge
          key={flag}
          variant="light"
          color="red"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          tt="none"
          styles={WRAPPING}
        >
          {labels.flag(flag)}
        </Badge>
      ))}
    </Group>
  );
}
