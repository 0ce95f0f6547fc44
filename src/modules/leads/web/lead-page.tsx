import { Grid, Group, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { PageState } from '../../../kernel/web/components/page-state.tsx';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { ConvertModal } from './convert-modal.tsx';
import { DisqualifyModal } from './disqualify-modal.tsx';
import { EditLeadModal } from './edit-lead-modal.tsx';
import { LeadActivities } from './lead-activities.tsx';
import { LeadFields } from './lead-fields.tsx';
import { LeadStatusActions } from './lead-status-actions.tsx';
import { LeadStatusBadge } from './lead-status-badge.tsx';
import { LeadTimeline } from './lead-timeline.tsx';
import { leadQuery } from './api/lead-query.ts';
import { LeadsCrumbs } from './leads-crumbs.tsx';

const route = getRouteApi('/app/leads/$leadId');

/** The lead card: status steps, qualify, disqualify, convert; fields, activities and timeline. */
export function LeadPage() {
  const me = useMe();
  const { leadId } = route.useParams();
  const lead = useQuery(leadQuery(leadId));
  const [editing, setEditing] = useState(false);
  const [disqualifying, setDisqualifying] = useState(false);
  const [converting, setConverting] = useState(false);
  if (!lead.data) return <PageState error={lead.error} />;
  const l = lead.data;
  return (
    <>
      <LeadsCrumbs here={l.name} />
      <Group justify="space-between" align="center" mb="md" wrap="wrap">
        <Group gap="sm">
          <Title order={2}>{l.name}</Title>
          <LeadStatusBadge status={l.status} />
        </Group>
        <LeadStatusActions
          lead={l}
          onDisqualify={() => setDisqualifying(true)}
          onConvert={() => setConverting(true)}
        />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <LeadFields lead={l} onEdit={() => setEditing(true)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <LeadActivities lead={l} timeZone={me.workspace.timezone} />
        </Grid.Col>
      </Grid>
      <LeadTimeline leadId={l.id} />
      {editing && <EditLeadModal key={l.version} lead={l} onClose={() => setEditing(false)} />}
      {disqualifying && <DisqualifyModal lead={l} onClose={() => setDisqualifying(false)} />}
      {converting && <ConvertModal lead={l} onClose={() => setConverting(false)} />}
    </>
  );
}
