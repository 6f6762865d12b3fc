// The admission's authorizations, one row per request: service line and code, status, certification
// number, approved/used units as a bar, dates, time left to the payer's decision, and the commands
// that apply now (the main one as a button, the others in a menu).
import { Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuthorizationView } from '@server/modules/authorizations/authorizations.contracts.ts';
import type { AuthorizationCommand } from '@server/modules/authorizations/authorization-vocabulary.ts';
import { formatDate } from '../../shell/format.ts';
import { DeadlineText, StatusBadge, UnitsProgress } from './authorization-bits.tsx';
import { useAuthorizationWords } from './use-authorization-words.ts';

/** What a row's buttons ask the panel to do: open a form, or run a command at once. */
export type RowAction =
  | 'submit-278'
  | 'mark-submitted'
  | 'edit'
  | 'decide'
  | 'appeal'
  | 'record-usage'
  | 'mark-not-required'
  | 'renew'
  | 'expire'
  | 'cancel';

const MENU_ACTIONS: readonly { action: RowAction; command: AuthorizationCommand }[] = [
  { action: 'mark-submitted', command: 'submit' },
  { action: 'edit', command: 'edit' },
  { action: 'decide', command: 'decide' },
  { action: 'appeal', command: 'appeal' },
  { action: 'mark-not-required', command: 'mark-not-required' },
  { action: 'renew', command: 'renew' },
  { action: 'expire', command: 'expire' },
  { action: 'cancel', command: 'cancel' },
];

function mainAction(a: AuthorizationView): RowAction | null {
  if (a.commands.includes('submit')) return 'submit-278';
  if (a.commands.includes('record-usage')) return 'record-usage';
  if (a.commands.includes('decide')) return 'decide';
  if (a.commands.includes('appeal')) return 'appeal';
  return null;
}

function Dates({ a }: { a: AuthorizationView }) {
  const { t, i18n } = useTranslation();
  const range = (from: string, to: string) =>
    `${formatDate(from, i18n.language)} – ${formatDate(to, i18n.language)}`;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('authorizations.table.requested', { range: range(a.startDate, a.endDate) })}
      </Text>
      {a.approvedStart && a.approvedEnd && (
        <Text size="sm" fw={600}>
          {t('authorizations.table.approved', { range: range(a.approvedStart, a.approvedEnd) })}
        </Text>
      )}
    </Stack>
  );
}

function RowActions({
  a,
  busy,
  onAction,
}: {
  a: AuthorizationView;
  busy: boolean;
  onAction: (action: RowAction, a: AuthorizationView) => void;
}) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  const main = mainAction(a);
  const menu = MENU_ACTIONS.filter(
    (item) => a.commands.includes(item.command) && item.action !== main,
  );
  const name = `${words.serviceLine(a.serviceLine)} ${a.procedureCode}`;
  return (
    <Group gap="xs" wrap="nowrap">
      {main && (
        <Button
          size="xs"
          loading={busy && main === 'submit-278'}
          leftSection={main === 'submit-278' ? <IconSend size={14} aria-hidden /> : undefined}
          onClick={() => onAction(main, a)}
          aria-label={t(`authorizations.action.${main}Named`, { name })}
        >
          {t(`authorizations.action.${main}`)}
        </Button>
      )}
      {menu.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              size="xs"
              variant="default"
              rightSection={<IconChevronDown size={14} aria-hidden />}
              aria-label={t('authorizations.action.moreNamed', { name })}
            >
              {t('authorizations.action.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {menu.map((item) => (
              <Menu.Item key={item.action} onClick={() => onAction(item.action, a)}>
                {t(`authorizations.action.${item.action}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}

export function AuthorizationTable({
  authorizations,
  canEdit,
  busyId,
  onAction,
}: {
  authorizations: readonly AuthorizationView[];
  canEdit: boolean;
  busyId: string | null;
  onAction: (action: RowAction, a: AuthorizationView) => void;
}) {
  const { t } = useTranslation();
  const words = useAuthorizationWords();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="authorization-table">
        <Table.Caption>{t('authorizations.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('authorizations.table.service')}</Table.Th>
            <Table.Th scope="col">{t('authorizations.table.status')}</Table.Th>
            <Table.Th scope="col">{t('authorizations.table.certification')}</Table.Th>
            <Table.Th scope="col">{t('authorizations.table.units')}</Table.Th>
            <Table.Th scope="col">{t('authorizations.table.dates')}</Table.Th>
            <Table.Th scope="col">{t('authorizations.table.deadline')}</Table.Th>
            {canEdit && <Table.Th scope="col">{t('authorizations.table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {authorizations.map((a) => (
            <Table.Tr key={a.id} data-testid="authorization-row" data-code={a.procedureCode}>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {words.serviceLine(a.serviceLine)} · {a.procedureCode}
                  {a.modifier ? `-${a.modifier}` : ''}
                </Text>
                {a.description && (
                  <Text size="xs" c="gray.7">
                    {a.description}
                  </Text>
                )}
                {a.frequency && (
                  <Text size="xs" c="gray.7">
                    {a.frequency}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Stack gap={4}>
                  <StatusBadge status={a.status} />
                  {a.lastOutcome && (
                    <Text size="xs" c="gray.7">
                      {words.outcome(a.lastOutcome)} · {words.channel(a.channel)}
                    </Text>
                  )}
                  {a.decisionReason && (
                    <Text size="xs" c="gray.7" maw={260}>
                      {a.decisionReason}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td data-testid="certification-number">{a.certificationNumber ?? '—'}</Table.Td>
              <Table.Td>
                <UnitsProgress authorization={a} />
              </Table.Td>
              <Table.Td>
                <Dates a={a} />
              </Table.Td>
              <Table.Td>
                <DeadlineText deadline={a.deadline} />
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <RowActions a={a} busy={busyId === a.id} onAction={onAction} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
