import { Button, Card, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaregiverRequest } from '@server/modules/patients/chart-commands.contracts.ts';
import type { Caregiver } from '@server/modules/patients/chart.contracts.ts';
import {
  CAREGIVER_PERMISSIONS,
  type CaregiverPermission,
  type Relationship,
} from '@server/modules/patients/chart-vocabulary.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { RelationshipSelect } from './relationship-select.tsx';
import { useChartCommand } from './use-chart.ts';

function draftOf(caregiver: Caregiver | undefined): CaregiverRequest {
  return {
    name: caregiver?.name ?? '',
    relationship: (caregiver?.relationship ?? 'daughter') as Relationship,
    phone: caregiver?.phone ?? '',
    email: caregiver?.email ?? '',
    permissions: (caregiver?.permissions ?? []) as CaregiverPermission[],
    portalUsername: caregiver?.portalAccount?.username ?? '',
  };
}

/**
 * Adds a caregiver, or edits one (`caregiver` given, with an id). A portal-only caregiver (id null)
 * is added as a new record linked to her account.
 */
export function CaregiverForm({
  patientId,
  caregiver,
  onDone,
}: {
  patientId: string;
  caregiver?: Caregiver;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [draft, setDraft] = useState<CaregiverRequest>(() => draftOf(caregiver));
  const id = caregiver?.id ?? null;
  const save = useChartCommand<CaregiverRequest>(patientId, id ? 'PUT' : 'POST', () =>
    id ? `/caregivers/${id}` : '/caregivers',
  );
  const errors = useFieldErrors(save.error);
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate(draft, { onSuccess: onDone });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack>
        <Title order={3} size="h5" id={titleId}>
          {id
            ? t('patientChart.caregivers.editNamed', { name: caregiver?.name ?? '' })
            : t('patientChart.caregivers.add')}
        </Title>
        <FormErrorSummary error={save.error} />
        <Group grow align="flex-start">
          <TextInput
            label={t('patientChart.name')}
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={errors.name}
          />
          <RelationshipSelect
            value={draft.relationship}
            onChange={(relationship) => setDraft({ ...draft, relationship })}
            error={errors.relationship}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('patient.phone')}
            type="tel"
            value={draft.phone ?? ''}
            onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value })}
            error={errors.phone}
          />
          <TextInput
            label={t('patient.email')}
            type="email"
            value={draft.email ?? ''}
            onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
            error={errors.email}
          />
        </Group>
        <Checkbox.Group
          label={t('patientChart.caregivers.permissions')}
          description={t('patientChart.caregivers.permissionsHelp')}
          value={[...draft.permissions]}
          onChange={(values) => setDraft({ ...draft, permissions: values })}
          error={errors.permissions}
        >
          <Stack gap={6} mt={6}>
            {CAREGIVER_PERMISSIONS.map((permission) => (
              <Checkbox
                key={permission}
                value={permission}
                label={t(`patientChart.permissions.${permission}`)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label={t('patientChart.caregivers.portalUsername')}
          description={t('patientChart.caregivers.portalUsernameHelp')}
          value={draft.portalUsername ?? ''}
          onChange={(e) => setDraft({ ...draft, portalUsername: e.currentTarget.value })}
          error={errors.portalUsername}
          autoComplete="off"
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('patientChart.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('patientChart.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
