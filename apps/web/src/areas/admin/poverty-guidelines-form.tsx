// The poverty guideline rows screening uses, editable by year and region: the built-in rows
// (DOMAIN.md §5.3) can be corrected, a new year added each January. Only rows that differ from the
// built-in table are sent as overrides; the server's field problems come back by override index
// and are shown beside the row they concern.
import {
  Badge,
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POVERTY_GUIDELINES,
  type PovertyGuidelineRow,
  type PovertyRegion,
} from '@infusio/domain/financial';
import {
  POVERTY_REGIONS,
  type PovertyGuidelinesResponse,
  type PutPovertyGuidelinesRequest,
} from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { FormErrorSummary } from '../patients/chart/form-error-summary.tsx';
import { QueryError } from '../../shell/query-error.tsx';
import { useSettingsFieldErrors } from './settings-field-errors.ts';

type Typed = number | string;
type Mark = PovertyGuidelineRow['mark'];
const MARKS: readonly Mark[] = ['verified', 'secondary', 'unverified'];
type SentRow = PutPovertyGuidelinesRequest['overrides'][number];

interface RowDraft {
  key: number;
  /** Added on this page: year and region can still be chosen. */
  isAdded: boolean;
  year: Typed;
  region: PovertyRegion;
  /** Dollars as typed. */
  base: Typed;
  increment: Typed;
  effectiveDate: string;
  source: string;
  mark: Mark;
  note: string;
}

let nextKey = 0;
const newKey = () => (nextKey += 1);

function draftOf(response: PovertyGuidelinesResponse): RowDraft[] {
  return response.rows.map((row) => ({
    key: newKey(),
    isAdded: false,
    year: row.year,
    region: row.region,
    base: row.baseCents / 100,
    increment: row.incrementCents / 100,
    effectiveDate: row.effectiveDate,
    source: row.source,
    mark: row.mark,
    note: row.note ?? '',
  }));
}

function builtInRow(row: RowDraft): PovertyGuidelineRow | undefined {
  return POVERTY_GUIDELINES.find((r) => r.year === Number(row.year) && r.region === row.region);
}

const centsOf = (dollars: Typed) =>
  dollars === '' || !Number.isFinite(Number(dollars)) ? null : Math.round(Number(dollars) * 100);

/** The row as sent; an empty figure goes as null and the server names the field. */
function sentRow(row: RowDraft): Omit<SentRow, 'year' | 'baseCents' | 'incrementCents'> & {
  year: number | null;
  baseCents: number | null;
  incrementCents: number | null;
} {
  return {
    year: row.year === '' ? null : Number(row.year),
    region: row.region,
    baseCents: centsOf(row.base),
    incrementCents: centsOf(row.increment),
    source: row.source,
    effectiveDate: row.effectiveDate,
    mark: row.mark,
    ...(row.note.trim() === '' ? {} : { note: row.note }),
  };
}

/** Differs from the built-in row of its year and region (or has none): an override to send. */
function isOverride(row: RowDraft): boolean {
  const builtIn = builtInRow(row);
  if (!builtIn) return true;
  const sent = sentRow(row);
  return (
    sent.baseCents !== builtIn.baseCents ||
    sent.incrementCents !== builtIn.incrementCents ||
    sent.effectiveDate !== builtIn.effectiveDate ||
    sent.source !== builtIn.source ||
    sent.mark !== builtIn.mark ||
    (sent.note ?? '') !== (builtIn.note ?? '')
  );
}

function restoredFrom(row: RowDraft, builtIn: PovertyGuidelineRow): RowDraft {
  return {
    ...row,
    base: builtIn.baseCents / 100,
    increment: builtIn.incrementCents / 100,
    effectiveDate: builtIn.effectiveDate,
    source: builtIn.source,
    mark: builtIn.mark,
    note: builtIn.note ?? '',
  };
}

function GuidelineFields({
  row,
  errorOf,
  onChange,
  onRemove,
}: {
  row: RowDraft;
  errorOf: (field: string) => string | undefined;
  onChange: (row: RowDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const builtIn = builtInRow(row);
  const changed = isOverride(row);
  const region = t(`financial.assistance.regions.${row.region}`);
  const legend = t('assistanceSettings.guidelines.rowLegend', { year: row.year, region });
  const set = (change: Partial<RowDraft>) => onChange({ ...row, ...change });
  return (
    <Fieldset legend={legend} data-testid={`guideline-${String(row.year)}-${row.region}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color={changed ? 'cyan' : 'gray'} tt="none">
            {changed
              ? t('assistanceSettings.guidelines.override')
              : t('assistanceSettings.guidelines.builtIn')}
          </Badge>
          {errorOf('') && (
            <Text c="red.8" size="sm">
              {errorOf('')}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          {row.isAdded && (
            <>
              <NumberInput
                label={t('assistanceSettings.guidelines.year')}
                allowDecimal={false}
                value={row.year}
                onChange={(year) => set({ year })}
                error={errorOf('/year')}
              />
              <NativeSelect
                label={t('assistanceSettings.guidelines.region')}
                data={POVERTY_REGIONS.map((value) => ({
                  value,
                  label: t(`financial.assistance.regions.${value}`),
                }))}
                value={row.region}
                onChange={(e) => {
                  const value = POVERTY_REGIONS.find((r) => r === e.currentTarget.value);
                  if (value) set({ region: value });
                }}
                error={errorOf('/region')}
              />
            </>
          )}
          <NumberInput
            label={t('assistanceSettings.guidelines.base')}
            decimalScale={2}
            thousandSeparator=","
            value={row.base}
            onChange={(base) => set({ base })}
            error={errorOf('/baseCents')}
          />
          <NumberInput
            label={t('assistanceSettings.guidelines.increment')}
            decimalScale={2}
            thousandSeparator=","
            value={row.increment}
            onChange={(increment) => set({ increment })}
            error={errorOf('/incrementCents')}
          />
          <TextInput
            type="date"
            label={t('assistanceSettings.guidelines.effectiveDate')}
            value={row.effectiveDate}
            onChange={(e) => set({ effectiveDate: e.currentTarget.value })}
            error={errorOf('/effectiveDate')}
          />
          <NativeSelect
            label={t('assistanceSettings.guidelines.mark')}
            data={MARKS.map((value) => ({ value, label: t(`financial.marks.${value}`) }))}
            value={row.mark}
            onChange={(e) => {
              const value = MARKS.find((m) => m === e.currentTarget.value);
              if (value) set({ mark: value });
            }}
            error={errorOf('/mark')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('assistanceSettings.guidelines.source')}
            value={row.source}
            onChange={(e) => set({ source: e.currentTarget.value })}
            error={errorOf('/source')}
          />
          <TextInput
            label={t('assistanceSettings.guidelines.note')}
            value={row.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
            error={errorOf('/note')}
          />
        </SimpleGrid>
        <Group>
          {!builtIn && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={onRemove}
              aria-label={t('assistanceSettings.guidelines.removeNamed', { name: legend })}
            >
              {t('assistanceSettings.guidelines.remove')}
            </Button>
          )}
          {builtIn && changed && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => onChange(restoredFrom(row, builtIn))}
              aria-label={t('assistanceSettings.guidelines.restoreNamed', { name: legend })}
            >
              {t('assistanceSettings.guidelines.restore')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

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
