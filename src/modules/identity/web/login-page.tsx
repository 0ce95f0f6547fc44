import { Alert, Button, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../../../kernel/web/components/language-choice.tsx';
import { SignedOutCard } from '../../../kernel/web/components/signed-out-card.tsx';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { ApiProblem } from '../../../kernel/web/lib/problem.ts';
import { logIn } from './api/log-in.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';

/** Sign-in with e-mail and password; the server sets the session cookie. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = useProblemHandler();

  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const login = useApiMutation<typeof form.values>({
    mutationFn: (values) => logIn({ email: values.email.trim(), password: values.password }),
    // Whoever was cached before is not who signed in now.
    apply: (queryClient) => queryClient.removeQueries({ queryKey: meQuery.queryKey }),
    onSuccess: async () => {
      await navigate({ to: '/my-day' });
    },
    // A failure is shown above the form (from `login.error`), not as a notification.
    onProblem: () => true,
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
