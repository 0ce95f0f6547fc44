import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { activeDisqualificationReasonsQuery } from './api/disqualification-reasons-query.ts';
import { disqualifyLead } from './api/disqualify-lead.ts';
import type { Lead } from './api/types.ts';
import { leadChange } from './lead-change.ts';

/**
 * Closes the lead with a reason from the workspace's list, each shown with its standard (when
 * to use it); a warm reason says when the lead will be revisited. The comment is optional.
 */
export function DisqualifyModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const reasons = useQuery(activeDisqualificationReasonsQuery);
  const [reasonId, setReasonId] = useState('');
  const [comment, setComment] = useState('');
  const save = useApiMutation({
    mutationFn: () => disqualifyLead(lead, reasonId, comment.trim() || null),
    ...leadChange(lead),
    onSuccess: onClose,
  });
  const list = reasons.data ?? [];
  return (
    <Modal
      opened
      size="lg"
      onClose={onClose}
      title={t('leads.disqualify.title', { name: lead.name })}
    >
      <Stack>
        {reasons.isPending ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : list.length === 0 ? (
          <Text c="dimmed">{t('leads.disqualify.noReasons')}</Text>
        ) : (
          <Radio.Group
            label={t('leads.disqualify.reason')}
            required
            value={reasonId}
            onChange={setReasonId}
          >
            <Stack gap="sm" mt="xs">
              {list.map((r) => (
                <Radio
                  key={r.id}
                  value={r.id}
                  label={
                    r.warm
                      ? t('leads.disqualify.warmReason', {
                          name: r.name,
                          count: r.warm.revisitDays,
                        })
                      : r.name
                  }
                  description={r.standard}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          label={t('leads.disqualify.comment')}
          description={t('leads.disqualify.hint')}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!reasonId}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('leads.card.disqualify')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
