import { Suspense, type ReactNode } from 'react';
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

/** A header menu choosing one of a few options (language, calendar), the current one marked. */
function ChoiceMenu<T extends string>(props: {
  label: string;
  icon: ReactNode;
  options: { id: T; label: string; lang?: string }[];
  current: T;
  onChoose: (id: T) => void;
}) {
  const { label, icon, options, current, onChoose } = props;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={label} px="xs" py={4}>
          <Group gap={4} wrap="nowrap">
            {icon}
            <Text size="sm" visibleFrom="sm">
              {options.find((o) => o.id === current)?.label}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        {options.map((o) => (
          <Menu.Item
            key={o.id}
            lang={o.lang}
            onClick={() => onChoose(o.id)}
            aria-current={o.id === current ? 'true' : undefined}
            fw={o.id === current ? 700 : undefined}
          >
            {o.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function LanguageMenu() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const save = usePreferenceSaver();
  return (
    <ChoiceMenu
      label={t('shell.language')}
      icon={<IconLanguage size={18} aria-hidden />}
      options={languages.map((l) => ({ id: l.id, label: l.name, lang: l.id }))}
      current={language}
      onChoose={(id) => save({ language: id })}
    />
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
    <ChoiceMenu
      label={t('shell.calendar')}
      icon={<IconCalendar size={18} aria-hidden />}
      options={options}
      current={calendar}
      onChoose={(id) => save({ calendar: id })}
    />
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
