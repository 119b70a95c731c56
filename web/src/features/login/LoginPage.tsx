import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logIn } from '../../api/client.ts';
import { formErrorsOf } from '../../api/form-errors.ts';
import { isApiError } from '../../api/problem.ts';
import { languages, type LanguageId } from '../../i18n/languages.ts';
import { setCalendar, setLanguage, usePreferences } from '../../session/preferences.ts';
import { adoptStaticLogin, staticPasswordShown } from './static-login.ts';

// The styles (login.css) are in index.html: critical CSS inlined by the build.

interface Props {
  /** Called once, when the user starts typing: a good moment to fetch the application chunk. */
  onFirstInput?: () => void;
}

type FieldName = 'login' | 'password';

interface FieldProps {
  name: FieldName;
  label: string;
  error: string | undefined;
  type: 'text' | 'password';
  autoComplete: string;
  toggleLabel?: string;
  onInput(): void;
}

/**
 * A field of the log-in form, uncontrolled (the form is read when submitted) so that what was typed
 * in index.html's static form can be set on it. Id "login-<name>": the static twin is "static-login-<name>".
 */
function Field({ name, label, error, type, autoComplete, toggleLabel, onInput }: FieldProps) {
  const id = `login-${name}`;
  const [visible, setVisible] = useState(() => !!toggleLabel && staticPasswordShown());
  return (
    <div className="login-field">
      <label className="login-label" htmlFor={id}>
        {label}
        <span className="login-required" aria-hidden>
          *
        </span>
      </label>
      <div className="login-input-wrap">
        <input
          id={id}
          name={name}
          className={toggleLabel ? 'login-input login-with-toggle' : 'login-input'}
          type={type === 'password' && !visible ? 'password' : 'text'}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          aria-required
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={onInput}
        />
        {toggleLabel && (
          <button
            type="button"
            id={`${id}-toggle`}
            className="login-toggle"
            aria-label={toggleLabel}
            aria-pressed={visible}
            onClick={() => setVisible((v) => !v)}
          >
            <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
              <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
              <circle cx="12" cy="12" r="3" />
              <path className="login-slash" d="M3 3l18 18" />
            </svg>
          </button>
        )}
      </div>
      {error && (
        <div className="login-error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/**
 * The log-in page. It is the only page in the entry chunk and is drawn with plain elements, not
 * Mantine, so that it loads fast on a slow line; the application and its kit come after log-in.
 * index.html draws the same page as static HTML before this script has arrived: this page adopts
 * it (static-login.ts), so keep the two in step (same elements, classes and ids).
 */
export function LoginPage({ onFirstInput }: Props) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const form = useRef<HTMLFormElement>(null);
  const touched = useRef(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const input = (field: FieldName) => {
    if (!touched.current) {
      touched.current = true;
      onFirstInput?.();
    }
    setErrors((e) => (e[field] ? { ...e, [field]: '' } : e));
  };

  useLayoutEffect(() => {
    const adopted = adoptStaticLogin();
    if (!adopted) {
      document.getElementById('login-login')?.focus();
      return;
    }
    if (adopted.typed && !touched.current) {
      touched.current = true;
      onFirstInput?.();
    }
    // Submitted before the app was ready: submitted now, once this render is committed.
    if (adopted.submitted) queueMicrotask(() => form.current?.requestSubmit());
  }, [onFirstInput]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const values = { login: String(data.get('login') ?? ''), password: String(data.get('password') ?? '') };
    const missing: Partial<Record<FieldName, string>> = {};
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
    <main className="login-page">
      <div className="login-inner">
        <div className="login-prefs">
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
        <h1 className="login-brand">{t('app.name')}</h1>
        <p className="login-tagline">{t('app.tagline')}</p>
        <div className="login-card">
          <form id="login-form" ref={form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="login-title">
            <h2 className="login-title" id="login-title">
              {t('login.title')}
            </h2>
            {failure && (
              <div className="login-alert" role="alert">
                <div className="login-alert-title">{failure.title}</div>
                <div>{failure.detail}</div>
              </div>
            )}
            <Field name="login" label={t('login.login')} type="text" autoComplete="username" error={errors.login || undefined} onInput={() => input('login')} />
            <Field
              name="password"
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              toggleLabel={t('login.togglePassword')}
              error={errors.password || undefined}
              onInput={() => input('password')}
            />
            <button type="submit" id="login-submit" className="login-submit" aria-busy={busy}>
              {busy && <span className="login-spinner" aria-hidden />}
              {t('login.submit')}
            </button>
          </form>
        </div>
      </div>
    </main>
  );
}

/** Shown while a chunk loads, before Mantine is there (index.html shows the same for a user with a session). */
export function PageLoader() {
  return <div className="login-loader" role="status" aria-label="…" />;
}
