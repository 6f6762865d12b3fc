import { Anchor, Box, Group, Image, Modal, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentMetadata } from '@server/modules/documents/documents.contracts.ts';

/** The document in a dialog: PDFs in a titled frame, images with a text alternative. */
export function DocumentViewer({
  document,
  onClose,
}: {
  document: DocumentMetadata | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const kind = document ? t(`documents.kinds.${document.kind}`) : '';
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      title={document ? `${kind}: ${document.fileName}` : ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('documents.viewer.close') }}
      data-testid="document-viewer"
    >
      {document && (
        <Box>
          {document.mediaType === 'application/pdf' ? (
            <iframe
              title={t('documents.viewer.frameTitle', { kind, name: document.fileName })}
              src={document.contentUrl}
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ) : (
            <Image
              src={document.contentUrl}
              alt={t('documents.viewer.imageAlt', { kind, name: document.fileName })}
              fit="contain"
              mah="70vh"
            />
          )}
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="gray.7">
              {t('documents.viewer.hint')}
            </Text>
            <Anchor href={document.contentUrl} target="_blank" rel="noopener noreferrer" size="sm">
              <Group gap={4} wrap="nowrap">
                {t('documents.viewer.openInTab')}
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          </Group>
        </Box>
      )}
    </Modal>
  );
}
