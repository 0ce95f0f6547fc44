import { Alert, Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../../../kernel/web/components/language-choice.tsx';
import { SignedOutCard } from '../../../kernel/web/components/signed-out-card.tsx';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { api, unwrap } from '../../../kernel/web/lib/api-client.ts';
import { ApiProblem } from '../../../kernel/web/lib/problem.ts';
import { meQuery } from '../../../kernel/web/lib/session.ts';

/** Sign-in with e-mail and password; the server sets the session cookie. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = useProblemHandler();

  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/auth/login', {
          body: { email: values.email.trim(), password: values.password },
        }),
      ),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: meQuery.queryKey });
      await navigate({ to: '/my-day' });
    },
  });

  const failure = login.error;
  const failureText =
    failure instanceof ApiProblem && failure.status === 401
      ? t('login.invalidCredentials')
      : failure instanceof ApiProblem && failure.status === 429
        ? t('login.tooManyAttempts')
        : failure
          ? message(failure)
          : null;

  return (
    <SignedOutCard
      title={t('login.title')}
      intro={t('login.intro')}
      aside={<LanguageChoice />}
      width={420}
      onSubmit={form.onSubmit((values) => login.mutate(values))}
    >
      {failureText && (
        <Alert color="red" role="alert">
          {failureText}
        </Alert>
      )}
      <TextInput
        label={t('fields.email')}
        type="email"
        required
        autoComplete="username"
        {...form.getInputProps('email')}
      />
      <PasswordField
        label={t('fields.password')}
        required
        autoComplete="current-password"
        {...form.getInputProps('password')}
      />
      <Button type="submit" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </SignedOutCard>
  );
}
