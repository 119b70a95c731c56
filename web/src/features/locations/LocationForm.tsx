import { useState } from 'react';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../api/form-errors.ts';
import type { FieldError } from '../../api/problem.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { locationsApi, type Location, type LocationFields, type LocationType } from './api.ts';

export type LocationFormTarget = { mode: 'create'; type: LocationType; parent: Location | null } | { mode: 'edit'; location: Location };

interface Props {
  target: LocationFormTarget;
  onClose(): void;
  onSaved(location: Location): void;
}

function fieldsOf(l: Location | null): LocationFields {
  return {
    code: l?.code ?? '',
    name: l?.name ?? '',
    malePopulation: l?.malePopulation ?? null,
    femalePopulation: l?.femalePopulation ?? null,
    otherPopulation: l?.otherPopulation ?? null,
    families: l?.families ?? null,
  };
}

const count = (v: number | string | null) => (v === '' || v === null ? null : Number(v));

/** Add a location under a parent, or change one. */
export function LocationFormModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editing = target.mode === 'edit' ? target.location : null;
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<FieldError[]>([]);
  const form = useForm<LocationFields>({
    initialValues: fieldsOf(editing),
    validate: {
      code: (v) => (v.trim() ? null : t('form.required')),
      name: (v) => (v.trim() ? null : t('form.required')),
    },
  });
  const type = editing?.type ?? (target.mode === 'create' ? target.type : 'V');
  const typeName = t(`locations.type.${type}`);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setUnplaced([]);
    const body: LocationFields = {
      ...values,
      code: values.code.trim(),
      name: values.name.trim(),
      malePopulation: count(values.malePopulation),
      femalePopulation: count(values.femalePopulation),
      otherPopulation: count(values.otherPopulation),
      families: count(values.families),
    };
    try {
      const saved = editing
        ? await locationsApi.update(editing.id, version, body)
        : await locationsApi.create({ ...body, type, parentId: target.mode === 'create' ? (target.parent?.id ?? null) : null });
      await queryClient.invalidateQueries({ queryKey: ['locations'] });
      await queryClient.invalidateQueries({ queryKey: ['history', `/locations/${saved.id}/history`] });
      onSaved(saved);
    } catch (e) {
      setError(e);
      setUnplaced(applyServerErrors(form, e));
    }
  });

  const reload = async () => {
    if (!editing) return;
    try {
      const fresh = await locationsApi.get(editing.id);
      setVersion(fresh.version);
      form.setValues(fieldsOf(fresh));
      form.resetDirty(fieldsOf(fresh));
      setError(null);
    } catch (e) {
      setError(e);
    }
  };

  const title = editing
    ? t('locations.editTitle', { name: editing.name })
    : target.mode === 'create' && target.parent
      ? t(`locations.addIn.${type as 'D' | 'W' | 'V'}`, { parent: target.parent.name })
      : t(`locations.add.${type}`);

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} unplaced={unplaced} onReload={() => void reload()} />
          {!editing && (
            <Text size="sm" c="dimmed">
              {t('locations.typeIs', { type: typeName })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('locations.code')} required maxLength={8} data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('locations.name')} required maxLength={50} {...form.getInputProps('name')} />
            <NumberInput label={t('locations.malePopulation')} min={0} allowDecimal={false} {...form.getInputProps('malePopulation')} />
            <NumberInput label={t('locations.femalePopulation')} min={0} allowDecimal={false} {...form.getInputProps('femalePopulation')} />
            <NumberInput label={t('locations.otherPopulation')} min={0} allowDecimal={false} {...form.getInputProps('otherPopulation')} />
            <NumberInput label={t('locations.families')} min={0} allowDecimal={false} {...form.getInputProps('families')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
