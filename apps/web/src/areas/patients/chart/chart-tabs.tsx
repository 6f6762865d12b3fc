import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { AdmissionsPanel } from './admissions-panel.tsx';
import { AllergiesPanel } from './allergies-panel.tsx';
import { CaregiversPanel } from './caregivers-panel.tsx';
import { ContactsPanel } from './contacts-panel.tsx';
import { CoverageCard } from './coverage-card.tsx';
import { DemographicsPanel } from './demographics-panel.tsx';
import { DiagnosesPanel } from './diagnoses-panel.tsx';
import { DocumentsPanel } from './documents-panel.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { MedicationsPanel } from './medications-panel.tsx';

type Section = ChartResponse['sections'][number];
type Tab = 'overview' | Exclude<Section, 'demographics' | 'coverages'> | 'history';

const SECTION_TABS: readonly Exclude<Tab, 'overview' | 'history'>[] = [
  'contacts',
  'caregivers',
  'allergies',
  'diagnoses',
  'medications',
  'documents',
  'admissions',
];

function panelFor(tab: Tab, chart: ChartResponse): React.ReactNode {
  switch (tab) {
    case 'overview':
      return (
        <Stack>
          <DemographicsPanel chart={chart} />
          {chart.coverages && <CoverageCard coverages={chart.coverages} />}
        </Stack>
      );
    case 'contacts':
      return <ContactsPanel chart={chart} />;
    case 'caregivers':
      return <CaregiversPanel chart={chart} />;
    case 'allergies':
      return <AllergiesPanel chart={chart} />;
    case 'diagnoses':
      return <DiagnosesPanel chart={chart} />;
    case 'medications':
      return <MedicationsPanel chart={chart} />;
    case 'documents':
      return <DocumentsPanel chart={chart} />;
    case 'admissions':
      return <AdmissionsPanel chart={chart} />;
    case 'history':
      return <HistoryPanel patientId={chart.patient.id} />;
  }
}

/**
 * The chart's sections as tabs (arrow keys move between them, the WAI-ARIA tabs pattern), only
 * those the caller may see. The open tab is in the address (?tab=allergies) so it can be linked.
 */
export function ChartTabs({ chart }: { chart: ChartResponse }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabs: Tab[] = [
    'overview',
    ...SECTION_TABS.filter((tab) => chart.sections.includes(tab)),
    'history',
  ];
  const requested = params.get('tab');
  const active = tabs.find((tab) => tab === requested) ?? 'overview';
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value) setParams({ tab: value }, { replace: true });
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('patientChart.tabs.label')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`patientChart.tabs.${tab}`)}
            {tab === 'allergies' && chart.allergies
              ? ` (${chart.allergies.filter((a) => a.status === 'active' && !a.isNkda).length})`
              : ''}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab} value={tab} pt="md">
          {panelFor(tab, chart)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
