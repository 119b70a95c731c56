import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Rights } from '@common/rights.ts';
import { useCan, useMe } from '../../app/me.ts';
import { DateDisplay } from '../../components/DateDisplay.tsx';
import { todayIso } from '../../components/dates.ts';

/** The start page: who is logged in, today's date in their calendar, and the registers they may open. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  useDocumentTitle(t('app.name'));
  const cards = [
    { to: '/locations', title: t('nav.locations'), text: t('home.locations'), right: Rights.locationSearch },
    { to: '/users', title: t('nav.users'), text: t('home.users'), right: Rights.userSearch },
    { to: '/roles', title: t('nav.roles'), text: t('home.roles'), right: Rights.roleSearch },
    { to: '/jobs', title: t('nav.jobs'), text: t('home.jobs'), right: null },
  ].filter((c) => c.right === null || can(c.right));
  return (
    <Stack>
      <Title order={1}>{t('home.welcome', { login: me.login })}</Title>
      <Text>
        {t('home.today')} <DateDisplay value={todayIso()} format="long" />
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {cards.map((c) => (
          <Card key={c.to} component={Link} to={c.to} withBorder padding="lg">
            <Text fw={600}>{c.title}</Text>
            <Text size="sm" c="dimmed">
              {c.text}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
