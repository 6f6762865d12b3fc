// The scheduler (or intake) puts a nurse of the branch on the patient's care team: from then on the
// nurse sees the patient, this admission and her part of the work queue.
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { ApiError, api } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';
import { latestNurse } from './admission-format.ts';
import { useAdmissionCommand } from './use-admission-command.ts';

interface NurseList {
  nurses: { userId: string; name: string }[];
}

export function AssignNurseCard({ admission }: { admission: AdmissionDetail }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [nurseId, setNurseId] = useState('');
  const [missing, setMissing] = useState(false);
  const nurses = useQuery({
    queryKey: ['admission', admission.id, 'nurses'],
    queryFn: () => api<NurseList>('GET', `/api/admissions/${admission.id}/nurses`),
  });
  const assign = useAdmissionCommand<{ userId: string }>(admission.id, 'assign-nurse');
  const current = latestNurse(admission.events);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!nurseId) {
      setMissing(true);
      return;
    }
    assign.mutate({ userId: nurseId }, { onSuccess: () => setNurseId('') });
  }

  const error = assign.error ?? nurses.error;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assign-nurse-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="assign-nurse-title">
            {t('admissions.nurse.title')}
          </Title>
          <Text size="sm" data-testid="assigned-nurse">
            {current
              ? t('admissions.nurse.current', { name: current })
              : t('admissions.nurse.none')}
          </Text>
          <Group align="flex-end">
            <NativeSelect
              label={t('admissions.nurse.choose')}
              value={nurseId}
              onChange={(e) => {
                setNurseId(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('admissions.nurse.required') : undefined}
              data={[
                { value: '', label: t('admissions.nurse.placeholder') },
                ...(nurses.data?.nurses ?? []).map((n) => ({ value: n.userId, label: n.name })),
              ]}
              miw={260}
            />
            <Button type="submit" loading={assign.isPending}>
              {t('admissions.nurse.assign')}
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {error instanceof ApiError ? describe(error) : t('errors.network')}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
