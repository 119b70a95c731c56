import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert.tsx';
import { locationsApi, parentTypeOf, type Location } from './api.ts';

interface Props {
  location: Location;
  onClose(): void;
  onMoved(location: Location): void;
}

/** Moves a branch under another parent of the right type (a ward under another district, …). */
export function MoveModal({ location, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const parentType = parentTypeOf[location.type]!;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [parentId, setParentId] = useState<string | null>(null);
  const [version, setVersion] = useState(location.version);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useQuery({
    queryKey: ['locations', 'parents', parentType, q],
    queryFn: ({ signal }) => locationsApi.search({ type: parentType, q: q.trim() || undefined, limit: 50 }, signal),
  });
  const options = (candidates.data?.items ?? []).filter((l) => l.id !== location.parentId).map((l) => ({ value: l.id, label: `${l.name} (${l.code})` }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!parentId) {
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const moved = await locationsApi.move(location.id, version, parentId);
      await queryClient.invalidateQueries({ queryKey: ['locations'] });
      onMoved(moved);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    const fresh = await locationsApi.get(location.id);
    setVersion(fresh.version);
    setError(null);
  };

  return (
    <Modal opened onClose={onClose} title={t('locations.moveTitle', { name: location.name })}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <FormAlert error={error} onReload={() => void reload()} />
          <Text size="sm">{t(`locations.moveHelp.${parentType as 'R' | 'D' | 'W'}`)}</Text>
          <Select
            label={t(`locations.newParent.${parentType as 'R' | 'D' | 'W'}`)}
            data={options}
            value={parentId}
            onChange={setParentId}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            nothingFoundMessage={candidates.isFetching ? t('list.loading') : t('list.empty')}
            required
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!parentId}>
              {t('locations.move')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
