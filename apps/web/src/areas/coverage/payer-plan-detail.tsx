// One plan of the directory: what reimbursement staff need at a glance, and the edit and
// (de)activate commands.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayerPlan } from '@server/modules/coverage/payers.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useCoverageWords } from './coverage-words.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

export function PayerPlanDetail({
  plan,
  canEdit,
  onEdit,
  onChanged,
}: {
  plan: PayerPlan;
  canEdit: boolean;
  onEdit: () => void;
  onChanged: (plan: PayerPlan) => void;
}) {
  const { t } = useTranslation();
  const words = useCoverageWords();
  const titleId = useId();
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: () =>
      api<PayerPlan>('POST', `/api/payers/${plan.id}/${plan.active ? 'deactivate' : 'reactivate'}`),
    onSuccess: async (updated) => {
      onChanged(updated);
      await client.invalidateQueries({ queryKey: ['payers'] });
    },
  });
  return (
    <Card withBorder aria-labelledby={titleId} component="section" data-testid="payer-plan-detail">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {plan.planName}
            </Title>
            <Text c="gray.7">{plan.payerName}</Text>
          </div>
          <Group gap="xs">
            {plan.isDemo && <Badge variant="outline">{t('coverage.directory.demo')}</Badge>}
            {!plan.active && <Badge color="gray">{t('coverage.directory.inactive')}</Badge>}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fact label={t('coverage.plan.payerId')}>{plan.payerId}</Fact>
          <Fact label={t('coverage.plan.planType')}>{words.planType(plan.planType)}</Fact>
          <Fact label={t('coverage.plan.state')}>
            {plan.state ?? t('coverage.directory.national')}
          </Fact>
          <Fact label={t('coverage.plan.contractStatus')}>
            {words.contractStatus(plan.contractStatus)}
          </Fact>
          <Fact label={t('coverage.plan.billingModel')}>
            {words.billingModel(plan.billingModel)}
          </Fact>
          <Fact label={t('coverage.plan.timelyFiling')}>
            {t('coverage.plan.timelyFilingDays', { count: plan.timelyFilingDays })}
          </Fact>
          <Fact label={t('coverage.plan.phone')}>{plan.phone ?? '—'}</Fact>
          <Fact label={t('coverage.plan.fax')}>{plan.fax ?? '—'}</Fact>
        </SimpleGrid>
        <Fact label={t('coverage.plan.portal')}>
          {plan.portalUrl ? (
            <Anchor href={plan.portalUrl} target="_blank" rel="noreferrer noopener">
              {plan.portalUrl}
            </Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <div>
          <Text size="sm" c="gray.7">
            {t('coverage.plan.priorAuthTherapies')}
          </Text>
          {plan.priorAuthTherapies.length === 0 ? (
            <Text>{t('coverage.plan.noPriorAuth')}</Text>
          ) : (
            <List size="sm">
              {plan.priorAuthTherapies.map((therapy) => (
                <List.Item key={therapy}>{words.therapy(therapy)}</List.Item>
              ))}
            </List>
          )}
        </div>
        {toggle.error && <QueryError error={toggle.error} />}
        {canEdit && (
          <Group>
            <Button onClick={onEdit}>{t('coverage.plan.edit')}</Button>
            <Button variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
              {plan.active ? t('coverage.plan.deactivate') : t('coverage.plan.reactivate')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
