import { isLanguageId } from '../../i18n/languages.ts';
import { preferences, setCalendar, setLanguage } from '../../session/preferences.ts';

/**
 * index.html draws the log-in page as static HTML (#static-page), usable as soon as index.html has
 * arrived, long before this app's script on a slow line. When React draws its log-in page, it adopts
 * the static one: what was typed, the focus and the caret, the language and calendar chosen, a
 * submission made meanwhile (the static form only remembers it). The static page is removed in the
 * same task as React's log-in page is first drawn (a layout effect): no flash, no keystroke lost.
 *
 * Every control of the static page has the id of its React twin prefixed with "static-".
 */
const PREFIX = 'static-';

function staticPage(): HTMLElement | null {
  return document.getElementById('static-page');
}

function staticControl<T extends HTMLElement>(id: string): T | null {
  return staticPage()?.querySelector<T>(`#${PREFIX}${id}`) ?? null;
}

/** Removes the static page: for a user with a session, the application (or its loader) takes its place. */
export function removeStaticPage(): void {
  staticPage()?.remove();
  document.documentElement.classList.remove('has-session');
}

/** Whether the password was shown in the static form (the first state of the React toggle). */
export function staticPasswordShown(): boolean {
  return staticControl<HTMLInputElement>('login-password')?.type === 'text';
}

export interface AdoptedLogin {
  /** Something was typed in the static form. */
  typed: boolean;
  /** The static form was submitted (Enter or the button) before the app was ready. */
  submitted: boolean;
}

/**
 * Moves what the user did in the static log-in form into the React one, then removes the static
 * page. Call it from a layout effect of the React log-in page, which must be in the document with
 * uncontrolled fields (the values are set on the elements) and must not have taken the focus yet
 * (no autoFocus). Null when there was no static form.
 */
export function adoptStaticLogin(): AdoptedLogin | null {
  const page = staticPage();
  if (!page) return null;
  const active = document.activeElement;
  let typed = false;
  for (const id of ['login-login', 'login-password']) {
    const from = staticControl<HTMLInputElement>(id);
    const to = document.getElementById(id);
    if (from && to instanceof HTMLInputElement && from.value) {
      to.value = from.value;
      typed = true;
    }
  }
  const language = staticControl<HTMLSelectElement>('login-language')?.value;
  const calendar = staticControl<HTMLSelectElement>('login-calendar')?.value;
  const submitted = staticControl<HTMLFormElement>('login-form')?.dataset.submitted === '1';

  const target =
    active instanceof HTMLElement && page.contains(active) && active.id.startsWith(PREFIX) ? document.getElementById(active.id.slice(PREFIX.length)) : null;
  const selection = active instanceof HTMLInputElement && active.selectionStart !== null ? active : null;
  // The React page is hidden while the static one is there (login.css), and hidden elements take no focus.
  removeStaticPage();
  if (target) {
    target.focus({ preventScroll: true });
    if (selection && target instanceof HTMLInputElement) {
      target.setSelectionRange(selection.selectionStart, selection.selectionEnd, selection.selectionDirection ?? undefined);
    }
  }

  // Chosen in the static page before the app was there: remembered, and sent to the server after log-in.
  const current = preferences.get();
  if (isLanguageId(language) && language !== current.language) setLanguage(language, { beforeLogin: true });
  if ((calendar === 'gregorian' || calendar === 'bikram-sambat') && calendar !== current.calendar) setCalendar(calendar, { beforeLogin: true });
  return { typed, submitted };
}
