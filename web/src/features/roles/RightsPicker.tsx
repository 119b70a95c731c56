import { Accordion, Badge, Checkbox, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rightModules, rightsCatalogue } from '@common/rights.ts';

interface Props {
  value: number[];
  onChange(rights: number[]): void;
  disabled?: boolean;
  error?: React.ReactNode;
}

const byModule = new Map<string, number[]>(rightModules.map((m) => [m, rightsCatalogue.filter((r) => r.module === m).map((r) => r.code)]));

/** Rights grouped by module (as openIMIS shows them), each group with "all" and a count. */
export function RightsPicker({ value, onChange, disabled, error }: Props) {
  const { t } = useTranslation('rights');
  const { t: tw } = useTranslation();
  const chosen = new Set(value);
  const toggle = (codes: number[], on: boolean) => {
    const next = new Set(chosen);
    for (const c of codes) {
      if (on) next.add(c);
      else next.delete(c);
    }
    onChange([...next].sort((a, b) => a - b));
  };

  return (
    <div role="group" aria-label={tw('roles.rights')}>
      <Text fw={500} size="sm" mb={4}>
        {tw('roles.rights')}{' '}
        <Text span c="dimmed" size="sm">
          ({tw('roles.rightsChosen', { count: value.length })})
        </Text>
      </Text>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Accordion multiple variant="contained" chevronPosition="left">
        {rightModules.map((module) => {
          const codes = byModule.get(module) ?? [];
          const count = codes.filter((c) => chosen.has(c)).length;
          const moduleName = t(`module.${module}`);
          return (
            <Accordion.Item key={module} value={module}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text size="sm">{moduleName}</Text>
                  <Badge variant={count ? 'filled' : 'light'} color={count === codes.length ? 'teal' : count ? 'blue' : 'gray'}>
                    {count}/{codes.length}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Checkbox
                  mb="xs"
                  fw={600}
                  label={tw('roles.allOf', { module: moduleName })}
                  checked={count === codes.length}
                  indeterminate={count > 0 && count < codes.length}
                  onChange={(e) => toggle(codes, e.currentTarget.checked)}
                  disabled={disabled}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  {codes.map((code) => (
                    <Checkbox
                      key={code}
                      label={
                        <>
                          {t(String(code) as '101001')}{' '}
                          <Text span size="xs" c="dimmed">
                            {code}
                          </Text>
                        </>
                      }
                      checked={chosen.has(code)}
                      onChange={(e) => toggle([code], e.currentTarget.checked)}
                      disabled={disabled}
                    />
                  ))}
                </SimpleGrid>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </div>
  );
}
