import { Alert, Badge, Code, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import { DateTimeDisplay } from './DateDisplay.tsx';

/** One job run (GET /jobs/:id). */
export interface JobRun {
  id: string;
  name: string;
  status: string;
  progressDone: number;
  progressTotal: number | null;
  message: string | null;
  params: unknown;
  result: unknown;
  error: string | null;
  attempts: number;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const jobStatusColor: Record<string, string> = { queued: 'gray', running: 'blue', completed: 'teal', failed: 'red' };

export function isJobFinished(job: Pick<JobRun, 'status'>): boolean {
  return job.status === 'completed' || job.status === 'failed';
}

interface Props {
  jobId: string;
  /** Poll interval while the job is queued or running (ms). */
  interval?: number;
}

/** Follows a job run: progress bar, status, message, then its result or error. Polls until it ends. */
export function JobProgress({ jobId, interval = 1000 }: Props) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api<JobRun>(`/jobs/${jobId}`),
    refetchInterval: (q) => (q.state.data && isJobFinished(q.state.data) ? false : interval),
    staleTime: 0,
  });
  const job = query.data;
  if (query.error)
    return (
      <Alert color="red" role="alert">
        {isApiError(query.error) ? query.error.problem.detail : String(query.error)}
      </Alert>
    );
  if (!job) return <Progress value={100} striped animated aria-label={t('jobs.progress')} />;

  const known = job.progressTotal !== null && job.progressTotal > 0;
  const percent = job.status === 'completed' ? 100 : known ? Math.min(100, Math.round((job.progressDone / job.progressTotal!) * 100)) : 100;
  const result = job.result && typeof job.result === 'object' ? Object.entries(job.result as Record<string, unknown>) : null;

  return (
    <Stack gap="xs" aria-live="polite" aria-busy={!isJobFinished(job)}>
      <Group justify="space-between">
        <Text fw={600}>{t(`jobs.names.${job.name}`, { defaultValue: job.name })}</Text>
        <Badge color={jobStatusColor[job.status] ?? 'gray'}>{t(`jobs.status.${job.status}`, { defaultValue: job.status })}</Badge>
      </Group>
      <Progress
        value={percent}
        color={job.status === 'failed' ? 'red' : undefined}
        striped={!isJobFinished(job) && !known}
        animated={!isJobFinished(job)}
        aria-label={t('jobs.progress')}
        aria-valuetext={
          known ? t('jobs.progressOf', { done: job.progressDone, total: job.progressTotal }) : t(`jobs.status.${job.status}`, { defaultValue: job.status })
        }
      />
      {known && (
        <Text size="sm" c="dimmed">
          {t('jobs.progressOf', { done: job.progressDone, total: job.progressTotal })}
        </Text>
      )}
      {job.message && <Text size="sm">{job.message}</Text>}
      <Text size="xs" c="dimmed">
        {t('jobs.started')}: <DateTimeDisplay value={job.startedAt ?? job.createdAt} />
        {job.finishedAt && (
          <>
            {' · '}
            {t('jobs.finished')}: <DateTimeDisplay value={job.finishedAt} />
          </>
        )}
      </Text>
      {job.status === 'failed' && job.error && (
        <Alert color="red" title={t('jobs.failed')} role="alert">
          {job.error}
        </Alert>
      )}
      {job.status === 'completed' && result && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('jobs.result')}
          </Text>
          {result.map(([key, value]) => (
            <Text size="sm" key={key}>
              {t(`jobs.resultKeys.${key}`, { defaultValue: key })}: <Code>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</Code>
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
