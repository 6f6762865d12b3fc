// Coverage & authorizations, the reimbursement specialist's area: the payer directory, eligibility
// checks needing action, estimates and assistance (the financial area's overview), and (with
// ?admission=<id>) one admission's coverages and benefits. The
// open tab is in the address (?tab=eligibility) so it can be linked.
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import FinancialOverview from '../financial/financial-overview.tsx';
import { AdmissionCoveragePanel } from './admission-coverage-panel.tsx';
import { EligibilityTab } from './eligibility-tab.tsx';
import { PayerDirectoryTab } from './payer-directory-tab.tsx';

type Tab = 'admission' | 'payers' | 'eligibility' | 'financial';

export function CoveragePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.coverage.label'));
  const [params, setParams] = useSearchParams();
  const admissionId = params.get('admission');
  const tabs: Tab[] = [
    ...(admissionId ? (['admission'] as const) : []),
    'payers',
    'eligibility',
    'financial',
  ];
  const active = tabs.find((tab) => tab === params.get('tab')) ?? tabs[0] ?? 'payers';
  return (
    <Stack>
      <Title order={1}>{t('areas.coverage.label')}</Title>
      <Text c="gray.7">{t('coverage.intro')}</Text>
      <Tabs
        value={active}
        onChange={(value) => {
          if (!value) return;
          const next = new URLSearchParams(params);
          next.set('tab', value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('coverage.tabs.label')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`coverage.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {admissionId && (
          <Tabs.Panel value="admission" pt="md">
            <AdmissionCoveragePanel admissionId={admissionId} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="payers" pt="md">
          <PayerDirectoryTab />
        </Tabs.Panel>
        <Tabs.Panel value="eligibility" pt="md">
          <EligibilityTab />
        </Tabs.Panel>
        <Tabs.Panel value="financial" pt="md">
          <FinancialOverview />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export default CoveragePage;
