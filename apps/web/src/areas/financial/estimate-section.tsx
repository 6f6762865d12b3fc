// The admission's estimate: every version (the latest shown), creating a new version from the
// therapy plan, and the chosen version in full.
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateEstimateRequest,
  EstimateDetail,
  ListEstimatesResponse,
} from '@server/modules/financial/estimates.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { EstimateForm } from './estimate-form.tsx';
import { EstimateView } from './estimate-view.tsx';

export function EstimateSection({
  admissionId,
  mayCreate,
  mayUpdate,
}: {
  admissionId: string;
  mayCreate: boolean;
  mayUpdate: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const versions = useQuery({
    queryKey: ['estimates', 'versions', admissionId],
    queryFn: () =>
      api<ListEstimatesResponse>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/estimates`,
      ),
  });
  const list = versions.data?.versions ?? [];
  const selectedId = chosen ?? list[0]?.id ?? null;
  const detail = useQuery({
    queryKey: ['estimates', 'detail', selectedId],
    queryFn: () => api<EstimateDetail>('GET', `/api/estimates/${selectedId ?? ''}`),
    enabled: selectedId !== null,
  });
  const create = useMutation({
    mutationFn: (request: CreateEstimateRequest) =>
      api<EstimateDetail>(
        'POST',
        `/api/admissions/${encodeURIComponent(admissionId)}/estimates`,
        request,
      ),
    onSuccess: async (created) => {
      setFormOpen(false);
      setChosen(created.id);
      await client.invalidateQueries({ queryKey: ['estimates'] });
    },
  });
  const latest = list[0];

  return (
    <Stack gap="sm" data-testid="estimate-section">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('financial.estimate.title')}
        </Title>
        {mayCreate && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            variant={latest ? 'light' : 'filled'}
            onClick={() => {
              create.reset();
              setFormOpen(true);
            }}
            data-testid="new-estimate"
          >
            {latest ? t('financial.estimate.newVersion') : t('financial.estimate.create')}
          </Button>
        )}
      </Group>
      {versions.error && <QueryError error={versions.error} />}
      {versions.data && list.length === 0 && <Text c="gray.7">{t('financial.estimate.none')}</Text>}
      {list.length > 1 && (
        <Select
          label={t('financial.estimate.versionLabel')}
          value={selectedId}
          allowDeselect={false}
          maw={320}
          onChange={(value) => setChosen(value)}
          data={list.map((v) => ({
            value: v.id,
            label: t('financial.estimate.versionOption', {
              version: v.version,
              status: t(`financial.estimate.status.${v.status}`),
            }),
          }))}
        />
      )}
      {detail.data && !detail.data.isLatest && latest && (
        <Alert color="gray" variant="light">
          {t('financial.estimate.superseded', { version: latest.version })}
        </Alert>
      )}
      {detail.error && <QueryError error={detail.error} />}
      {detail.data && <EstimateView estimate={detail.data} mayUpdate={mayUpdate} />}
      <EstimateForm
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        onSubmit={(request) => create.mutate(request)}
        pending={create.isPending}
        error={create.error}
      />
    </Stack>
  );
}
