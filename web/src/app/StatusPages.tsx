import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotAllowedPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Title order={1}>{t('status.notAllowedTitle')}</Title>
      <Alert color="yellow">{t('status.notAllowed')}</Alert>
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={640}>
      <Title order={1}>{t('status.notFoundTitle')}</Title>
      <Alert color="gray">{t('status.notFound')}</Alert>
    </Stack>
  );
}
