import { Suspense } from 'react';
import { AppShell, Burger, Group, Menu, NavLink, ScrollArea, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendar, IconChevronDown, IconClockPlay, IconHome, IconLanguage, IconLogout, IconMapPin, IconShieldLock, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { CalendarId } from '@common/calendar/index.ts';
import { Rights } from '@common/rights.ts';
import { api, logOut } from '../api/client.ts';
import { languages, type LanguageId } from '../i18n/languages.ts';
import { setCalendar, setLanguage, usePreferences } from '../session/preferences.ts';
import { AppLoader } from './AppLoader.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useCan, useMe, type Me } from './me.ts';

const navItems = [
  { to: '/', label: 'nav.home', icon: IconHome, right: null },
  { to: '/locations', label: 'nav.locations', icon: IconMapPin, right: Rights.locationSearch },
  { to: '/users', label: 'nav.users', icon: IconUsers, right: Rights.userSearch },
  { to: '/roles', label: 'nav.roles', icon: IconShieldLock, right: Rights.roleSearch },
  { to: '/jobs', label: 'nav.jobs', icon: IconClockPlay, right: null },
] as const;

function usePreferenceSaver() {
  const queryClient = useQueryClient();
  return (change: { language?: LanguageId; calendar?: CalendarId }) => {
    if (change.language) setLanguage(change.language);
    if (change.calendar) setCalendar(change.calendar);
    queryClient.setQueryData<Me>(['me'], (me) => (me ? { ...me, ...change } : me));
    void api('/auth/me/preferences', { method: 'PUT', body: change }).catch(() => undefined);
  };
}

function LanguageMenu() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const save = usePreferenceSaver();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.language')} px="xs" py={4}>
          <Group gap={4} wrap="nowrap">
            <IconLanguage size={18} aria-hidden />
            <Text size="sm" visibleFrom="sm">
              {languages.find((l) => l.id === language)?.name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.language')}</Menu.Label>
        {languages.map((l) => (
          <Menu.Item
            key={l.id}
            lang={l.id}
            onClick={() => save({ language: l.id })}
            aria-current={l.id === language ? 'true' : undefined}
            fw={l.id === language ? 700 : undefined}
          >
            {l.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function CalendarMenu() {
  const { t } = useTranslation();
  const { calendar } = usePreferences();
  const save = usePreferenceSaver();
  const options: { id: CalendarId; label: string }[] = [
    { id: 'gregorian', label: t('calendar.gregorian') },
    { id: 'bikram-sambat', label: t('calendar.bikramSambat') },
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.calendar')} px="xs" py={4}>
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={18} aria-hidden />
            <Text size="sm" visibleFrom="sm">
              {options.find((o) => o.id === calendar)?.label}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.calendar')}</Menu.Label>
        {options.map((o) => (
          <Menu.Item
            key={o.id}
            onClick={() => save({ calendar: o.id })}
            aria-current={o.id === calendar ? 'true' : undefined}
            fw={o.id === calendar ? 700 : undefined}
          >
            {o.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { login: me.login })} px="xs" py={4}>
          <Group gap={4} wrap="nowrap">
            <Text size="sm" fw={600} truncate maw={140}>
              {`${me.otherNames} ${me.lastName}`}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.loggedInAs', { login: me.login })}</Menu.Label>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void logOut()}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The frame of every page: header (menus), navigation by rights, and the page. */
export function Shell() {
  const { t } = useTranslation();
  const can = useCan();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const visible = navItems.filter((item) => item.right === null || can(item.right));
  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname === to || location.pathname.startsWith(`${to}/`));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')} />
            <Title order={2} size="h4" c="teal.8">
              {t('app.name')}
            </Title>
          </Group>
          <Group gap={4} wrap="nowrap">
            <LanguageMenu />
            <CalendarMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <AppShell.Section grow component={ScrollArea}>
          {visible.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} aria-hidden />}
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<AppLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
