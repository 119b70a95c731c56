import { useState } from 'react';
import { Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { ListPage } from '../../components/ListPage.tsx';
import { rolesApi, type Role } from './api.ts';

/** Roles: list with search and a system/custom filter. */
export default function RolesPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(`${t('nav.roles')} · ${t('app.name')}`);
  const [kind, setKind] = useState<'all' | 'system' | 'custom'>('all');
  const system = kind === 'all' ? undefined : kind === 'system';

  return (
    <ListPage<Role>
      title={t('nav.roles')}
      searchLabel={t('roles.search')}
      queryKey={['roles', 'list', { kind }]}
      fetchPage={({ q, cursor, withTotal, signal }) => rolesApi.list({ q, ...(system === undefined ? {} : { system }), cursor, total: withTotal }, signal)}
      rowKey={(r) => r.id}
      rowLink={(r) => `/roles/${r.id}`}
      actions={
        can(Rights.roleAdd) && (
          <Button component={Link} to="/roles/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('roles.add')}
          </Button>
        )
      }
      filters={
        <Stack gap={4}>
          <Text size="sm" fw={500} id="role-kind-label">
            {t('roles.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="role-kind-label"
            value={kind}
            onChange={(v) => setKind(v as typeof kind)}
            data={[
              { value: 'all', label: t('roles.kindAll') },
              { value: 'system', label: t('roles.kindSystem') },
              { value: 'custom', label: t('roles.kindCustom') },
            ]}
          />
        </Stack>
      }
      columns={[
        { key: 'name', header: t('roles.name'), render: (r) => r.name },
        { key: 'alt', header: t('roles.altLanguage'), visibleFrom: 'md', render: (r) => r.altLanguage ?? '' },
        {
          key: 'kind',
          header: t('roles.kind'),
          nowrap: true,
          render: (r) => (
            <Group gap={4}>
              <Badge variant="light" color={r.isSystem ? 'grape' : 'blue'}>
                {r.isSystem ? t('roles.kindSystem') : t('roles.kindCustom')}
              </Badge>
              {r.isBlocked && (
                <Badge variant="light" color="red">
                  {t('roles.blocked')}
                </Badge>
              )}
            </Group>
          ),
        },
        { key: 'rights', header: t('roles.rightsCount'), visibleFrom: 'sm', render: (r) => r.rights.length },
        { key: 'users', header: t('roles.userCount'), visibleFrom: 'sm', render: (r) => r.userCount },
      ]}
    />
  );
}
