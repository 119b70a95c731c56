import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert.tsx';

interface Props {
  opened: boolean;
  onClose(): void;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: ReactNode;
  color?: string;
  /** Runs the action; a rejection is shown in the dialog (e.g. 409 "still in use"). */
  onConfirm(): Promise<unknown>;
  onReload?(): void;
}

/** Asks before a destructive action and shows why the server refused it, if it does. */
export function ConfirmModal({ opened, onClose, title, message, confirmLabel, color = 'red', onConfirm, onReload }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        <FormAlert error={error} {...(onReload ? { onReload: () => (close(), onReload()) } : {})} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('action.cancel')}
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={busy} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
