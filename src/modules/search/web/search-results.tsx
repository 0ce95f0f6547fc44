import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from './api/search-query.ts';

interface Props {
  listId: string;
  items: readonly SearchResult[];
  active: number;
  onHover: (index: number) => void;
  onPick: (item: SearchResult) => void;
}

/** The id of a result's option, for the box's aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/** The results as a listbox: kind, title and what tells it apart; the active one highlighted. */
export function SearchResults({ listId, items, active, onHover, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} id={listId} role="listbox" aria-label={t('search.results')}>
      {items.map((item, index) => (
        <UnstyledButton
          key={`${item.kind}:${item.id}`}
          id={optionId(listId, index)}
          role="option"
          aria-selected={index === active}
          // The box keeps the focus: arrows move the highlight, Enter opens it.
          tabIndex={-1}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHover(index)}
          onClick={() => onPick(item)}
          px="sm"
          py={6}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            background: index === active ? 'var(--mantine-color-indigo-light)' : undefined,
          }}
        >
          <Group gap="sm" wrap="nowrap">
            <Badge
              variant="light"
              color="gray"
              miw={108}
              style={{ flexShrink: 0, overflow: 'visible' }}
            >
              {t(`search.kind.${item.kind}`)}
            </Badge>
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={500} truncate>
                {item.title}
              </Text>
              {item.subtitle && (
                <Text size="xs" c="dimmed" truncate>
                  {item.subtitle}
                </Text>
              )}
            </Stack>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
