// The documents of a chart or a referral: the list (kind, name, size, date, uploader), a viewer
// for PDFs and images, and, for users who may upload, the upload form with its progress bar.
import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import type {
  DocumentKind,
  DocumentMetadata,
  ListDocumentsResponse,
} from '@server/modules/documents/documents.contracts.ts';
import { api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { DOCUMENT_KINDS, formatBytes } from './document-format.ts';
import { DocumentUploadForm } from './document-upload-form.tsx';
import { DocumentViewer } from './document-viewer.tsx';

export interface DocumentsPanelProps {
  /** The chart's patient: lists the patient's documents and uploads into the chart. */
  patientId?: string;
  /**
   * A referral. Alone: the referral's documents, also before its patient is matched. With
   * patientId: the list is the patient's, and uploads are linked to this referral as well.
   */
  referralId?: string;
  /** Uploads are also linked to this admission (requires patientId). */
  admissionId?: string;
  /** Level of the panel's heading, to fit the page's outline (default 2). */
  headingOrder?: 2 | 3 | 4;
  /** Show the panel's own "Documents" heading (default true); without it the section is labelled. */
  withHeading?: boolean;
  /** Kinds offered in the upload form (default: all eight). */
  kinds?: readonly DocumentKind[];
  /** Never show the upload form (it is shown only to roles that may upload anyway). */
  readOnly?: boolean;
}

function endpointOf({ patientId, referralId }: DocumentsPanelProps): string | undefined {
  if (patientId) return `/api/patients/${encodeURIComponent(patientId)}/documents`;
  if (referralId) return `/api/referrals/${encodeURIComponent(referralId)}/documents`;
  return undefined;
}

export function DocumentsPanel(props: DocumentsPanelProps) {
  const {
    patientId,
    referralId,
    admissionId,
    headingOrder = 2,
    withHeading = true,
    kinds = DOCUMENT_KINDS,
    readOnly = false,
  } = props;
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const session = useSession();
  const [viewing, setViewing] = useState<DocumentMetadata | null>(null);
  const headingId = useId();
  const endpoint = endpointOf(props);
  const queryKey = ['documents', patientId ?? null, referralId ?? null] as const;
  const query = useQuery({
    queryKey,
    queryFn: () => api<ListDocumentsResponse>('GET', endpoint ?? ''),
    enabled: endpoint !== undefined,
  });
  const mayUpload = !readOnly && canPerform(session.data?.user.roles ?? [], 'document', 'create');
  const extraFields: Record<string, string> = {
    ...(patientId && referralId ? { referralId } : {}),
    ...(admissionId ? { admissionId } : {}),
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      {...(withHeading ? { 'aria-labelledby': headingId } : { 'aria-label': t('documents.title') })}
      data-testid="documents-panel"
    >
      <Stack gap="md">
        {withHeading && (
          <Title order={headingOrder} size="h3" id={headingId}>
            {t('documents.title')}
          </Title>
        )}
        {query.error && <QueryError error={query.error} />}
        {query.data?.items.length === 0 && (
          <Text c="gray.7" data-testid="documents-empty">
            {t('documents.empty')}
          </Text>
        )}
        {query.data && query.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="documents-table">
              <Table.Caption>{t('documents.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('documents.columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('documents.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('documents.columns.size')}</Table.Th>
                  <Table.Th scope="col">{t('documents.columns.uploaded')}</Table.Th>
                  <Table.Th scope="col">{t('documents.columns.uploadedBy')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('documents.columns.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((document) => (
                  <Table.Tr key={document.id}>
                    <Table.Td>{t(`documents.kinds.${document.kind}`)}</Table.Td>
                    <Table.Td>
                      {document.fileName}
                      {document.scanStatus === 'unscanned' && (
                        <Badge ml="xs" color="yellow" variant="light">
                          {t('documents.unscanned')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatBytes(document.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>{formatDateTime(document.uploadedAt, i18n.language)}</Table.Td>
                    <Table.Td>{document.uploadedBy?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconEye size={14} aria-hidden />}
                        onClick={() => setViewing(document)}
                        aria-label={t('documents.viewNamed', { name: document.fileName })}
                      >
                        {t('documents.view')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {mayUpload && endpoint && query.data && (
          <DocumentUploadForm
            uploadUrl={endpoint}
            kinds={kinds}
            maxBytes={query.data.maxBytes}
            extraFields={extraFields}
            onUploaded={() => void client.invalidateQueries({ queryKey })}
          />
        )}
      </Stack>
      <DocumentViewer document={viewing} onClose={() => setViewing(null)} />
    </Paper>
  );
}
