import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { applyServerErrors } from '../api/form-errors.ts';
import type { FieldError } from '../api/problem.ts';

/**
 * The editing cycle every record form shares: save (create or update with the loaded version),
 * put the server's field errors on the form, keep the record and form in step after a save, and
 * reload after a 412 "changed by someone else". The page says how to save and what follows a save.
 */
export function useRecordForm<R extends { id: string; version: number }, V>(options: {
  form: UseFormReturnType<V>;
  record: R | null;
  valuesOf: (record: R) => V;
  save: (current: R | null, values: V) => Promise<R>;
  /** Cache updates, notification, navigation to a created record. */
  afterSave: (saved: R, created: boolean) => Promise<void> | void;
  onReload: () => Promise<R | undefined>;
}) {
  const { form, valuesOf } = options;
  const [current, setCurrent] = useState(options.record);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);

  const reset = (record: R) => {
    setCurrent(record);
    form.setValues(valuesOf(record));
    form.resetDirty(valuesOf(record));
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setUnplaced([]);
    try {
      const saved = await options.save(current, values);
      await options.afterSave(saved, !current);
      if (current) reset(saved);
    } catch (e) {
      setError(e);
      setUnplaced(applyServerErrors(form, e));
    }
  });

  const reload = async () => {
    const fresh = await options.onReload();
    if (fresh) reset(fresh);
    setError(null);
  };

  return { current, error, setError, unplaced, submit, reload, reset };
}
