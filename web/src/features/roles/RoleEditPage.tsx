import { useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Loader, Modal, Paper, SimpleGrid, Stack, Switch, Tabs, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { applyServerErrors } from '../../api/form-errors.ts';
import { isApiError, type FieldError } from '../../api/problem.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { HistoryView } from '../../components/HistoryView.tsx';
import { useRecordForm } from '../../components/useRecordForm.ts';
import { rolesApi, type Role, type RoleBody } from './api.ts';
import { RightsPicker } from './RightsPicker.tsx';

interface Values {
  name: string;
  altLanguage: string;
  isBlocked: boolean;
  rights: number[];
}

const valuesOf = (r: Role | null): Values => ({
  name: r?.name ?? '',
  altLanguage: r?.altLanguage ?? '',
  isBlocked: r?.isBlocked ?? false,
  rights: r?.rights ?? [],
});
const bodyOf = (v: Values): RoleBody => ({ name: v.name.trim(), altLanguage: v.altLanguage.trim() || null, isBlocked: v.isBlocked, rights: v.rights });

function DuplicateModal({ role, onClose }: { role: Role; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const form = useForm({
    initialValues: { name: t('roles.copyOf', { name: role.name }).slice(0, 50) },
    validate: { name: (v) => (v.trim() ? null : t('form.required')) },
  });
  const submit = form.onSubmit(async ({ name }) => {
    try {
      const copy = await rolesApi.duplicate(role.id, name.trim());
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      notifications.show({ color: 'teal', message: t('roles.duplicated', { name: copy.name }) });
      onClose();
      navigate(`/roles/${copy.id}`);
    } catch (e) {
      setError(e);
      setUnplaced(applyServerErrors(form, e));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('roles.duplicateTitle', { name: role.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} unplaced={unplaced} />
          <TextInput label={t('roles.newName')} required maxLength={50} data-autofocus {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('roles.duplicate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RoleForm({ role, onReload }: { role: Role | null; onReload(): Promise<Role | undefined> }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'delete' | 'duplicate' | null>(null);
  const form = useForm<Values>({ initialValues: valuesOf(role), validate: { name: (v) => (v.trim() ? null : t('form.required')) } });
  const { current, error, unplaced, submit, reload } = useRecordForm<Role, Values>({
    form,
    record: role,
    valuesOf,
    save: (current, values) => (current ? rolesApi.update(current.id, current.version, bodyOf(values)) : rolesApi.create(bodyOf(values))),
    async afterSave(saved, created) {
      queryClient.setQueryData(['roles', 'one', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['roles', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['roles', 'all'] });
      await queryClient.invalidateQueries({ queryKey: ['history', `/roles/${saved.id}/history`] });
      notifications.show({ color: 'teal', message: t('roles.saved', { name: saved.name }) });
      if (created) navigate(`/roles/${saved.id}`, { replace: true });
    },
    onReload,
  });
  const editable = current ? can(Rights.roleEdit) : can(Rights.roleAdd);

  return (
    <>
      <form onSubmit={submit} noValidate aria-label={current ? t('roles.editTitle', { name: current.name }) : t('roles.add')}>
        <Stack>
          <FormAlert error={error} unplaced={unplaced} onReload={() => void reload()} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('roles.name')} required autoFocus maxLength={50} disabled={!editable} {...form.getInputProps('name')} />
            <TextInput label={t('roles.altLanguage')} maxLength={50} disabled={!editable} {...form.getInputProps('altLanguage')} />
          </SimpleGrid>
          <Switch
            label={t('roles.blockedSwitch')}
            description={t('roles.blockedHelp')}
            disabled={!editable}
            {...form.getInputProps('isBlocked', { type: 'checkbox' })}
          />
          <RightsPicker value={form.values.rights} onChange={(r) => form.setFieldValue('rights', r)} disabled={!editable} error={form.errors.rights} />
          <Group justify="space-between">
            <Group>
              <Button type="submit" loading={form.submitting} disabled={!editable}>
                {t('action.save')}
              </Button>
              <Button variant="default" component={Link} to="/roles">
                {t('action.back')}
              </Button>
            </Group>
            {current && (
              <Group>
                {can(Rights.roleDuplicate) && (
                  <Button variant="light" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setDialog('duplicate')}>
                    {t('roles.duplicate')}
                  </Button>
                )}
                {can(Rights.roleDelete) && (
                  <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog('delete')}>
                    {t('action.delete')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        </Stack>
      </form>
      {current && dialog === 'duplicate' && <DuplicateModal role={current} onClose={() => setDialog(null)} />}
      {current && (
        <ConfirmModal
          opened={dialog === 'delete'}
          onClose={() => setDialog(null)}
          title={t('roles.deleteTitle', { name: current.name })}
          message={t('roles.deleteConfirm', { name: current.name })}
          confirmLabel={t('action.delete')}
          onConfirm={async () => {
            await rolesApi.remove(current.id, current.version);
            await queryClient.invalidateQueries({ queryKey: ['roles'] });
            notifications.show({ color: 'teal', message: t('roles.deleted', { name: current.name }) });
            navigate('/roles');
          }}
          onReload={() => void reload()}
        />
      )}
    </>
  );
}

/** Add a role (/roles/new) or see and change one (/roles/:id): rights by module, duplicate, delete, history. */
export default function RoleEditPage() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('rights');
  const { id } = useParams();
  const query = useQuery({ queryKey: ['roles', 'one', id], queryFn: () => rolesApi.get(id!), enabled: !!id, staleTime: 0 });
  const role = query.data ?? null;
  useDocumentTitle(`${role ? role.name : t('roles.add')} · ${t('app.name')}`);

  if (id && query.isPending) return <Loader aria-label={t('list.loading')} />;
  if (id && query.error)
    return (
      <Alert color="red" role="alert" title={isApiError(query.error) ? query.error.problem.title : t('error.title')}>
        {isApiError(query.error) ? query.error.problem.detail : String(query.error)}
      </Alert>
    );

  return (
    <Stack maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to="/roles">
          {t('nav.roles')}
        </Anchor>
        <span>{role ? role.name : t('roles.add')}</span>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={1}>{role ? role.name : t('roles.add')}</Title>
        {role && role.isSystem > 0 && <Badge color="grape">{t('roles.kindSystem')}</Badge>}
        {role?.isBlocked && <Badge color="red">{t('roles.blocked')}</Badge>}
      </Group>
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="details">{t('roles.details')}</Tabs.Tab>
          {role && <Tabs.Tab value="history">{t('action.history')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Paper withBorder p="md">
            <RoleForm key={role?.id ?? 'new'} role={role} onReload={async () => (await query.refetch()).data} />
          </Paper>
        </Tabs.Panel>
        {role && (
          <Tabs.Panel value="history" pt="md">
            <HistoryView
              path={`/roles/${role.id}/history`}
              table="role"
              fieldLabel={(field) =>
                (
                  ({ name: t('roles.name'), altLanguage: t('roles.altLanguage'), isBlocked: t('roles.blockedSwitch'), isSystem: null }) as Record<
                    string,
                    string | null
                  >
                )[field]
              }
              linkTables={{ role_right: { field: 'rightId', label: t('roles.right'), resolve: (code) => `${tr(code as '101001')} (${code})` } }}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
