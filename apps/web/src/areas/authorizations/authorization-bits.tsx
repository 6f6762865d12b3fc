// Small pieces shown wherever an authorization appears: its status, the time left to the payer's
// decision (late ones say so in words and with an icon, never by colour alone), the approved units
// used as a bar with its numbers, and an API error with the X12 problems it names.
import { Alert, Badge, Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuthorizationView } from '@server/modules/authorizations/authorizations.contracts.ts';
import { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { formatDateTime } from '../../shell/format.ts';
import { isUnitsLow, splitHoursLeft, usedPercent } from './authorization-format.ts';
import { useAuthorizationWords } from './use-authorization-words.ts';

const STATUS_COLOR: Readonly<Record<string, string>> = {
  draft: 'gray',
  submitted: 'blue',
  pended: 'yellow',
  approved: 'teal',
  'partially-approved': 'lime',
  denied: 'red',
  appealed: 'orange',
  expired: 'gray',
  'not-required': 'teal',
  cancelled: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const words = useAuthorizationWords();
  return (
    <Badge
      variant="light"
      color={STATUS_COLOR[status] ?? 'gray'}
      style={{ textTransform: 'none' }}
      styles={{ root: { height: 'auto', maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {words.status(status)}
    </Badge>
  );
}

export function DeadlineText({ deadline }: { deadline: AuthorizationView['deadline'] }) {
  const { t, i18n } = useTranslation();
  if (deadline === null) return <Text c="gray.7">—</Text>;
  const left = splitHoursLeft(deadline.hoursLeft);
  const span =
    left.days > 0
      ? t('authorizations.deadline.daysHours', { days: left.days, hours: left.hours })
      : t('authorizations.deadline.hours', { count: left.hours });
  return (
    <Stack gap={2}>
      {left.late ? (
        <Badge
          color="red"
          variant="filled"
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
          style={{ textTransform: 'none' }}
        >
          {t('authorizations.deadline.late', { span })}
        </Badge>
      ) : (
        <Group gap={4} wrap="nowrap">
          <IconClock size={14} aria-hidden />
          <Text size="sm">{t('authorizations.deadline.left', { span })}</Text>
        </Group>
      )}
      <Text size="xs" c="gray.7">
        {t('authorizations.deadline.due', { at: formatDateTime(deadline.dueAt, i18n.language) })}
        {' · '}
        {deadline.binding
          ? t('authorizations.deadline.binding')
          : t('authorizations.deadline.informational')}
      </Text>
    </Stack>
  );
}

export function UnitsProgress({ authorization }: { authorization: AuthorizationView }) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const approved = authorization.unitsApproved;
  if (approved === null)
    return (
      <Text size="sm">
        {t('authorizations.units.requested', {
          count: authorization.unitsRequested,
          unit: words.unitType(authorization.unitType, authorization.unitsRequested),
        })}
      </Text>
    );
  const used = authorization.unitsUsed;
  const low = isUnitsLow(used, approved);
  const label = t('authorizations.units.used', {
    used,
    approved,
    unit: words.unitType(authorization.unitType, approved),
  });
  return (
    <Stack gap={4} miw={140}>
      <Text size="sm">
        {label}
        {low && ` · ${t('authorizations.units.low')}`}
      </Text>
      <Progress
        value={usedPercent(used, approved)}
        color={low ? 'orange' : 'teal'}
        aria-label={label}
        size="md"
      />
    </Stack>
  );
}

interface X12ProblemView {
  segmentId?: string | null;
  segmentIndex?: number;
  element?: string | null;
  offset?: number;
  message?: string;
}

function problemsOf(error: ApiError): X12ProblemView[] {
  const problems = error.extensions.problems;
  return Array.isArray(problems) ? (problems as X12ProblemView[]) : [];
}

/** An API error in words; for a refused 278, each problem with its segment and position. */
export function CommandError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  if (!error) return null;
  const problems = error instanceof ApiError ? problemsOf(error) : [];
  return (
    <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
      <Text size="sm">{error instanceof ApiError ? describe(error) : t('errors.network')}</Text>
      {problems.some((p) => p.segmentId) && (
        <List size="sm" mt="xs">
          {problems.map((p, index) => (
            <List.Item key={index}>
              {t('authorizations.x12Problem', {
                segment: p.segmentId ?? '?',
                index: p.segmentIndex ?? '?',
                element: p.element ?? '—',
                offset: p.offset ?? '?',
                message: p.message ?? '',
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
