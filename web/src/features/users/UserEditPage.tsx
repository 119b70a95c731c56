import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Loader,
  MultiSelect,
  NativeSelect,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Tabs,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLockOpen, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { isApiError } from '../../api/problem.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DateTimeDisplay } from '../../components/DateDisplay.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { HistoryView } from '../../components/HistoryView.tsx';
import { useRecordForm } from '../../components/useRecordForm.ts';
import { languages } from '../../i18n/languages.ts';
import { usersApi, type User, type UserBody } from './api.ts';
import { useRoleAndDistrictLookups } from './lookups.ts';

interface Values {
  login: string;
  lastName: string;
  otherNames: string;
  language: string;
  calendar: string;
  phone: string;
  email: string;
  password: string;
  roleIds: string[];
  districtIds: string[];
  allDistricts: boolean;
  healthFacilityId: string;
}

function valuesOf(u: User | null): Values {
  return {
    login: u?.login ?? '',
    lastName: u?.lastName ?? '',
    otherNames: u?.otherNames ?? '',
    language: u?.language ?? 'en',
    calendar: u?.calendar ?? 'gregorian',
    phone: u?.phone ?? '',
    email: u?.email ?? '',
    password: '',
    roleIds: u?.roleIds ?? [],
    districtIds: u?.districtIds ?? [],
    allDistricts: u?.allDistricts ?? false,
    healthFacilityId: u?.healthFacilityId ?? '',
  };
}

function bodyOf(v: Values): UserBody {
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  return {
    login: v.login.trim(),
    lastName: v.lastName.trim(),
    otherNames: v.otherNames.trim(),
    language: v.language,
    calendar: v.calendar,
    phone: blank(v.phone),
    email: blank(v.email),
    ...(v.password ? { password: v.password } : {}),
    roleIds: v.roleIds,
    districtIds: v.allDistricts ? [] : v.districtIds,
    allDistricts: v.allDistricts,
    healthFacilityId: blank(v.healthFacilityId),
  };
}

