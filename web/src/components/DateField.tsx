import '@mantine/dates/styles.css';
import { useEffect, useState, type FocusEvent, type ReactNode } from 'react';
import { ActionIcon, Badge, Group, Popover, TextInput } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CalendarError, getCalendar } from '@common/calendar/index.ts';
import { usePreferences } from '../session/preferences.ts';
import { BsCalendar } from './BsCalendar.tsx';
import { defaultDigits, formatDate, isProvisional, todayIso } from './dates.ts';

export interface DateFieldProps {
  label: ReactNode;
  /** ISO 'YYYY-MM-DD', or null when empty. */
  value: string | null | undefined;
  onChange(value: string | null): void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  /** ISO bounds, inclusive. */
  minDate?: string;
  maxDate?: string;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

/**
 * The date input every form uses: typed or picked in the user's calendar (Gregorian or Bikram
 * Sambat), always giving an ISO date. Works with `form.getInputProps('field')`.
 */
export function DateField(props: DateFieldProps) {
  const { calendar } = usePreferences();
  return calendar === 'bikram-sambat' ? <BsDateField {...props} /> : <GregorianDateField {...props} />;
}

function useBoundsError(value: string | null | undefined, minDate?: string, maxDate?: string): string | null {
  const { t } = useTranslation();
  const { calendar } = usePreferences();
  const { i18n } = useTranslation();
  if (!value) return null;
  const show = (iso: string) => formatDate(iso, { calendar, language: i18n.language });
  if (minDate && value < minDate) return t('date.tooEarly', { date: show(minDate) });
  if (maxDate && value > maxDate) return t('date.tooLate', { date: show(maxDate) });
  return null;
}

const dayjsLocales: Record<string, () => Promise<unknown>> = {
  fr: () => import('dayjs/locale/fr'),
  ne: () => import('dayjs/locale/ne'),
  sw: () => import('dayjs/locale/sw'),
};
const loadedLocales = new Set(['en']);

function GregorianDateField({ label, value, onChange, error, description, required, disabled, autoFocus, minDate, maxDate, onFocus, onBlur }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [, setLoaded] = useState(0);
  const language = i18n.language;
  const locale = loadedLocales.has(language) ? language : 'en';
  const boundsError = useBoundsError(value, minDate, maxDate);
  // Month and weekday names of the picker in the UI language (dayjs locales are small chunks).
  useEffect(() => {
    const load = dayjsLocales[language];
    if (!load || loadedLocales.has(language)) return;
    let live = true;
    void load().then(() => {
      loadedLocales.add(language);
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [language]);

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <DateInput
        label={label}
        value={value ?? null}
        onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
        valueFormat="YYYY-MM-DD"
        placeholder={t('date.placeholder')}
        dateParser={(text) => {
          try {
            return getCalendar('gregorian').parse(text);
          } catch {
            return null;
          }
        }}
        error={error ?? boundsError}
        description={description}
        required={required}
        disabled={disabled}
        autoFocus={autoFocus}
        minDate={minDate}
        maxDate={maxDate}
        clearable={!required}
        onFocus={onFocus}
        onBlur={onBlur}
        rightSection={<IconCalendar size={16} aria-hidden />}
        rightSectionPointerEvents="none"
        popoverProps={{ withinPortal: true }}
        previousLabel={t('date.previousMonth')}
        nextLabel={t('date.nextMonth')}
      />
    </DatesProvider>
  );
}

function BsDateField({ label, value, onChange, error, description, required, disabled, autoFocus, minDate, maxDate, onFocus, onBlur }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const bs = getCalendar('bikram-sambat');
  const devanagari = defaultDigits(i18n.language) === 'devanagari';
  const shown = (iso: string | null | undefined) => {
    if (!iso) return '';
    try {
      return bs.toDisplay(iso, { digits: devanagari ? 'devanagari' : 'latin' });
    } catch {
      return iso;
    }
  };
  const parsedOrNull = (typed: string): string | null => {
    try {
      return typed.trim() ? bs.parse(typed) : null;
    } catch {
      return null;
    }
  };
  const [text, setText] = useState(shown(value));
  const [parseError, setParseError] = useState<string | null>(null);
  const [showParseError, setShowParseError] = useState(false);
  const [opened, setOpened] = useState(false);
  const boundsError = useBoundsError(value, minDate, maxDate);

  // A value set from outside (form reset, reload) replaces what is typed, unless it is the same date.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (parsedOrNull(text) !== (value ?? null)) {
      setText(shown(value));
      setParseError(null);
    }
  }

  const type = (next: string) => {
    setText(next);
    setShowParseError(false);
    if (!next.trim()) {
      setParseError(null);
      onChange(null);
      return;
    }
    try {
      const iso = bs.parse(next);
      setParseError(null);
      setLastValue(iso);
      onChange(iso);
    } catch (e) {
      setParseError(e instanceof CalendarError ? t(`date.error.${e.code}`) : t('date.error.invalid-format'));
    }
  };

  const pick = (iso: string) => {
    setText(shown(iso));
    setParseError(null);
    setLastValue(iso);
    onChange(iso);
    setOpened(false);
  };

  const provisional = value ? isProvisional(value, 'bikram-sambat') : false;
  const hint = value ? t('date.gregorianEquivalent', { date: value }) : null;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" trapFocus withinPortal shadow="md">
      <Popover.Target>
        <TextInput
          label={label}
          value={text}
          onChange={(e) => type(e.currentTarget.value)}
          placeholder={t('date.placeholderBs')}
          inputMode="numeric"
          error={error ?? (showParseError ? parseError : null) ?? boundsError}
          description={
            description || hint || provisional ? (
              <Group gap={6} component="span">
                {description}
                {hint && <span>{hint}</span>}
                {provisional && (
                  <Badge size="xs" color="orange" variant="light" component="span">
                    {t('date.provisional')}
                  </Badge>
                )}
              </Group>
            ) : undefined
          }
          required={required}
          disabled={disabled}
          autoFocus={autoFocus}
          onFocus={onFocus}
          onBlur={(e) => {
            setShowParseError(!!parseError);
            onBlur?.(e);
          }}
          rightSection={
            <ActionIcon variant="subtle" onClick={() => setOpened((o) => !o)} disabled={disabled} aria-label={t('date.openPicker')}>
              <IconCalendar size={16} aria-hidden />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <BsCalendar value={value ?? null} onChange={pick} today={todayIso()} language={i18n.language} devanagari={devanagari} />
      </Popover.Dropdown>
    </Popover>
  );
}
