import { Alert, Button, Group, Input, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DocumentKind,
  DocumentMetadata,
} from '@server/modules/documents/documents.contracts.ts';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { ApiError } from '../../api/http.ts';
import { SESSION_KEY } from '../../api/session.ts';
import { ACCEPTED_FILES, ACCEPTED_TYPES, formatBytes } from './document-format.ts';
import { uploadWithProgress } from './upload-with-progress.ts';
import { useDocumentErrorMessage } from './use-document-error-message.ts';

export interface DocumentUploadFormProps {
  uploadUrl: string;
  kinds: readonly DocumentKind[];
  maxBytes: number;
  /** Sent with the file when the panel belongs to a referral or admission as well as a patient. */
  extraFields: Readonly<Record<string, string>>;
  onUploaded: (document: DocumentMetadata) => void;
}

export function DocumentUploadForm({
  uploadUrl,
  kinds,
  maxBytes,
  extraFields,
  onUploaded,
}: DocumentUploadFormProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const describe = useDocumentErrorMessage();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string>('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = useState<{ kind?: string; file?: string }>({});

  function check(): boolean {
    const problems: { kind?: string; file?: string } = {};
    if (!kind) problems.kind = t('documents.upload.chooseKind');
    if (!file) problems.file = t('documents.upload.chooseFile');
    else if (file.size > maxBytes)
      problems.file = t('documents.errors.tooLarge', { max: formatBytes(maxBytes, i18n.language) });
    else if (file.type && !ACCEPTED_TYPES.includes(file.type))
      problems.file = t('documents.errors.wrongTypeLocal');
    setFieldErrors(problems);
    return Object.keys(problems).length === 0;
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setError(undefined);
    if (!check() || !file) return;
    const form = new FormData();
    form.append('kind', kind);
    for (const [name, value] of Object.entries(extraFields)) form.append(name, value);
    form.append('file', file, file.name);
    setProgress(0);
    try {
      const session = client.getQueryData<SessionResponse | null>(SESSION_KEY);
      const document = await uploadWithProgress<DocumentMetadata>(uploadUrl, form, {
        csrfToken: session?.csrfToken,
        onProgress: setProgress,
      });
      setFile(null);
      setKind('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(document);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length > 0) {
        setFieldErrors({
          kind: caught.fields.find((f) => f.field === '/kind')
            ? t('documents.upload.chooseKind')
            : undefined,
          file: caught.fields.find((f) => f.field === '/file') ? describe(caught) : undefined,
        });
      }
      setError(caught instanceof ApiError ? describe(caught) : t('errors.network'));
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('documents.upload.title')}>
      <Stack gap="sm">
        <Group align="flex-start" grow wrap="wrap">
          <NativeSelect
            label={t('documents.upload.kind')}
            required
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            error={fieldErrors.kind}
            data={[
              { value: '', label: t('documents.upload.kindPlaceholder') },
              ...kinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) })),
            ]}
            disabled={busy}
          />
          <Input.Wrapper
            label={t('documents.upload.file')}
            description={t('documents.upload.fileHelp', {
              max: formatBytes(maxBytes, i18n.language),
            })}
            error={fieldErrors.file}
            required
            id={fileId}
          >
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept={ACCEPTED_FILES}
              disabled={busy}
              aria-describedby={
                fieldErrors.file ? `${fileId}-description ${fileId}-error` : `${fileId}-description`
              }
              aria-invalid={fieldErrors.file ? true : undefined}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
        </Group>
        {file && !busy && (
          <Text size="sm" c="gray.7">
            {t('documents.upload.selected', {
              name: file.name,
              size: formatBytes(file.size, i18n.language),
            })}
          </Text>
        )}
        {progress !== null && (
          <Stack gap={4}>
            <Progress.Root size="lg">
              <Progress.Section
                value={Math.round(progress * 100)}
                aria-label={t('documents.upload.progress')}
              />
            </Progress.Root>
            <Text size="sm" aria-live="polite">
              {t('documents.upload.percent', { percent: Math.round(progress * 100) })}
            </Text>
          </Stack>
        )}
        {error && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
            data-testid="upload-error"
          >
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} loading={busy}>
            {t('documents.upload.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
