// Screening a patient for financial assistance: household size and yearly income (dollars), the
// state (Alaska and Hawaii have their own guidelines) and the guideline year.
import { Alert, Button, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateScreeningRequest,
  Screening,
} from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { dollarsToCents } from './financial-format.ts';
import { useFinancialError } from './use-financial-error.ts';

export function AssistanceScreeningForm({
  patientId,
  admissionId,
}: {
  patientId: string;
  admissionId: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const describe = useFinancialError();
  const [size, setSize] = useState<string | number>(1);
  const [income, setIncome] = useState('');
  const [state, setState] = useState('');
  const [year, setYear] = useState<string | number>('');
  const cents = dollarsToCents(income);
  const screen = useMutation({
    mutationFn: (body: CreateScreeningRequest) =>
      api<Screening>(
        'POST',
        `/api/patients/${encodeURIComponent(patientId)}/assistance-screenings`,
        body,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assistance', patientId] }),
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (cents === undefined) return;
    screen.mutate({
      householdSize: Number(size) || 1,
      annualIncomeDollars: cents / 100,
      admissionId,
      ...(state.trim() ? { state: state.trim().toUpperCase() } : {}),
      ...(year === '' ? {} : { year: Number(year) }),
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="screening-form">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('financial.assistance.screenTitle')}
        </Title>
        <Group grow align="flex-start">
          <NumberInput
            label={t('financial.assistance.householdSize')}
            min={1}
            max={50}
            allowDecimal={false}
            value={size}
            onChange={setSize}
            required
          />
          <TextInput
            label={t('financial.assistance.annualIncome')}
            inputMode="decimal"
            value={income}
            onChange={(e) => setIncome(e.currentTarget.value)}
            error={
              income !== '' && cents === undefined
                ? t('financial.assistance.annualIncome')
                : undefined
            }
            required
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('financial.assistance.state')}
            description={t('financial.assistance.stateHelp')}
            maxLength={2}
            value={state}
            onChange={(e) => setState(e.currentTarget.value)}
          />
          <NumberInput
            label={t('financial.assistance.year')}
            description={t('financial.assistance.yearHelp')}
            min={2000}
            max={2100}
            allowDecimal={false}
            value={year}
            onChange={setYear}
          />
        </Group>
        {screen.error && (
          <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
            {describe(screen.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={screen.isPending} disabled={cents === undefined}>
            {t('financial.assistance.screen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
