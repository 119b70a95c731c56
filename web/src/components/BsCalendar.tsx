import { useState, type KeyboardEvent } from 'react';
import { ActionIcon, Group, NativeSelect, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  adToBs,
  BS_FIRST_YEAR,
  BS_LAST_OFFICIAL_YEAR,
  BS_LAST_YEAR,
  BS_MONTH_NAMES,
  bsMonthLength,
  bsToAd,
  toDevanagariDigits,
  type BsDate,
} from '@common/calendar/index.ts';
import classes from './BsCalendar.module.css';

interface Props {
  /** Selected date, ISO. */
  value: string | null;
  onChange(iso: string): void;
  today: string;
  language: string;
  devanagari: boolean;
}

function safeBs(iso: string | null): BsDate | null {
  if (!iso) return null;
  try {
    return adToBs(iso);
  } catch {
    return null;
  }
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * A month grid in Bikram Sambat, our own because Mantine's pickers are Gregorian only. Weeks start
 * on Sunday as in Nepal. Arrow keys move the day, Page Up/Down the month.
 */
export function BsCalendar({ value, onChange, today, language, devanagari }: Props) {
  const { t } = useTranslation();
  const start = safeBs(value) ?? safeBs(today) ?? { year: BS_LAST_OFFICIAL_YEAR, month: 1, day: 1 };
  const [view, setView] = useState({ year: start.year, month: start.month });
  const [focusDay, setFocusDay] = useState(start.day);
  const digits = (n: number | string) => (devanagari ? toDevanagariDigits(String(n)) : String(n));
  const monthNames = BS_MONTH_NAMES[language === 'ne' ? 'ne' : 'en'];
  const length = bsMonthLength(view.year, view.month);
  const firstIso = bsToAd({ ...view, day: 1 });
  const offset = weekdayOf(firstIso);
  const selected = safeBs(value);
  const todayBs = safeBs(today);
  const weekdays = t('date.weekdaysShort').split(',');

  const step = (months: number) => {
    const index = (view.year - BS_FIRST_YEAR) * 12 + (view.month - 1) + months;
    const year = BS_FIRST_YEAR + Math.floor(index / 12);
    if (year < BS_FIRST_YEAR || year > BS_LAST_YEAR) return;
    const month = (index % 12) + 1;
    setView({ year, month });
    setFocusDay((d) => Math.min(d, bsMonthLength(year, month)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    if (event.key in moves) {
      event.preventDefault();
      const next = focusDay + moves[event.key]!;
      if (next < 1) {
        step(-1);
        return;
      }
      if (next > length) {
        step(1);
        setFocusDay(1);
        return;
      }
      setFocusDay(next);
      requestAnimationFrame(() => (event.currentTarget.querySelector(`[data-day="${next}"]`) as HTMLElement | null)?.focus());
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      step(event.key === 'PageUp' ? -1 : 1);
    }
  };

  const cells: (number | null)[] = [...Array.from({ length: offset }, () => null), ...Array.from({ length }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  return (
    <Stack gap="xs" w={280}>
      <Group gap={4} wrap="nowrap" justify="space-between">
        <ActionIcon variant="subtle" onClick={() => step(-1)} aria-label={t('date.previousMonth')}>
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <NativeSelect
          size="xs"
          aria-label={t('date.month')}
          value={String(view.month)}
          onChange={(e) => setView((v) => ({ ...v, month: Number(e.currentTarget.value) }))}
          data={monthNames.map((name, i) => ({ value: String(i + 1), label: name }))}
        />
        <NativeSelect
          size="xs"
          aria-label={t('date.year')}
          value={String(view.year)}
          onChange={(e) => setView((v) => ({ ...v, year: Number(e.currentTarget.value) }))}
          data={Array.from({ length: BS_LAST_YEAR - BS_FIRST_YEAR + 1 }, (_, i) => {
            const y = BS_FIRST_YEAR + i;
            return { value: String(y), label: digits(y) + (y > BS_LAST_OFFICIAL_YEAR ? ' *' : '') };
          })}
        />
        <ActionIcon variant="subtle" onClick={() => step(1)} aria-label={t('date.nextMonth')}>
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <div role="grid" aria-label={`${monthNames[view.month - 1]} ${digits(view.year)}`} onKeyDown={onKeyDown} className={classes.grid}>
        <div role="row" className={classes.row}>
          {weekdays.map((d) => (
            <div role="columnheader" key={d} className={classes.weekday}>
              {d}
            </div>
          ))}
        </div>
        {weeks.map((week, w) => (
          <div role="row" key={w} className={classes.row}>
            {week.map((day, i) =>
              day === null ? (
                <div role="gridcell" key={i} className={classes.cell} />
              ) : (
                <div
                  role="gridcell"
                  key={i}
                  className={classes.cell}
                  aria-selected={selected?.year === view.year && selected.month === view.month && selected.day === day}
                >
                  <UnstyledButton
                    className={classes.day}
                    data-day={day}
                    data-selected={(selected?.year === view.year && selected.month === view.month && selected.day === day) || undefined}
                    data-today={(todayBs?.year === view.year && todayBs.month === view.month && todayBs.day === day) || undefined}
                    tabIndex={day === Math.min(focusDay, length) ? 0 : -1}
                    aria-label={`${digits(day)} ${monthNames[view.month - 1]} ${digits(view.year)}`}
                    onClick={() => onChange(bsToAd({ ...view, day }))}
                  >
                    {digits(day)}
                  </UnstyledButton>
                </div>
              ),
            )}
          </div>
        ))}
      </div>
      {view.year > BS_LAST_OFFICIAL_YEAR && (
        <Text size="xs" c="orange.8">
          {t('date.provisionalNote')}
        </Text>
      )}
    </Stack>
  );
}
