import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Loader, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsMove, IconChevronDown, IconChevronRight, IconDots, IconHistory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Rights } from '@common/rights.ts';
import { useCan } from '../../app/me.ts';
import { usePagedList } from '../../api/paging.ts';
import { childTypeOf, locationsApi, type Location } from './api.ts';
import classes from './LocationTree.module.css';

export type LocationAction = 'add' | 'edit' | 'move' | 'delete' | 'history';

/** Called with the node's own "expand" so that a node shows the child just added under it. */
export type OnLocationAction = (action: LocationAction, location: Location, expand: () => void) => void;

const typeColor = { R: 'grape', D: 'blue', W: 'cyan', V: 'teal' } as const;

/** The menu of what the user may do with a location. */
export function LocationActions({ location, onAction, expand = () => {} }: { location: Location; onAction: OnLocationAction; expand?: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const child = childTypeOf[location.type];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('locations.actionsFor', { name: location.name })}>
          <IconDots size={16} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {child && can(Rights.locationAdd) && (
          <Menu.Item leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onAction('add', location, expand)}>
            {t(`locations.add.${child}`)}
          </Menu.Item>
        )}
        {can(Rights.locationEdit) && (
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onAction('edit', location, expand)}>
            {t('action.edit')}
          </Menu.Item>
        )}
        {location.type !== 'R' && can(Rights.locationMove) && (
          <Menu.Item leftSection={<IconArrowsMove size={14} aria-hidden />} onClick={() => onAction('move', location, expand)}>
            {t('locations.move')}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconHistory size={14} aria-hidden />} onClick={() => onAction('history', location, expand)}>
          {t('action.history')}
        </Menu.Item>
        {can(Rights.locationDelete) && (
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onAction('delete', location, expand)}>
            {t('action.delete')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** One line of a location: type, name, code, number of children. */
export function LocationLabel({ location }: { location: Location }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge size="xs" variant="light" color={typeColor[location.type]} title={t(`locations.type.${location.type}`)}>
        {t(`locations.typeShort.${location.type}`)}
      </Badge>
      <Text size="sm" fw={500}>
        {location.name}
      </Text>
      <Text size="xs" c="dimmed">
        {location.code}
      </Text>
      {location.childCount > 0 && (
        <Text size="xs" c="dimmed">
          · {t(`locations.childCount.${location.type}`, { count: location.childCount })}
        </Text>
      )}
    </Group>
  );
}

function LocationNode({ location, level, onAction }: { location: Location; level: number; onAction: OnLocationAction }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const hasChildren = location.childCount > 0;
  const groupId = `children-${location.id}`;
  return (
    <li className={classes.node}>
      <Group gap={4} wrap="nowrap" className={classes.row} style={{ paddingInlineStart: (level - 1) * 20 }}>
        {hasChildren ? (
          <UnstyledButton
            className={classes.toggle}
            onClick={() => setExpanded((e) => !e)}
            aria-expanded={expanded}
            aria-controls={expanded ? groupId : undefined}
            aria-label={t(expanded ? 'locations.collapse' : 'locations.expand', { name: location.name })}
          >
            {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </UnstyledButton>
        ) : (
          <span className={classes.toggle} aria-hidden />
        )}
        <div className={classes.label}>
          <LocationLabel location={location} />
        </div>
        <LocationActions location={location} onAction={onAction} expand={() => setExpanded(true)} />
      </Group>
      {expanded && <LocationBranch parentId={location.id} level={level + 1} onAction={onAction} id={groupId} label={location.name} />}
    </li>
  );
}

/** The children of one location (or the regions), fetched when shown, 100 at a time. */
export function LocationBranch({
  parentId,
  level,
  onAction,
  id,
  label,
}: {
  parentId: string | null;
  level: number;
  onAction: OnLocationAction;
  id?: string;
  label: string;
}) {
  const { t } = useTranslation();
  const list = usePagedList(['locations', 'children', parentId], ({ cursor, withTotal, signal }) => locationsApi.children(parentId, cursor, withTotal, signal));
  return (
    <>
      <ul className={classes.list} id={id} aria-label={label}>
        {list.items.map((l) => (
          <LocationNode key={l.id} location={l} level={level} onAction={onAction} />
        ))}
      </ul>
      {list.isPending && <Loader size="xs" ml={level * 20} aria-label={t('list.loading')} />}
      {list.error && (
        <Text c="red" size="sm" ml={level * 20} role="alert">
          {list.error.message}
        </Text>
      )}
      {list.hasNextPage && (
        <Button size="compact-xs" variant="subtle" ml={level * 20} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('list.loadMoreOf', { shown: list.items.length, total: list.total ?? '?' })}
        </Button>
      )}
    </>
  );
}
