import { useState } from 'react';
import { Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Rights } from '@common/rights.ts';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/me.ts';
import { DateTimeDisplay } from '../../components/DateDisplay.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { isJobFinished, JobProgress, jobStatusColor, type JobRun } from '../../components/JobProgress.tsx';

/** Jobs a user may start by hand, with the right the server checks for each. */
const startable = [{ name: 'auth.purge-refresh-tokens', right: Rights.userDelete }] as const;

interface JobPage {
  items: JobRun[];
  nextCursor: string | null;
}

/** Recent job runs, starting a job, and following one with the JobProgress widget. */
export default function JobsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  useDocumentTitle(`${t('nav.jobs')} · ${t('app.name')}`);
  const [followed, setFollowed] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState<string | null>(null);

  const runs = useInfiniteQuery({
    queryKey: ['jobs', 'list'],
    queryFn: ({ pageParam, signal }) => api<JobPage>('/jobs', { query: { limit: 20, before: pageParam }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a run is unfinished, keep the list fresh.
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.items.some((j) => !isJobFinished(j))) ? 2000 : false),
  });
  const items = runs.data?.pages.flatMap((p) => p.items) ?? [];

  const start = async (name: string) => {
    setStarting(name);
    setStartError(null);
    try {
      const run = await api<JobRun>(`/jobs/${encodeURIComponent(name)}/run`, { method: 'POST', body: {} });
      setFollowed(run.id);
      await queryClient.invalidateQueries({ queryKey: ['jobs', 'list'] });
    } catch (e) {
      setStartError(e);
    } finally {
      setStarting(null);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('nav.jobs')}</Title>
      <Group>
        {startable
          .filter((j) => can(j.right))
          .map((j) => (
            <Button key={j.name} leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={starting === j.name} onClick={() => void start(j.name)}>
              {t('jobs.start', { name: t(`jobs.names.${j.name}`) })}
            </Button>
          ))}
      </Group>
      <FormAlert error={startError} />
      {followed && (
        <Card component="section" withBorder maw={640} aria-label={t('jobs.followed')}>
          <JobProgress jobId={followed} />
        </Card>
      )}
      <Title order={2} size="h3">
        {t('jobs.recent')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('jobs.name')}</Table.Th>
              <Table.Th>{t('jobs.statusLabel')}</Table.Th>
              <Table.Th>{t('jobs.progress')}</Table.Th>
              <Table.Th>{t('jobs.started')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td>{t(`jobs.names.${j.name}`, { defaultValue: j.name })}</Table.Td>
                <Table.Td>
                  <Badge color={jobStatusColor[j.status] ?? 'gray'} variant="light">
                    {t(`jobs.status.${j.status}`, { defaultValue: j.status })}
                  </Badge>
                </Table.Td>
                <Table.Td w={160}>
                  <Progress
                    value={j.status === 'completed' ? 100 : j.progressTotal ? (j.progressDone / j.progressTotal) * 100 : 0}
                    color={j.status === 'failed' ? 'red' : undefined}
                    aria-label={t('jobs.progress')}
                  />
                </Table.Td>
                <Table.Td>
                  <DateTimeDisplay value={j.startedAt ?? j.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setFollowed(j.id)}
                    aria-label={t('jobs.showRun', { name: t(`jobs.names.${j.name}`, { defaultValue: j.name }) })}
                  >
                    {t('jobs.show')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
            {!runs.isPending && items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    {t('jobs.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {runs.hasNextPage && (
        <Button variant="light" w="fit-content" onClick={() => void runs.fetchNextPage()} loading={runs.isFetchingNextPage}>
          {t('list.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
