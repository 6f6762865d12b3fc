// The poverty guideline rows screening uses, editable by year and region: the built-in rows
// (DOMAIN.md §5.3) can be corrected, a new year added each January. Only rows that differ from the
// built-in table are sent as overrides; the server's field problems come back by override index
// and are shown beside the row they concern.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PovertyGuidelinesResponse } from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { FormErrorSummary } from '../patients/chart/form-error-summary.tsx';
import { QueryError } from '../../shell/query-error.tsx';
import { draftOf, isOverride, newKey, sentRow, type RowDraft } from './poverty-guideline-drafts.ts';
import { GuidelineFields } from './poverty-guideline-fields.tsx';
import { useSettingsFieldErrors } from './settings-field-errors.ts';

function GuidelinesEditor({ response }: { response: PovertyGuidelinesResponse }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const [rows, setRows] = useState<RowDraft[]>(() => draftOf(response));
  /** For each override sent, the key of its row (the server names /overrides/<index>). */
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  const save = useMutation({
    mutationFn: (body: { overrides: ReturnType<typeof sentRow>[] }) =>
      api<PovertyGuidelinesResponse>('PUT', '/api/configuration/poverty-guidelines', body),
    onSuccess: (saved) => {
      client.setQueryData(['poverty-guidelines'], saved);
      setRows(draftOf(saved));
    },
  });
  const errors = useSettingsFieldErrors(save.error);
  const errorsOfRow = (key: number) => {
    const index = sentKeys.indexOf(key);
    return (field: string) => (index < 0 ? undefined : errors.get(`/overrides/${index}${field}`));
  };
  function addYear() {
    setRows((current) => {
      const latest = current
        .filter((r) => r.region === 'contiguous')
        .sort((a, b) => Number(b.year) - Number(a.year))[0];
      const year = (Number(latest?.year) || new Date().getFullYear()) + 1;
      const added: RowDraft = {
        key: newKey(),
        isAdded: true,
        year,
        region: 'contiguous',
        base: latest?.base ?? '',
        increment: latest?.increment ?? '',
        effectiveDate: `${String(year)}-01-15`,
        source: '',
        mark: 'unverified',
        note: '',
      };
      return [added, ...current];
    });
  }
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const overrides = rows.filter(isOverride);
    setSentKeys(overrides.map((row) => row.key));
    save.mutate({ overrides: overrides.map(sentRow) });
  }
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby={titleId}
      data-testid="poverty-guidelines-form"
    >
      <Stack>
        <Title order={3} size="h4" id={titleId}>
          {t('assistanceSettings.guidelines.editTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('assistanceSettings.guidelines.help')}
        </Text>
        <FormErrorSummary error={save.error} />
        {save.isSuccess && (
          <Text role="status" c="teal.9" size="sm" data-testid="poverty-guidelines-saved">
            {t('assistanceSettings.guidelines.saved')}
          </Text>
        )}
        <div>
          <Button variant="default" onClick={addYear}>
            {t('assistanceSettings.guidelines.addYear')}
          </Button>
        </div>
        {rows.map((row) => (
          <GuidelineFields
            key={row.key}
            row={row}
            errorOf={errorsOfRow(row.key)}
            onChange={(changed) =>
              setRows((current) => current.map((r) => (r.key === row.key ? changed : r)))
            }
            onRemove={() => setRows((current) => current.filter((r) => r.key !== row.key))}
          />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="save-poverty-guidelines">
            {t('assistanceSettings.guidelines.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function PovertyGuidelinesSettings() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['poverty-guidelines'],
    queryFn: () => api<PovertyGuidelinesResponse>('GET', '/api/configuration/poverty-guidelines'),
  });
  return (
    <Stack component="section" aria-labelledby="poverty-guidelines-heading">
      <Title order={2} id="poverty-guidelines-heading">
        {t('assistanceSettings.guidelines.title')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {query.data && <GuidelinesEditor response={query.data} />}
    </Stack>
  );
}
