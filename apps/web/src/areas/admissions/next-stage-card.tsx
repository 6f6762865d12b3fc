// What stands between the admission and its next stage: the blocking checklist (whose job each item
// is), and "Move to <next stage>" for the roles that perform it. When the server refuses (409) its
// list of missing items is shown as it gave it.
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@infusio/domain/access';
import type { AdmissionStage, PreconditionKey } from '@infusio/domain/intake';
import type { AdvanceRequest, AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { PreconditionsTable } from './preconditions-table.tsx';
import { useAdmissionCommand } from './use-admission-command.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';

interface MissingItem {
  key: string;
  owner: string;
}

function missingOf(error: unknown): MissingItem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.extensions.missing)) return [];
  return (error.extensions.missing as unknown[]).filter(
    (m): m is MissingItem =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as MissingItem).key === 'string' &&
      typeof (m as MissingItem).owner === 'string',
  );
}

export function NextStageCard({
  admission,
  roles,
  onRecord,
  moduleLinks,
}: {
  admission: AdmissionDetail;
  roles: readonly Role[];
  onRecord: (key: PreconditionKey, wasMet: boolean) => void;
  moduleLinks: Partial<Record<PreconditionKey, { href: string; label: string }>>;
}) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const describe = useErrorMessage();
  const advance = useAdmissionCommand<AdvanceRequest, AdmissionDetail>(admission.id, 'advance');
  const next = admission.nextStage;
  if (!next) return null;
  const nextName = labels.stage(next.stage);
  // Discharge takes a reason from the maintained list, so it is a side exit, not a plain move.
  const isDischarge = next.stage === 'discharged';
  const mayMove = !isDischarge && next.performedBy.some((role) => roles.includes(role));
  const missing = missingOf(advance.error);
  const move = (to: AdmissionStage) => advance.mutate({ to });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="next-stage-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="next-stage-title">
          {t('admissions.next.title', { stage: nextName })}
        </Title>
        <Text size="sm" c="gray.7">
          {t('admissions.next.performedBy', {
            roles: next.performedBy.map((r) => labels.role(r)).join(t('admissions.listSeparator')),
          })}{' '}
          {next.ready ? t('admissions.next.ready') : t('admissions.next.notReady')}
        </Text>
        <PreconditionsTable
          items={admission.blocking}
          caption={t('admissions.next.caption', { stage: nextName })}
          roles={roles}
          canRecord={(item) => item.actionable}
          onRecord={(key, wasMet) => {
            advance.reset();
            onRecord(key, wasMet);
          }}
          testId="blocking-checklist"
          moduleLinks={moduleLinks}
        />
        {isDischarge && <Text size="sm">{t('admissions.next.dischargeByExit')}</Text>}
        {mayMove && (
          <Group>
            <Button
              rightSection={<IconArrowRight size={16} aria-hidden />}
              loading={advance.isPending}
              onClick={() => move(next.stage)}
            >
              {t('admissions.next.move', { stage: nextName })}
            </Button>
          </Group>
        )}
        {advance.error && (
          <Alert
            color="red"
            role="alert"
            icon={<IconAlertCircle aria-hidden />}
            title={t('admissions.next.refused', { stage: nextName })}
            data-testid="advance-refused"
          >
            <Stack gap={4}>
              <Text size="sm">
                {advance.error instanceof ApiError ? describe(advance.error) : t('errors.network')}
              </Text>
              {missing.length > 0 && (
                <List size="sm">
                  {missing.map((m) => (
                    <List.Item key={m.key}>
                      {t('admissions.next.missingItem', {
                        item: labels.precondition(m.key),
                        owner: labels.role(m.owner),
                      })}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
