// One coverage on the admission: its directory plan (or the picker to link one), "Check
// eligibility" with progress, and the latest answer: status, plan dates, the rejection as an
// action, the benefits per service type.
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import type {
  CoverageView,
  EligibilityCheckDetail,
} from '@server/modules/coverage/coverage.contracts.ts';
import type { PayerPlan } from '@server/modules/coverage/payers.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { BenefitsTable } from './benefits-table.tsx';
import { STATUS_COLORS, useCoverageWords } from './coverage-words.ts';
import { PlanPicker } from './plan-picker.tsx';
import { RejectionAction } from './rejection-action.tsx';

function CheckProblems({ problems }: { problems: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('coverage.error.title')} role="alert" data-testid="check-error">
      <List size="sm">
        {problems.map((problem) => (
          <List.Item key={problem}>{problem}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function CoverageItem({
  coverage,
  admissionId,
  patientState,
}: {
  coverage: CoverageView;
  admissionId: string;
  patientState: string;
}) {
  const { t, i18n } = useTranslation();
  const words = useCoverageWords();
  const titleId = useId();
  const client = useQueryClient();
  const roles = useSession().data?.user.roles ?? [];
  const canCheck = canPerform(roles, 'coverage', 'create');
  const canLink = canPerform(roles, 'coverage', 'update');
  const [picking, setPicking] = useState(false);
  // A linked plan or a new check also changes the admission's checklist, its benefit routing and
  // the authorizations its plan calls for.
  const refresh = () =>
    Promise.all(
      [
        ['admission-coverages', admissionId],
        ['admission'],
        ['benefit-routing', admissionId],
        ['authorizations'],
        ['work-queues'],
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
  const link = useMutation({
    mutationFn: (plan: PayerPlan) =>
      api<CoverageView>('POST', `/api/coverages/${coverage.id}/plan`, { payerPlanId: plan.id }),
    onSuccess: async () => {
      setPicking(false);
      await refresh();
    },
  });
  const check = useMutation({
    mutationFn: () =>
      api<EligibilityCheckDetail>('POST', `/api/coverages/${coverage.id}/eligibility-checks`, {
        admissionId,
      }),
    onSettled: refresh,
  });
  const latest = coverage.latestCheck;
  const detail = useQuery({
    queryKey: ['eligibility-check', latest?.id],
    queryFn: () =>
      api<EligibilityCheckDetail>('GET', `/api/eligibility-checks/${latest?.id ?? ''}`),
    enabled: latest !== null && (latest.status === 'active' || latest.status === 'inactive'),
  });
  const checkError = check.error instanceof ApiError ? check.error : null;
  const problems = (checkError?.extensions.problems as string[] | undefined) ?? [];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="coverage-item">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {t(`coverage.panel.order.${coverage.coverageOrder}`, {
                defaultValue: String(coverage.coverageOrder),
              })}
              : {coverage.payerName}
            </Title>
            <Text size="sm" c="gray.7">
              {t('coverage.panel.member', { id: coverage.memberId })}
              {coverage.groupNumber
                ? ` · ${t('coverage.panel.group', { id: coverage.groupNumber })}`
                : ''}
            </Text>
          </div>
          <Badge
            color={STATUS_COLORS[coverage.status] ?? 'gray'}
            variant="light"
            data-testid="coverage-status"
          >
            {words.status(coverage.status)}
          </Badge>
        </Group>

        <Group gap="xs" align="baseline">
          <Text size="sm" c="gray.7">
            {t('coverage.panel.plan')}
          </Text>
          <Text data-testid="coverage-plan">
            {coverage.plan
              ? `${coverage.plan.planName} (${coverage.plan.payerId})`
              : t('coverage.panel.notLinked')}
          </Text>
          {canLink && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setPicking((open) => !open)}
              aria-expanded={picking}
            >
              {coverage.plan ? t('coverage.panel.changePlan') : t('coverage.panel.linkPlan')}
            </Button>
          )}
        </Group>
        {link.error && <QueryError error={link.error} />}
        {picking && (
          <PlanPicker
            coverageId={coverage.id}
            patientState={patientState}
            onPick={(plan) => link.mutate(plan)}
            picking={link.isPending}
          />
        )}

        {canCheck && (
          <Group>
            <Button
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => check.mutate()}
              loading={check.isPending}
              disabled={!coverage.plan && !coverage.payerId}
            >
              {t('coverage.panel.check')}
            </Button>
            {!coverage.plan && !coverage.payerId && (
              <Text size="sm" c="gray.7">
                {t('coverage.panel.linkFirst')}
              </Text>
            )}
          </Group>
        )}
        {check.isPending && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('coverage.panel.checking')}</Text>
            <Progress value={100} animated striped aria-label={t('coverage.panel.checking')} />
          </Stack>
        )}
        {check.error &&
          (problems.length > 0 ? (
            <CheckProblems problems={problems} />
          ) : (
            <QueryError error={check.error} />
          ))}

        {latest === null ? (
          <Text c="gray.7">{t('coverage.panel.neverChecked')}</Text>
        ) : (
          <Stack gap="xs" data-testid="latest-check">
            <Group gap="xs">
              <Badge
                color={STATUS_COLORS[latest.status] ?? 'gray'}
                variant="light"
                data-testid="check-status"
              >
                {words.status(latest.status)}
              </Badge>
              <Text size="sm">
                {t('coverage.panel.lastChecked', {
                  when: formatDateTime(latest.checkedAt, i18n.language),
                  who: latest.checkedByName ?? words.trigger(latest.trigger),
                })}
              </Text>
            </Group>
            {latest.planName && (
              <Text size="sm">
                {t('coverage.panel.planDates', {
                  plan: latest.planName,
                  from: latest.planBegin ? formatDate(latest.planBegin, i18n.language) : '—',
                  to: latest.planEnd
                    ? formatDate(latest.planEnd, i18n.language)
                    : t('coverage.panel.noEnd'),
                })}
              </Text>
            )}
            {latest.rejection && (
              <RejectionAction
                rejection={latest.rejection}
                {...(canCheck ? { onRetry: () => check.mutate(), retrying: check.isPending } : {})}
              />
            )}
            {latest.status === 'error' && !check.error && (
              <CheckProblems problems={latest.problems} />
            )}
            {detail.error && <QueryError error={detail.error} />}
            {detail.data?.id === latest.id && detail.data.services.length > 0 && (
              <>
                <BenefitsTable services={detail.data.services} />
                {detail.data.messages.length > 0 && (
                  <div>
                    <Text size="sm" fw={600}>
                      {t('coverage.benefits.payerMessages')}
                    </Text>
                    {detail.data.messages.map((message) => (
                      <Text key={message} size="sm">
                        {message}
                      </Text>
                    ))}
                  </div>
                )}
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
