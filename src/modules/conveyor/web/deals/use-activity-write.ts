import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { completeActivity } from '../api/complete-activity.ts';
import { createActivity, type NewActivity } from '../api/create-activity.ts';
import type { Activity } from '../api/types.ts';
import { activityKeys, dealKeys } from '../keys.ts';
import { refreshDeal } from './deal-cache.ts';

/** What a new or completed activity makes stale: its lists, and its deal's next step. */
function activityChangeKeys(activity: Activity) {
  return [
    activityKeys.myDayLists,
    ...(activity.dealId
      ? [
          activityKeys.ofDeal(activity.dealId),
          dealKeys.history(activity.dealId),
          dealKeys.myDayLists,
          // "No next step only" counts change with the deal's planned activities.
          dealKeys.allStageTotals,
        ]
      : []),
    ...(activity.leadId ? [activityKeys.ofLead(activity.leadId)] : []),
  ];
}

interface ActivityWriteOptions<Vars> {
  done?: (activity: Activity, vars: Vars) => string;
  /** Runs before the lists are refetched (which may unmount the caller, e.g. a My day item). */
  onSuccess?: (activity: Activity, vars: Vars) => void;
}

function useActivityWrite<Vars>(
  mutationFn: (vars: Vars) => Promise<Activity>,
  options: ActivityWriteOptions<Vars>,
) {
  const queryClient = useQueryClient();
  return useApiMutation<Vars, Activity>({
    mutationFn,
    ...options,
    onSuccess: (activity, vars) => {
      options.onSuccess?.(activity, vars);
      // The deal's card and record show its next step: that one deal is fetched again.
      if (activity.dealId) void refreshDeal(queryClient, activity.dealId);
    },
    invalidates: activityChangeKeys,
  });
}

/** Plans (`dueAt`) or logs (`doneAt`) an activity. */
export function useCreateActivity(options: ActivityWriteOptions<NewActivity> = {}) {
  return useActivityWrite(createActivity, options);
}

export interface CompleteVars {
  activity: Activity;
  /** The caller goes on to plan the deal's next step (My day's "Done & plan next"). */
  planNext?: boolean;
}

/** Marks a planned activity done. */
export function useCompleteActivity(options: ActivityWriteOptions<CompleteVars> = {}) {
  return useActivityWrite(({ activity }: CompleteVars) => completeActivity(activity.id), options);
}
