// The latest benefits per service type, one row per network: deductible and how much is met,
// coinsurance, copay, out-of-pocket maximum and how much is met, whether authorization is required,
// and the payer's messages. Not covered and inactive rows say so in words, not only in colour.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  NetworkBenefits,
  ServiceBenefits,
} from '@server/modules/coverage/coverage.contracts.ts';
import { accumulatorParts, formatCents, formatRate } from './coverage-format.ts';
import { useCoverageWords } from './coverage-words.ts';

function Accumulated({
  value,
  kind,
}: {
  value: NetworkBenefits['deductible'];
  kind: 'deductible' | 'oop';
}) {
  const { t, i18n } = useTranslation();
  const parts = accumulatorParts(value, i18n.language);
  if (!parts.amount && !parts.remaining)
    return (
      <>
        {kind === 'oop' && value === null
          ? t('coverage.benefits.noOop')
          : t('coverage.benefits.none')}
      </>
    );
  return (
    <>
      <Text span>{parts.amount ?? t('coverage.benefits.none')}</Text>
      {parts.met && (
        <Text span size="sm" c="gray.7" display="block">
          {t('coverage.benefits.met', { met: parts.met })}
        </Text>
      )}
      {parts.remaining && (
        <Text span size="sm" c="gray.7" display="block">
          {t('coverage.benefits.remaining', { remaining: parts.remaining })}
        </Text>
      )}
    </>
  );
}

function authText(value: boolean | null, t: (key: string) => string): string {
  if (value === true) return t('coverage.benefits.authYes');
  if (value === false) return t('coverage.benefits.authNo');
  return t('coverage.benefits.authUnknown');
}

export function BenefitsTable({ services }: { services: readonly ServiceBenefits[] }) {
  const { t, i18n } = useTranslation();
  const words = useCoverageWords();
  const rows = services.flatMap((service) =>
    (['in', 'out'] as const).map((network) => ({
      service,
      network,
      figures: network === 'in' ? service.inNetwork : service.outOfNetwork,
    })),
  );
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table withTableBorder data-testid="benefits-table">
        <Table.Caption>{t('coverage.benefits.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coverage.benefits.columns.service')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.network')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.deductible')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.coinsurance')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.copay')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.oop')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.auth')}</Table.Th>
            <Table.Th scope="col">{t('coverage.benefits.columns.messages')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ service, network, figures }) => (
            <Table.Tr
              key={`${service.serviceType}-${network}`}
              data-service-type={service.serviceType}
              data-network={network}
            >
              <Table.Th scope="row">
                {words.serviceType(service.serviceType, service.meaning)} ({service.serviceType})
                {service.status !== 'active' && network === 'in' && (
                  <Badge
                    color={service.status === 'not-covered' ? 'red' : 'gray'}
                    variant="light"
                    ml="xs"
                  >
                    {t(`coverage.benefits.serviceStatus.${service.status}`, {
                      defaultValue: service.status,
                    })}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                {network === 'in'
                  ? t('coverage.benefits.inNetwork')
                  : t('coverage.benefits.outOfNetwork')}
              </Table.Td>
              <Table.Td>
                <Accumulated value={figures.deductible} kind="deductible" />
              </Table.Td>
              <Table.Td>
                {figures.coinsuranceRate === null
                  ? t('coverage.benefits.none')
                  : formatRate(figures.coinsuranceRate, i18n.language)}
              </Table.Td>
              <Table.Td>
                {figures.copayCents === null
                  ? t('coverage.benefits.none')
                  : formatCents(figures.copayCents, i18n.language)}
              </Table.Td>
              <Table.Td>
                <Accumulated value={figures.outOfPocket} kind="oop" />
              </Table.Td>
              <Table.Td>{authText(figures.authRequired, t)}</Table.Td>
              <Table.Td>
                {network === 'in' &&
                  service.messages.map((message) => (
                    <Text key={message} size="sm">
                      {message}
                    </Text>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
