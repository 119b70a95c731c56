import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logIn } from '../../api/client.ts';
import { formErrorsOf } from '../../api/form-errors.ts';
import { isApiError } from '../../api/problem.ts';
import { languages, type LanguageId } from '../../i18n/languages.ts';
import { setCalendar, setLanguage, usePreferences } from '../../session/preferences.ts';
import classes from './LoginPage.module.css';

interface Props {
  /** Called once, when the user starts typing: a good moment to fetch the application chunk. */
  onFirstInput?: () => void;
}

interface FieldProps {
  label: string;
  value: string;
  error: string | undefined;
  type: 'text' | 'password';
  autoComplete: string;
  autoFocus?: boolean;
  toggleLabel?: string;
  onChange(value: string): void;
}

function Field({ label, value, error, type, autoComplete, autoFocus, toggleLabel, onChange }: FieldProps) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div className={classes.field}>
      <label className={classes.label} htmlFor={id}>
        {label}
        <span className={classes.required} aria-hidden>
          *
        </span>
      </label>
      <div className={classes.inputWrap}>
        <input
          id={id}
          className={`${classes.input} ${toggleLabel ? classes.withToggle : ''}`}
          type={type === 'password' && !visible ? 'password' : 'text'}
          value={value}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          autoCapitalize="none"
          spellCheck={false}
          aria-required
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {toggleLabel && (
          <button type="button" className={classes.toggle} aria-label={toggleLabel} aria-pressed={visible} onClick={() => setVisible((v) => !v)}>
            <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
              <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
              <circle cx="12" cy="12" r="3" />
              {visible && <path d="M3 3l18 18" />}
            </svg>
          </button>
        )}
      </div>
      {error && (
        <div className={classes.error} id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/**
 * The log-in page. It is the only page in the entry chunk and is drawn with plain elements, not
 * Mantine, so that it loads fast on a slow line; the application and its kit come after log-in.
 */
export function LoginPage({ onFirstInput }: Props) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);

  const change = (field: 'login' | 'password', value: string) => {
    if (!touched) {
      setTouched(true);
      onFirstInput?.();
    }
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: '' }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!values.login.trim()) missing.login = t('login.required');
    if (!values.password) missing.password = t('login.required');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    setFailure(null);
    try {
      await logIn(values.login.trim(), values.password);
    } catch (error) {
      if (isApiError(error)) {
        const { fields, unplaced } = formErrorsOf(values, error.errors);
        setErrors(fields);
        if (!Object.keys(fields).length || unplaced.length) setFailure({ title: error.problem.title, detail: error.problem.detail });
      } else {
        setFailure({ title: t('error.title'), detail: String(error) });
      }
      setBusy(false);
    }
  };

  return (
    <main className={classes.page}>
      <div className={classes.inner}>
        <div className={classes.prefs}>
          <div>
            <label htmlFor="login-language">{t('shell.language')}</label>
            <select id="login-language" value={prefs.language} onChange={(e) => setLanguage(e.currentTarget.value as LanguageId, { beforeLogin: true })}>
              {languages.map((l) => (
                <option key={l.id} value={l.id} lang={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="login-calendar">{t('shell.calendar')}</label>
            <select
              id="login-calendar"
              value={prefs.calendar}
              onChange={(e) => setCalendar(e.currentTarget.value === 'bikram-sambat' ? 'bikram-sambat' : 'gregorian', { beforeLogin: true })}
            >
              <option value="gregorian">{t('calendar.gregorian')}</option>
              <option value="bikram-sambat">{t('calendar.bikramSambat')}</option>
            </select>
          </div>
        </div>
        <h1 className={classes.brand}>{t('app.name')}</h1>
        <p className={classes.tagline}>{t('app.tagline')}</p>
        <div className={classes.card}>
          <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="login-title">
            <h2 className={classes.title} id="login-title">
              {t('login.title')}
            </h2>
            {failure && (
              <div className={classes.alert} role="alert">
                <div className={classes.alertTitle}>{failure.title}</div>
                <div>{failure.detail}</div>
              </div>
            )}
            <Field
              label={t('login.login')}
              type="text"
              autoComplete="username"
              autoFocus
              value={values.login}
              error={errors.login || undefined}
              onChange={(v) => change('login', v)}
            />
            <Field
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              toggleLabel={t('login.togglePassword')}
              value={values.password}
              error={errors.password || undefined}
              onChange={(v) => change('password', v)}
            />
            <button type="submit" className={classes.submit} aria-busy={busy}>
              {busy && <span className={classes.spinner} aria-hidden />}
              {t('login.submit')}
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}

/** Shown while a chunk loads, before Mantine is there. */
export function PageLoader() {
  return <div className={classes.loader} role="status" aria-label="…" />;
}
