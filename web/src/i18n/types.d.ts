import type enWeb from '@common/i18n/en/web.json';
import type enErrors from '@common/i18n/en/errors.json';
import type enRights from '@common/i18n/en/rights.json';

// Keys passed to t() are checked against the English source files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: { web: typeof enWeb; errors: typeof enErrors; rights: typeof enRights };
  }
}
