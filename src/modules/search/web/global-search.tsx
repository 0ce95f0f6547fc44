import { Alert, Button, Kbd, Loader, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useHotkeys, useId } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX } from '../../../contract/search.ts';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { searchQuery, type SearchResult } from './api/search-query.ts';
import { optionId, SearchResults } from './search-results.tsx';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The header's search: a button that opens the search dialog, also opened by Ctrl-K (⌘-K on a
 * Mac) wherever the focus is.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // An empty ignore list: the shortcut works while typing in a field too.
  useHotkeys([['mod+K', open]], []);
  return (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={open}
        aria-keyshortcuts="Control+K Meta+K"
        rightSection={<Kbd size="xs">{isMac() ? '⌘ K' : 'Ctrl K'}</Kbd>}
        visibleFrom="xs"
      >
        {t('search.open')}
      </Button>
      <Button variant="default" size="xs" onClick={open} hiddenFrom="xs">
        {t('search.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('search.title')}
        size="lg"
        yOffset="10vh"
        // A fresh box every time it opens.
        keepMounted={false}
      >
        <SearchPanel onDone={close} />
      </Modal>
    </>
  );
}

/** Where a result opens. */
function useOpenResult() {
  const navigate = useNavigate();
  return (item: SearchResult) => {
    switch (item.kind) {
      case 'deal':
        return navigate({ to: '/deals/$dealId', params: { dealId: item.id } });
      case 'company':
        return navigate({ to: '/companies/$companyId', params: { companyId: item.id } });
      case 'contact':
        return navigate({ to: '/contacts/$contactId', params: { contactId: item.id } });
      case 'lead':
        return navigate({ to: '/leads/$leadId', params: { leadId: item.id } });
    }
  };
}

function SearchPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = useProblemHandler();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [typed] = useDebouncedValue(text.trim(), 150);
  const results = useQuery(searchQuery(typed));
  const openResult = useOpenResult();
  // While the first answer for new words is on its way, the last one stays (placeholder).
  const items = typed ? (results.data?.items ?? []) : [];
  const current = Math.min(active, Math.max(items.length - 1, 0));

  const pick = (item: SearchResult) => {
    onDone();
    void openResult(item);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[current];
      if (item) pick(item);
    }
  };

  return (
    <>
      <TextInput
        data-autofocus
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length ? optionId(listId, current) : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        maxLength={SEARCH_QUERY_MAX}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        mb="sm"
      />
      {!typed ? (
        <Text size="sm" c="dimmed">
          {t('search.hint')}
        </Text>
      ) : results.isError ? (
        <Alert color="red">{message(results.error)}</Alert>
      ) : results.isSuccess && items.length === 0 && !results.isPlaceholderData ? (
        <Text size="sm" c="dimmed" role="status">
          {t('search.nothing', { q: typed })}
        </Text>
      ) : (
        <SearchResults
          listId={listId}
          items={items}
          active={current}
          onHover={setActive}
          onPick={pick}
        />
      )}
      {items.length > 0 && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('search.keys')}
        </Text>
      )}
    </>
  );
}
