/**
 * Why a date was rejected; UIs map `code` to a translated message and may show
 * `message` (English, names the offending value) in logs.
 *  - invalid-format: the text is not YYYY-MM-DD
 *  - invalid-date: well formed but no such day (month 13, 30 February …)
 *  - out-of-range: a real date the calendar table does not cover
 */
export type CalendarErrorCode = 'invalid-format' | 'invalid-date' | 'out-of-range';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
  }
}
