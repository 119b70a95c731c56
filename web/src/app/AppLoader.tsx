import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's chunk or data loads. */
export function AppLoader() {
  const { t } = useTranslation();
  return (
    <Center mih={200} h="100%">
      <Loader aria-label={t('list.loading')} />
    </Center>
  );
}
