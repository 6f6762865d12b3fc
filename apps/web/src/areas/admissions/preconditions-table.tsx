// Requirements of the journey as a table: whose job each is, met or not (in words), who answered
// (the referral checklist, a person, or a module), the note, and "Record" for the items the
// user's roles own and may record now.
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@infusio/domain/access';
import type { PreconditionKey } from '@infusio/domain/intake';
import type { AdmissionDetail } from '@server/modules/intake/intake.contracts.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useAdmissionLabels } from './use-admission-labels.ts';

type Item = AdmissionDetail['blocking'][number];

/** For an item its module answers: a link to where that work is done, or a word saying so. */
function ModuleAction({
  item,
  link,
  label,
}: {
  item: Item;
  link: { href: string; label: string } | undefined;
  label: string;
}) {
  if (item.recordable || item.met)
    return (
      <Text size="sm" c="gray.7">
        —
      </Text>
    );
  if (link)
    return (
      <Anchor href={link.href} size="sm">
        {link.label}
      </Anchor>
    );
  return (
    <Text size="sm" c="gray.7">
      {label}
    </Text>
  );
}

export function PreconditionsTable({
  items,
  caption,
  roles,
  canRecord,
  onRecord,
  testId,
  moduleLinks = {},
}: {
  items: readonly Item[];
  caption: string;
  roles: readonly Role[];
  /** Whether recording is possible at all (admission open or on hold) and this item is workable now. */
  canRecord: (item: Item) => boolean;
  onRecord: (key: PreconditionKey, wasMet: boolean) => void;
  testId: string;
  /** Where on the page (or elsewhere) the module that answers an item does its work. */
  moduleLinks?: Partial<Record<PreconditionKey, { href: string; label: string }>>;
}) {
  const { t, i18n } = useTranslation();
  const labels = useAdmissionLabels();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid={testId} verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admissions.checklist.item')}</Table.Th>
            <Table.Th scope="col">{t('admissions.checklist.owner')}</Table.Th>
            <Table.Th scope="col">{t('admissions.checklist.state')}</Table.Th>
            <Table.Th scope="col">{t('admissions.checklist.source')}</Table.Th>
            <Table.Th scope="col">{t('admissions.checklist.note')}</Table.Th>
            <Table.Th scope="col">{t('admissions.checklist.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const name = labels.precondition(item.key);
            const mayRecord = item.recordable && roles.includes(item.owner) && canRecord(item);
            return (
              <Table.Tr
                key={item.key}
                data-key={item.key}
                data-met={item.met}
                data-recordable={item.recordable}
              >
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>{labels.role(item.owner)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={item.met ? 'teal' : 'red'}
                    leftSection={
                      item.met ? (
                        <IconCheck size={12} aria-hidden />
                      ) : (
                        <IconX size={12} aria-hidden />
                      )
                    }
                    tt="none"
                  >
                    {item.met ? t('admissions.checklist.met') : t('admissions.checklist.notMet')}
                  </Badge>
                  {!item.met && !item.actionable && (
                    <Text size="xs" c="gray.7">
                      {t('admissions.checklist.notYet')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.source(item.source)}</Text>
                  {item.recordedAt && (
                    <Text size="xs" c="gray.7">
                      {formatDateTime(item.recordedAt, i18n.language)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.note ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  {mayRecord ? (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('admissions.record.buttonNamed', { item: name })}
                      onClick={() => onRecord(item.key, item.met)}
                    >
                      {t('admissions.record.button')}
                    </Button>
                  ) : (
                    <ModuleAction
                      item={item}
                      link={moduleLinks[item.key]}
                      label={t('admissions.checklist.byModule')}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
