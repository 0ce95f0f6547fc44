import { type MantineSpacing, Tabs } from '@mantine/core';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * Tabs that are pages (settings, reports): the one whose path starts the address is chosen, and
 * choosing one goes to its page.
 */
export function RouteTabs({
  tabs,
  label,
  firstByDefault = false,
  keepSearch = false,
  mb,
}: {
  /** Each tab's path and the translation key of its name. */
  tabs: readonly { to: string; label: string }[];
  /** The tab list's accessible name. */
  label?: string;
  /** Show the first tab chosen when the address names none. */
  firstByDefault?: boolean;
  /** Carry the address's search (a report's filters) to the page chosen. */
  keepSearch?: boolean;
  mb: MantineSpacing;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const active =
    tabs.find((tab) => pathname.startsWith(tab.to))?.to ??
    (firstByDefault ? tabs[0]?.to : undefined) ??
    null;

  return (
    <Tabs
      value={active}
      onChange={(to) => {
        const tab = tabs.find((item) => item.to === to);
        if (tab) void navigate({ to: tab.to, ...(keepSearch ? { search: true } : {}) });
      }}
      mb={mb}
    >
      <Tabs.List aria-label={label}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.to} value={tab.to}>
            {t(tab.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
