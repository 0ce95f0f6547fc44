import { Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  narrowerScope,
  PERMISSION_ROLES,
  RECORD_SCOPES,
  type PermissionRole,
  type RecordPermissions,
  type RecordScope,
} from '../../../contract/roles.ts';

/**
 * Which records managers and members see and edit (admins: everything). An edit scope never
 * goes beyond the view: widening the view keeps the edit, narrowing it narrows the edit too.
 */
export function RecordPermissionsField({
  value,
  onChange,
}: {
  value: RecordPermissions;
  onChange: (next: RecordPermissions) => void;
}) {
  const { t } = useTranslation();
  const options = (within: RecordScope) =>
    RECORD_SCOPES.filter((scope) => narrowerScope(scope, within) === scope).map((scope) => ({
      value: scope,
      label: t(`workspaceSettings.permissions.scope.${scope}`),
    }));
  const set = (role: PermissionRole, view: RecordScope, edit: RecordScope) =>
    onChange({ ...value, [role]: { view, edit: narrowerScope(edit, view) } });

  return (
    <Fieldset legend={t('workspaceSettings.permissions.label')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('workspaceSettings.permissions.hint')}
        </Text>
        {PERMISSION_ROLES.map((role) => (
          <Group key={role} grow align="flex-end">
            <Select
              label={t(`workspaceSettings.permissions.${role}.view`)}
              data={options('all')}
              allowDeselect={false}
              value={value[role].view}
              onChange={(view) => view && set(role, view as RecordScope, value[role].edit)}
            />
            <Select
              label={t(`workspaceSettings.permissions.${role}.edit`)}
              data={options(value[role].view)}
              allowDeselect={false}
              value={value[role].edit}
              onChange={(edit) => edit && set(role, value[role].view, edit as RecordScope)}
            />
          </Group>
        ))}
      </Stack>
    </Fieldset>
  );
}
