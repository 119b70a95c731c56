import { useState, type ReactNode } from 'react';
import { Alert, Badge, Group, List, Loader, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import { DateField } from './DateField.tsx';
import { DateTimeDisplay } from './DateDisplay.tsx';
import { localIsoDate } from './dates.ts';

/** One audit entry (GET …/history). */
export interface HistoryEntry {
  id: number;
  op: 'I' | 'U' | 'D';
  table: string;
  changedAt: string;
  userId: string | null;
  userLogin: string | null;
  requestId: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  row: unknown;
}

/** A table that links the record to others (roles of a user): its rows are shown as "added"/"removed". */
export interface LinkTable {
  /** The column naming the other record, e.g. roleId. */
  field: string;
  label: string;
  /** Name of the linked record, or the id as a fallback. */
  resolve?(id: string): string | undefined;
}

export interface HistoryViewProps {
  /** API path of the history, e.g. `/locations/${id}/history`. */
  path: string;
  /** The record's own table (e.g. location, app_user). */
  table: string;
  /** Label of a field; return null to leave the field out (ids, hashes). */
  fieldLabel?(field: string): string | null | undefined;
  formatValue?(field: string, value: unknown): ReactNode;
  linkTables?: Record<string, LinkTable>;
}

const alwaysHidden = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt', 'passwordHash', 'failedLogins', 'passwordChangedAt']);

function humanize(field: string): string {
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Group {
  key: string;
  changedAt: string;
  userLogin: string | null;
  entries: HistoryEntry[];
}

/** Entries of one request (a save touches the record and its link rows) belong together. */
function groupByRequest(entries: HistoryEntry[]): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && e.requestId && last.key === e.requestId) last.entries.push(e);
    else groups.push({ key: e.requestId ?? `entry-${e.id}`, changedAt: e.changedAt, userLogin: e.userLogin, entries: [e] });
  }
  return groups.reverse();
}

/** The audit trail of a record: who changed what, when, newest first. */
export function HistoryView({ path, table, fieldLabel, formatValue, linkTables = {} }: HistoryViewProps) {
  const { t } = useTranslation();
  const [since, setSince] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['history', path], queryFn: () => api<HistoryEntry[]>(path) });

  const label = (field: string): string | null => {
    if (alwaysHidden.has(field)) return null;
    const custom = fieldLabel?.(field);
    return custom === undefined ? humanize(field) : custom;
  };
  const show = (field: string, value: unknown): ReactNode => {
    const custom = formatValue?.(field, value);
    if (custom !== undefined && custom !== null) return custom;
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };

  const describe = (entry: HistoryEntry): ReactNode[] => {
    const link = linkTables[entry.table];
    if (link) {
      const row = (entry.row ?? {}) as Record<string, unknown>;
      const id = String(row[link.field] ?? '');
      const name = link.resolve?.(id) ?? id;
      const deleted = entry.op === 'D' || (entry.changes.deletedAt?.to ?? null) !== null;
      return [
        <Text key="link" size="sm">
          {t(deleted ? 'history.linkRemoved' : 'history.linkAdded', { what: link.label, name })}
        </Text>,
      ];
    }
    if (entry.table !== table) return [];
    const deletedNow = entry.op === 'D' || (entry.changes.deletedAt && entry.changes.deletedAt.from === null && entry.changes.deletedAt.to !== null);
    if (deletedNow)
      return [
        <Text key="deleted" size="sm" fw={600}>
          {t('history.deleted')}
        </Text>,
      ];
    const lines = Object.entries(entry.changes)
      .map(([field, change]) => ({ field, change, name: label(field) }))
      .filter((x): x is typeof x & { name: string } => x.name !== null);
    if (entry.op === 'I') {
      return [
        <Text key="created" size="sm" fw={600}>
          {t('history.created')}
        </Text>,
        ...lines.map(({ field, change, name }) => (
          <Text key={field} size="sm">
            {name}: {show(field, change.to)}
          </Text>
        )),
      ];
    }
    return lines.map(({ field, change, name }) => (
      <Text key={field} size="sm">
        {t('history.changed', { field: name })} <s>{show(field, change.from)}</s> → <strong>{show(field, change.to)}</strong>
      </Text>
    ));
  };

  if (query.isPending) return <Loader size="sm" aria-label={t('list.loading')} />;
  if (query.error)
    return (
      <Alert color="red" role="alert">
        {isApiError(query.error) ? query.error.problem.detail : String(query.error)}
      </Alert>
    );

  const groups = groupByRequest(query.data).filter((g) => !since || localIsoDate(new Date(g.changedAt)) >= since);

  return (
    <Stack gap="md">
      <DateField label={t('history.since')} value={since} onChange={setSince} />
      {groups.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('history.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('history.title')}>
          {groups.map((g) => {
            const lines = g.entries.flatMap(describe);
            return (
              <Timeline.Item
                key={g.key}
                title={
                  <Group gap="xs">
                    <DateTimeDisplay value={g.changedAt} />
                    <Badge variant="light" size="sm" color={g.userLogin ? 'teal' : 'gray'}>
                      {g.userLogin ?? t('history.system')}
                    </Badge>
                  </Group>
                }
              >
                <List listStyleType="none" spacing={2} size="sm" mt={4}>
                  {lines.map((line, i) => (
                    <List.Item key={i}>{line}</List.Item>
                  ))}
                </List>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Stack>
  );
}
