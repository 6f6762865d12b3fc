// The payer directory: type-ahead search on the left, the chosen plan (or the form to add or
// edit one) on the right. Only reimbursement staff (payer create/update) see the edit commands.
import { Button, Grid, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import type { PayerPlan } from '@server/modules/coverage/payers.contracts.ts';
import { useSession } from '../../api/session.ts';
import { PayerPlanDetail } from './payer-plan-detail.tsx';
import { PayerPlanForm } from './payer-plan-form.tsx';
import { PayerSearchPanel } from './payer-search-panel.tsx';

type Mode =
  { kind: 'none' } | { kind: 'view'; plan: PayerPlan } | { kind: 'edit'; plan: PayerPlan | null };

export function PayerDirectoryTab() {
  const { t } = useTranslation();
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  const canCreate = canPerform(roles, 'payer', 'create');
  const canEdit = canPerform(roles, 'payer', 'update');
  const [mode, setMode] = useState<Mode>({ kind: 'none' });
  const selectedId = mode.kind === 'none' ? null : (mode.plan?.id ?? null);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <PayerSearchPanel
          selectedId={selectedId}
          onOpen={(plan) => setMode({ kind: 'view', plan })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        {canCreate && mode.kind !== 'edit' && (
          <Group justify="flex-end" mb="sm">
            <Button variant="light" onClick={() => setMode({ kind: 'edit', plan: null })}>
              {t('coverage.directory.add')}
            </Button>
          </Group>
        )}
        {mode.kind === 'none' && <Text c="gray.7">{t('coverage.directory.choose')}</Text>}
        {mode.kind === 'view' && (
          <PayerPlanDetail
            plan={mode.plan}
            canEdit={canEdit}
            onEdit={() => setMode({ kind: 'edit', plan: mode.plan })}
            onChanged={(plan) => setMode({ kind: 'view', plan })}
          />
        )}
        {mode.kind === 'edit' && (
          <PayerPlanForm
            key={mode.plan?.id ?? 'new'}
            plan={mode.plan}
            onSaved={(plan) => setMode({ kind: 'view', plan })}
            onCancel={() =>
              setMode(mode.plan ? { kind: 'view', plan: mode.plan } : { kind: 'none' })
            }
          />
        )}
      </Grid.Col>
    </Grid>
  );
}
