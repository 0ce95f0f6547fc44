import { Button, Kbd } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { deferred } from '../../../kernel/web/app/deferred.tsx';
import type { SearchDialogProps } from './search-dialog.tsx';

/**
 * The dialog, loaded after the page's first view (ADR 032); one opened before (Ctrl-K at once)
 * appears when its code is there.
 */
const SearchDialog = deferred<SearchDialogProps>(
  async () => (await import('./search-dialog.tsx')).SearchDialog,
  null,
);

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
      <SearchDialog opened={opened} onClose={close} />
    </>
  );
}
