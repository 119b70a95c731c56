import type { ReactNode } from 'react';
import { isApiError, type FieldError } from './problem.ts';

/** What a form needs from @mantine/form to show server errors. */
export interface ErrorTarget {
  values: unknown;
  setErrors(errors: Record<string, ReactNode>): void;
}

function hasPath(values: unknown, path: string[]): boolean {
  let node: unknown = values;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Maps the server's field errors onto form paths. Server paths are dotted like Mantine's
 * (`lines.2.quantity`); an error on an element the form shows as one input (`roleIds.3` in a
 * multi-select) lands on the nearest path the form has. Errors no field can show are returned apart.
 */
export function formErrorsOf(values: unknown, errors: FieldError[]): { fields: Record<string, string>; unplaced: FieldError[] } {
  const fields: Record<string, string> = {};
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const parts = error.field ? error.field.split('.') : [];
    while (parts.length && !hasPath(values, parts)) parts.pop();
    if (!parts.length) {
      unplaced.push(error);
      continue;
    }
    const path = parts.join('.');
    fields[path] = fields[path] ? `${fields[path]}; ${error.message}` : error.message;
  }
  return { fields, unplaced };
}

/**
 * Puts a failed request's field errors on the form (Mantine `setErrors`). Returns the field errors
 * that no input could show, for the form's alert.
 */
export function applyServerErrors(form: ErrorTarget, error: unknown): FieldError[] {
  if (!isApiError(error)) return [];
  const { fields, unplaced } = formErrorsOf(form.values, error.errors);
  form.setErrors(fields);
  return unplaced;
}
