import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

/** The centred form card of the pages before sign-in (login, first-run setup). */
export function SignedOutCard({
  title,
  intro,
  aside,
  width,
  onSubmit,
  children,
}: {
  title: string;
  intro: string;
  /** Beside the title, e.g. the language menu. */
  aside?: ReactNode;
  width: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={width}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{title}</Title>
                <Text c="dimmed" size="sm">
                  {intro}
                </Text>
              </div>
              {aside}
            </Group>
            {children}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