function UserForm({ user, onReload }: { user: User | null; onReload(): Promise<User | undefined> }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { roles, districts } = useRoleAndDistrictLookups();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(user),
    validate: {
      login: (v) => (v.trim() ? null : t('form.required')),
      lastName: (v) => (v.trim() ? null : t('form.required')),
      otherNames: (v) => (v.trim() ? null : t('form.required')),
      password: (v: string): string | null => (!current && !v ? t('form.required') : null),
    },
  });

  const { current, error, setError, unplaced, submit, reload, reset } = useRecordForm<User, Values>({
    form,
    record: user,
    valuesOf,
    save: (current, values) => (current ? usersApi.update(current.id, current.version, bodyOf(values)) : usersApi.create(bodyOf(values))),
    async afterSave(saved, created) {
      queryClient.setQueryData(['users', 'one', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['history', `/users/${saved.id}/history`] });
      notifications.show({ color: 'teal', message: t('users.saved', { login: saved.login }) });
      if (created) navigate(`/users/${saved.id}`, { replace: true });
    },
    onReload,
  });
  const editable = current ? can(Rights.userEdit) : can(Rights.userAdd);

  const unlock = async () => {
    if (!current) return;
    setUnlocking(true);
    try {
      const u = await usersApi.unlock(current.id);
      reset(u);
      notifications.show({ color: 'teal', message: t('users.unlocked', { login: u.login }) });
      await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    } catch (e) {
      setError(e);
    } finally {
      setUnlocking(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={current ? t('users.editTitle', { login: current.login }) : t('users.add')}>
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          <FormAlert error={error} unplaced={unplaced} onReload={() => void reload()} />
          {current?.locked && (
            <Alert color="red" title={t('users.locked')}>
              <Group justify="space-between">
                {t('users.lockedHelp')}
                {can(Rights.userEdit) && (
                  <Button
                    size="xs"
                    color="red"
                    variant="white"
                    leftSection={<IconLockOpen size={14} aria-hidden />}
                    onClick={() => void unlock()}
                    loading={unlocking}
                  >
                    {t('users.unlock')}
                  </Button>
                )}
              </Group>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('users.login')} required autoFocus maxLength={25} autoComplete="off" {...form.getInputProps('login')} />
            <PasswordInput
              label={current ? t('users.newPassword') : t('users.password')}
              description={current ? t('users.newPasswordHelp') : undefined}
              required={!current}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <TextInput label={t('users.lastName')} required maxLength={100} {...form.getInputProps('lastName')} />
            <TextInput label={t('users.otherNames')} required maxLength={100} {...form.getInputProps('otherNames')} />
            <NativeSelect label={t('shell.language')} data={languages.map((l) => ({ value: l.id, label: l.name }))} {...form.getInputProps('language')} />
            <NativeSelect
              label={t('shell.calendar')}
              data={[
                { value: 'gregorian', label: t('calendar.gregorian') },
                { value: 'bikram-sambat', label: t('calendar.bikramSambat') },
              ]}
              {...form.getInputProps('calendar')}
            />
            <TextInput label={t('users.phone')} type="tel" maxLength={50} {...form.getInputProps('phone')} />
            <TextInput label={t('users.email')} type="email" maxLength={200} {...form.getInputProps('email')} />
          </SimpleGrid>
          <Checkbox.Group label={t('users.roles')} {...form.getInputProps('roleIds')}>
            {roles.isPending ? (
              <Loader size="xs" />
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
                {(roles.data ?? []).map((r) => (
                  <Checkbox key={r.id} value={r.id} label={r.isBlocked ? `${r.name} (${t('roles.blocked')})` : r.name} />
                ))}
              </SimpleGrid>
            )}
          </Checkbox.Group>
          <Switch label={t('users.allDistrictsSwitch')} {...form.getInputProps('allDistricts', { type: 'checkbox' })} />
          <MultiSelect
            label={t('users.districts')}
            description={form.values.allDistricts ? t('users.allDistrictsHelp') : undefined}
            data={(districts.data ?? []).map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
            searchable
            clearable
            disabled={form.values.allDistricts || !editable}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('districtIds')}
          />
          <TextInput label={t('users.healthFacilityId')} description={t('users.healthFacilityHelp')} {...form.getInputProps('healthFacilityId')} />
          <Group justify="space-between">
            <Group>
              <Button type="submit" loading={form.submitting} disabled={!editable}>
                {t('action.save')}
              </Button>
              <Button variant="default" component={Link} to="/users">
                {t('action.back')}
              </Button>
            </Group>
            {current && can(Rights.userDelete) && (
              <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirmDelete(true)}>
                {t('action.delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </fieldset>
      {current && (
        <ConfirmModal
          opened={confirmDelete}
          onClose={() => setConfirmDelete(false)}
          title={t('users.deleteTitle', { login: current.login })}
          message={t('users.deleteConfirm', { login: current.login })}
          confirmLabel={t('action.delete')}
          onConfirm={async () => {
            await usersApi.remove(current.id, current.version);
            await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
            notifications.show({ color: 'teal', message: t('users.deleted', { login: current.login }) });
            navigate('/users');
          }}
          onReload={() => void reload()}
        />
      )}
    </form>
  );
}

/** Add a user (/users/new) or see and change one (/users/:id), with its history. */
export default function UserEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useQuery({ queryKey: ['users', 'one', id], queryFn: () => usersApi.get(id!), enabled: !!id, staleTime: 0 });
  const { roleName, districtName } = useRoleAndDistrictLookups();
  const user = query.data ?? null;
  useDocumentTitle(`${user ? user.login : t('users.add')} · ${t('app.name')}`);

  if (id && query.isPending) return <Loader aria-label={t('list.loading')} />;
  if (id && query.error)
    return (
      <Alert color="red" role="alert" title={isApiError(query.error) ? query.error.problem.title : t('error.title')}>
        {isApiError(query.error) ? query.error.problem.detail : String(query.error)}
      </Alert>
    );

  return (
    <Stack maw={900}>
      <Breadcrumbs>
        <Anchor component={Link} to="/users">
          {t('nav.users')}
        </Anchor>
        <span>{user ? user.login : t('users.add')}</span>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={1}>{user ? `${user.otherNames} ${user.lastName}` : t('users.add')}</Title>
        {user?.locked && <Badge color="red">{t('users.locked')}</Badge>}
      </Group>
      {user && (
        <Group gap="xs" c="dimmed" fz="sm">
          {t('users.updatedAt')}: <DateTimeDisplay value={user.updatedAt} />
        </Group>
      )}
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('users.details')}</Tabs.Tab>
          {user && <Tabs.Tab value="history">{t('action.history')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Paper withBorder p="md">
            <UserForm key={user?.id ?? 'new'} user={user} onReload={async () => (await query.refetch()).data} />
          </Paper>
        </Tabs.Panel>
        {user && (
          <Tabs.Panel value="history" pt="md">
            <HistoryView
              path={`/users/${user.id}/history`}
              table="app_user"
              fieldLabel={(field) =>
                (
                  ({
                    login: t('users.login'),
                    lastName: t('users.lastName'),
                    otherNames: t('users.otherNames'),
                    language: t('shell.language'),
                    calendar: t('shell.calendar'),
                    phone: t('users.phone'),
                    email: t('users.email'),
                    allDistricts: t('users.allDistrictsSwitch'),
                    healthFacilityId: t('users.healthFacilityId'),
                    lockedUntil: t('users.lockedUntil'),
                  }) as Record<string, string>
                )[field]
              }
              linkTables={{
                user_role: { field: 'roleId', label: t('users.role'), resolve: (rid) => roleName.get(rid) },
                user_district: { field: 'locationId', label: t('users.district'), resolve: (did) => districtName.get(did) },
              }}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
