import { Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  id: string;
  title: string;
  /** How the figure is defined, in one or two sentences. */
  help: string;
  /** The chart's message in words: its text alternative, visible to everyone. */
  summary: string;
  chart: ReactNode;
  /** The chart's data as a table, shown on request. */
  table: ReactNode;
}

/**
 * A chart with its text alternatives: a one-line summary and a table of the same data behind a
 * toggle. The drawing itself is hidden from assistive technology, which gets the table instead.
 */
export function ChartCard({ id, title, help, summary, chart, table }: ChartCardProps) {
  const { t } = useTranslation();
  const [showTable, { toggle }] = useDisclosure(false);
  const tableId = `${id}-table`;
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} data-testid={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <Button
            variant="subtle"
            size="xs"
            onClick={toggle}
            aria-expanded={showTable}
            aria-controls={tableId}
          >
            {showTable ? t('dashboard.hideTable') : t('dashboard.showTable')}
          </Button>
        </Group>
        <Text size="sm" data-testid={`${id}-summary`}>
          {summary}
        </Text>
        <Box aria-hidden="true">{chart}</Box>
        <Box id={tableId} hidden={!showTable}>
          {table}
        </Box>
        <Text size="xs" c="gray.7">
          {help}
        </Text>
      </Stack>
    </Card>
  );
}
