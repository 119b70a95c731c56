import { Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Digits } from '@common/calendar/index.ts';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../session/preferences.ts';
import { defaultDigits, formatDate, isProvisional, localIsoDate } from './dates.ts';

interface Props {
  /** ISO date 'YYYY-MM-DD'. */
  value: string | null | undefined;
  format?: 'short' | 'long';
  /** Latin or Nepali (Devanagari) digits; by default Nepali when the UI is in Nepali. */
  digits?: Digits;
}

/** An ISO date shown in the user's calendar; a Bikram Sambat date of a year not yet published is marked provisional. */
export function DateDisplay({ value, format = 'short', digits }: Props) {
  const { t, i18n } = useTranslation();
  const { calendar } = usePreferences();
  if (!value) return <span>—</span>;
  const text = formatDate(value, { calendar, language: i18n.language, digits: digits ?? defaultDigits(i18n.language), format });
  const iso = calendar === 'gregorian' ? undefined : value;
  if (isProvisional(value, calendar)) {
    return (
      <Tooltip label={t('date.provisionalNote')}>
        <time dateTime={value}>
          {text}
          <Text span c="orange.8" fw={700}>
            {' *'}
          </Text>
          <VisuallyHidden>{` (${t('date.provisional')})`}</VisuallyHidden>
        </time>
      </Tooltip>
    );
  }
  return (
    <time dateTime={value} title={iso}>
      {text}
    </time>
  );
}

/** An instant (timestamptz) as the local date in the user's calendar and the local time. */
export function DateTimeDisplay({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <span>—</span>;
  const date = new Date(value);
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(date);
  return (
    <span>
      <DateDisplay value={localIsoDate(date)} /> {time}
    </span>
  );
}
