// One poverty guideline row's fields (year and region only while the row is new), with the
// server's problems beside each field and a way back to the built-in figures.
import {
  Badge,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POVERTY_REGIONS } from '@server/modules/financial/assistance.contracts.ts';
import {
  builtInRow,
  isOverride,
  MARKS,
  restoredFrom,
  type RowDraft,
} from './poverty-guideline-drafts.ts';

export function GuidelineFields({
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
