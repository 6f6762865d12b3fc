// The therapy plan an estimate counts from: the referral's, with what staff change here (start,
// days, nursing schedule, how the pharmacy copay combines with the deductible).
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateEstimateRequest } from '@server/modules/financial/estimates.contracts.ts';
import { useFinancialError } from './use-financial-error.ts';

type Schedule = 'default' | 'each-dose-day' | 'weekly';
type CopayMode = 'default' | 'instead-of-deductible' | 'after-deductible';

const toNumber = (value: string | number): number | undefined =>
  value === '' ? undefined : Number(value);

export function EstimateForm({
  opened,
  onClose,
  onSubmit,
  pending,
  error,
}: {
  opened: boolean;
  onClose: () => void;
  onSubmit: (request: CreateEstimateRequest) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const describe = useFinancialError();
  const [startDate, setStartDate] = useState('');
  const [days, setDays] = useState<string | number>('');
  const [schedule, setSchedule] = useState<Schedule>('default');
  const [perWeek, setPerWeek] = useState<string | number>(1);
  const [hours, setHours] = useState<string | number>(1);
  const [firstHours, setFirstHours] = useState<string | number>('');
  const [copay, setCopay] = useState<CopayMode>('default');

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const durationDays = toNumber(days);
    const hoursPerVisit = toNumber(hours) ?? 1;
    const firstVisitHours = toNumber(firstHours);
    const request: CreateEstimateRequest = {
      ...(startDate ? { startDate } : {}),
      ...(durationDays ? { durationDays } : {}),
      ...(schedule === 'default'
        ? {}
        : {
            nursing: {
              schedule,
              hoursPerVisit,
              ...(schedule === 'weekly' ? { visitsPerWeek: toNumber(perWeek) ?? 1 } : {}),
              ...(firstVisitHours ? { firstVisitHours } : {}),
            },
          }),
      ...(copay === 'default' ? {} : { copayModes: { '88': copay } }),
    };
    onSubmit(request);
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('financial.estimate.form.title')}
      closeButtonProps={{ 'aria-label': t('financial.estimate.form.cancel') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('financial.estimate.form.startDate')}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
          />
          <NumberInput
            label={t('financial.estimate.form.durationDays')}
            min={1}
            max={730}
            allowDecimal={false}
            value={days}
            onChange={setDays}
          />
          <Select
            label={t('financial.estimate.form.nursingSchedule')}
            value={schedule}
            allowDeselect={false}
            onChange={(value) => setSchedule(value ?? 'default')}
            data={[
              { value: 'default', label: t('financial.estimate.form.defaultSchedule') },
              { value: 'each-dose-day', label: t('financial.estimate.form.eachDoseDay') },
              { value: 'weekly', label: t('financial.estimate.form.weekly') },
            ]}
          />
          {schedule === 'weekly' && (
            <NumberInput
              label={t('financial.estimate.form.visitsPerWeek')}
              min={0}
              max={14}
              allowDecimal={false}
              value={perWeek}
              onChange={setPerWeek}
            />
          )}
          {schedule !== 'default' && (
            <Group grow>
              <NumberInput
                label={t('financial.estimate.form.hoursPerVisit')}
                min={0.25}
                max={12}
                step={0.5}
                value={hours}
                onChange={setHours}
              />
              <NumberInput
                label={t('financial.estimate.form.firstVisitHours')}
                min={0.25}
                max={12}
                step={0.5}
                value={firstHours}
                onChange={setFirstHours}
              />
            </Group>
          )}
          <Select
            label={t('financial.estimate.form.copayPharmacy')}
            value={copay}
            allowDeselect={false}
            onChange={(value) => setCopay(value ?? 'default')}
            data={[
              { value: 'default', label: t('financial.estimate.form.copayDefault') },
              {
                value: 'instead-of-deductible',
                label: t('financial.copayModes.instead-of-deductible'),
              },
              { value: 'after-deductible', label: t('financial.copayModes.after-deductible') },
            ]}
          />
          {error !== null && error !== undefined && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {describe(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('financial.estimate.form.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="estimate-submit">
              {t('financial.estimate.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
