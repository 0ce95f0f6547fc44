import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../kernel/web/lib/i18n.ts';
import { meQuery } from '../kernel/web/lib/api/me-query.ts';
import { isProblem } from '../kernel/web/lib/problem.ts';
import { DealSectionsProvider } from '../kernel/web/app/deal-sections.tsx';
import { buildRouter } from './router.tsx';
import { webModules } from './modules.ts';

const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => !isProblem(error) && count < 2,
    },
  },
});

const router = buildRouter(queryClient);

/** The deal card's sections of every module, in their order. */
const dealSections = webModules
  .flatMap((module) => ('dealSections' in module ? module.dealSections : []))
  .sort((a, b) => a.order - b.order);

/**
 * Starts, before the first render, what the page in the address needs whoever signs in: `GET /me`
 * and the code of the page's routes. Otherwise each waits for the one before — the strings, then
 * the signed-in check, then the page's code — and the page's code and data start together
 * (ADR 032). The frames' checks find the answers on their way instead of starting them.
 */
export function startEarly(): void {
  void queryClient.prefetchQuery(meQuery);
  for (const match of router.matchRoutes(window.location.pathname)) {
    const route = router.routesById[match.routeId as keyof typeof router.routesById];
    void router.loadRouteChunk(route)?.catch(() => undefined); // the router shows the problem
  }
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" autoClose={3000} />
        <QueryClientProvider client={queryClient}>
          <DealSectionsProvider sections={dealSections}>
            <RouterProvider router={router} />
          </DealSectionsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
