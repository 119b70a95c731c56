import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { usePagedList } from '../../api/paging.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { HistoryView } from '../../components/HistoryView.tsx';
import { childTypeOf, locationsApi, type Location } from './api.ts';
import { LocationFormModal, type LocationFormTarget } from './LocationForm.tsx';
import { MoveModal } from './MoveModal.tsx';
import { LocationActions, LocationBranch, LocationLabel, type LocationAction, type OnLocationAction } from './LocationTree.tsx';

type Dialog = { action: LocationAction; location: Location | null; expand: () => void } | null;

/** A location's name from its id (history shows parents by name). */
function LocationName({ id }: { id: string }) {
  const query = useQuery({ queryKey: ['locations', 'one', id], queryFn: () => locationsApi.get(id), staleTime: 5 * 60_000 });
  return <>{query.data ? `${query.data.name} (${query.data.code})` : id}</>;
}

function SearchResults({ q, onAction }: { q: string; onAction: OnLocationAction }) {
  const { t } = useTranslation();
  const list = usePagedList(['locations', 'search', q], ({ cursor, withTotal, signal }) => locationsApi.search({ q, cursor, total: withTotal }, signal));
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {list.isPending ? t('list.loading') : t('list.total', { count: list.total ?? list.items.length, shown: list.items.length })}
      </Text>
      <Table verticalSpacing={4} aria-label={t('locations.searchResults')}>
        <Table.Tbody>
          {list.items.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <LocationLabel location={l} />
              </Table.Td>
              <Table.Td w={40}>
                <LocationActions location={l} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.hasNextPage && (
        <Button variant="light" w="fit-content" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('list.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

/** Locations: the tree of regions, districts, wards and villages; search, add, edit, move, delete, history. */
export default function LocationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  useDocumentTitle(`${t('nav.locations')} · ${t('app.name')}`);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const onAction: OnLocationAction = (action, location, expand) => setDialog({ action, location, expand });

  const formTarget: LocationFormTarget | null =
    dialog?.action === 'add'
      ? dialog.location
        ? { mode: 'create', type: childTypeOf[dialog.location.type]!, parent: dialog.location }
        : { mode: 'create', type: 'R', parent: null }
      : dialog?.action === 'edit' && dialog.location
        ? { mode: 'edit', location: dialog.location }
        : null;

  const saved = (message: string) => notifications.show({ message, color: 'teal' });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('nav.locations')}</Title>
        {can(Rights.regionAdd) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ action: 'add', location: null, expand: () => {} })}>
            {t('locations.add.R')}
          </Button>
        )}
      </Group>
      <TextInput
        type="search"
        label={t('locations.search')}
        description={t('locations.searchHelp')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        maw={420}
      />
      <Paper withBorder p="xs">
        {q && <SearchResults q={q} onAction={onAction} />}
        {/* Kept while searching, hidden, so that the branches the user opened stay open. */}
        <div hidden={!!q}>
          <LocationBranch parentId={null} level={1} onAction={onAction} label={t('nav.locations')} />
        </div>
      </Paper>

      {formTarget && (
        <LocationFormModal
          target={formTarget}
          onClose={close}
          onSaved={(l) => {
            if (formTarget.mode === 'create') dialog?.expand();
            saved(t(formTarget.mode === 'create' ? 'locations.added' : 'locations.saved', { name: l.name }));
            close();
          }}
        />
      )}
      {dialog?.action === 'move' && dialog.location && (
        <MoveModal
          location={dialog.location}
          onClose={close}
          onMoved={(l) => {
            saved(t('locations.moved', { name: l.name }));
            close();
          }}
        />
      )}
      {dialog?.action === 'history' && dialog.location && (
        <Modal opened onClose={close} title={t('locations.historyTitle', { name: dialog.location.name })} size="lg">
          <HistoryView
            path={`/locations/${dialog.location.id}/history`}
            table="location"
            fieldLabel={(field) =>
              (
                ({
                  code: t('locations.code'),
                  name: t('locations.name'),
                  type: t('locations.typeLabel'),
                  parentId: t('locations.parent'),
                  malePopulation: t('locations.malePopulation'),
                  femalePopulation: t('locations.femalePopulation'),
                  otherPopulation: t('locations.otherPopulation'),
                  families: t('locations.families'),
                  regionId: null,
                  districtId: null,
                }) as Record<string, string | null>
              )[field]
            }
            formatValue={(field, value) =>
              field === 'parentId' && typeof value === 'string' ? (
                <LocationName id={value} />
              ) : field === 'type' && typeof value === 'string' ? (
                t(`locations.type.${value as Location['type']}`)
              ) : undefined
            }
          />
        </Modal>
      )}
      <ConfirmModal
        opened={dialog?.action === 'delete'}
        onClose={close}
        title={t('locations.deleteTitle', { name: dialog?.location?.name ?? '' })}
        message={t('locations.deleteConfirm', { name: dialog?.location?.name ?? '' })}
        confirmLabel={t('action.delete')}
        onConfirm={async () => {
          const l = dialog!.location!;
          await locationsApi.remove(l.id, l.version);
          await queryClient.invalidateQueries({ queryKey: ['locations'] });
          saved(t('locations.deleted', { name: l.name }));
        }}
        onReload={() => void queryClient.invalidateQueries({ queryKey: ['locations'] })}
      />
    </Stack>
  );
}
