import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/i18n.ts';
import { preferences } from './session/preferences.ts';
import { Root } from './Root.tsx';

document.documentElement.lang = preferences.get().language;
void initI18n(preferences.get().language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
