// An OperationOutcome as an accessible list: each issue's severity (in words), its text and the
// element it concerns (FHIRPath), as the EHR would receive it.
import { Badge, Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssueSeverity, OperationOutcome } from '@infusio/domain/fhir';

const SEVERITY_COLOR: Record<IssueSeverity, string> = {
  fatal: 'red',
  error: 'red',
  warning: 'orange',
  information: 'cyan',
};

export function OperationOutcomeList({
  outcome,
  label,
}: {
  outcome: OperationOutcome;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <List spacing="sm" listStyleType="none" aria-label={label} data-testid="operation-outcome">
      {outcome.issue.map((issue, i) => (
        <List.Item key={i} data-severity={issue.severity}>
          <Stack gap={2}>
            <Text size="sm">
              <Badge variant="light" color={SEVERITY_COLOR[issue.severity]} tt="none" mr="xs">
                {t(`intake.fhir.severity.${issue.severity}`)}
              </Badge>
              {issue.details.text}
            </Text>
            {issue.expression && issue.expression.length > 0 && (
              <Text size="xs" c="gray.7">
                {t('intake.fhir.element')} <Code>{issue.expression.join(', ')}</Code>
              </Text>
            )}
            {issue.diagnostics && (
              <Text size="xs" c="gray.7">
                {issue.diagnostics}
              </Text>
            )}
          </Stack>
        </List.Item>
      ))}
    </List>
  );
}
