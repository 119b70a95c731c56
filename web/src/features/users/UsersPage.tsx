import { useState } from 'react';
import { Badge, Button, Select } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { ListPage } from '../../components/ListPage.tsx';
import { usersApi, type User } from './api.ts';
import { useRoleAndDistrictLookups } from './lookups.ts';

/** Users: search by login or name, filter by role and district. */
export default function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  useDocumentTitle(`${t('nav.users')} · ${t('app.name')}`);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [districtId, setDistrictId] = useState<string | null>(null);
  const { roles, districts, roleName, districtName } = useRoleAndDistrictLookups();

  return (
    <ListPage<User>
      title={t('nav.users')}
      searchLabel={t('users.search')}
      queryKey={['users', 'list', { roleId, districtId }]}
      fetchPage={({ q, cursor, withTotal, signal }) => usersApi.list({ q, roleId, districtId, cursor, total: withTotal }, signal)}
      rowKey={(u) => u.id}
      rowLink={(u) => `/users/${u.id}`}
      actions={
        can(Rights.userAdd) && (
          <Button component={Link} to="/users/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('users.add')}
          </Button>
        )
      }
      filters={
        <>
          <Select
            label={t('users.filterRole')}
            placeholder={t('list.any')}
            data={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            value={roleId}
            onChange={setRoleId}
            clearable
            searchable
            w={{ base: '100%', sm: 220 }}
          />
          <Select
            label={t('users.filterDistrict')}
            placeholder={t('list.any')}
            data={(districts.data ?? []).map((d) => ({ value: d.id, label: `${d.name} (${d.code})` }))}
            value={districtId}
            onChange={setDistrictId}
            clearable
            searchable
            w={{ base: '100%', sm: 220 }}
          />
        </>
      }
      columns={[
        { key: 'login', header: t('users.login'), render: (u) => u.login },
        { key: 'name', header: t('users.name'), render: (u) => `${u.otherNames} ${u.lastName}` },
        {
          key: 'roles',
          header: t('users.roles'),
          visibleFrom: 'sm',
          render: (u) =>
            u.roleIds
              .map((id) => roleName.get(id) ?? '…')
              .sort()
              .join(', '),
        },
        {
          key: 'districts',
          header: t('users.districts'),
          visibleFrom: 'md',
          render: (u) => (u.allDistricts ? t('users.allDistricts') : u.districtIds.map((id) => districtName.get(id) ?? '…').join(', ')),
        },
        {
          key: 'status',
          header: t('users.status'),
          nowrap: true,
          render: (u) =>
            u.locked ? (
              <Badge color="red" variant="light">
                {t('users.locked')}
              </Badge>
            ) : (
              <Badge color="teal" variant="light">
                {t('users.active')}
              </Badge>
            ),
        },
      ]}
    />
  );
}
