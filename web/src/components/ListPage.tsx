import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QueryKey } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../api/problem.ts';
import { usePagedList, type Page, type PageRequest } from '../api/paging.ts';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render(row: T): ReactNode;
  /** Hide on narrow screens. */
  visibleFrom?: 'sm' | 'md';
  /** Keep on one line (badges, codes). */
  nowrap?: boolean;
}

export interface ListPageProps<T> {
  title: ReactNode;
  /** The list's query key; the search text is appended. Put filter values in it too. */
  queryKey: QueryKey;
  fetchPage(request: PageRequest & { q: string }): Promise<Page<T>>;
  columns: Column<T>[];
  rowKey(row: T): string;
  /** Makes the first column a link to the record. */
  rowLink?(row: T): string;
  /** Filter inputs, shown beside the search box; their values belong in queryKey. */
  filters?: ReactNode;
  /** Buttons at the top right (e.g. "Add"). */
  actions?: ReactNode;
  searchLabel?: string;
}

/**
 * The list pattern of every register: search box, filters, a table, cursor paging with
 * "Load more", and the total count.
 */
export function ListPage<T>({ title, queryKey, fetchPage, columns, rowKey, rowLink, filters, actions, searchLabel }: ListPageProps<T>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = usePagedList([...queryKey, { q }], (request) => fetchPage({ ...request, q }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      <Group align="flex-end" gap="sm" role="search">
        <TextInput
          type="search"
          label={searchLabel ?? t('list.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          w={{ base: '100%', sm: 280 }}
        />
        {filters}
      </Group>
      {list.error ? (
        <Alert color="red" role="alert" title={isApiError(list.error) ? list.error.problem.title : t('error.title')}>
          {isApiError(list.error) ? list.error.problem.detail : String(list.error)}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" aria-live="polite">
        {list.isPending ? t('list.loading') : list.total !== undefined ? t('list.total', { count: list.total, shown: list.items.length }) : null}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} visibleFrom={c.visibleFrom} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c, i) => (
                  <Table.Td key={c.key} visibleFrom={c.visibleFrom} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                    {i === 0 && rowLink ? <Link to={rowLink(row)}>{c.render(row)}</Link> : c.render(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {!list.isPending && list.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" size="sm">
                    {t('list.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.isPending && <Loader size="sm" aria-label={t('list.loading')} />}
      {list.hasNextPage && (
        <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} w="fit-content">
          {t('list.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
