import { Alert, Button, List, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '../api/problem.ts';

interface Props {
  /** The error of the last save, if any. */
  error: unknown;
  /** Field errors no input could show (from applyServerErrors). */
  unplaced?: FieldError[];
  /** Offered when the record was changed by someone else (412): reload it, losing the edits. */
  onReload?(): void;
}

/**
 * The message above a form after a failed save. A 412 says the record was changed by someone else
 * and offers to reload it; field errors sit on their inputs, so only the rest is listed here.
 */
export function FormAlert({ error, unplaced = [], onReload }: Props) {
  const { t } = useTranslation(['web', 'errors']);
  if (!error) return null;
  if (isApiError(error) && error.isStale) {
    return (
      <Alert color="orange" title={t('errors:title.precondition-failed')} role="alert">
        <Stack gap="xs" align="flex-start">
          {t('form.stale')}
          {onReload && (
            <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload}>
              {t('form.reload')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (isApiError(error)) {
    const onlyFieldErrors = error.errors.length > 0 && unplaced.length === 0;
    return (
      <Alert color="red" title={error.problem.title} role="alert">
        {onlyFieldErrors ? t('form.fixFields') : error.problem.detail}
        {unplaced.length > 0 && (
          <List size="sm" mt="xs">
            {unplaced.map((e) => (
              <List.Item key={`${e.field}:${e.code}`}>{e.field ? `${e.field}: ${e.message}` : e.message}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('error.title')} role="alert">
      {String(error)}
    </Alert>
  );
}
