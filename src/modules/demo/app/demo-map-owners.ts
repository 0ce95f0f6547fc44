// Every process group has someone who answers for its result (DOMAIN.md §1): the demo gives
// each group of the b2b-classic map to the person whose role it is.
import type { Runner } from '../../../kernel/app/runner.ts';
import { getProcessMap } from '../../map/index.ts';
import { updateProcessGroup } from '../../map/index.ts';
import { CREW } from './demo-people.ts';
import type { DemoWorld } from './demo-setup.ts';

/** Roster index of each group kind's owner. */
const OWNER_OF: Record<string, number> = {
  strategy: CREW.headOfSales,
  management: CREW.headOfSales,
  prospecting: CREW.prospectors[0],
  marketing: CREW.marketer,
  qualification: CREW.managers[0],
  sales: CREW.managers[1],
  service: CREW.accountManagers[0],
  cross_upsell: CREW.accountManagers[1],
  account_management: CREW.accountManagers[0],
  key_account_management: CREW.accountManagers[1],
};

export async function assignGroupOwners(runner: Runner, world: DemoWorld): Promise<void> {
  const manager = world.actors[CREW.headOfSales]!;
  const map = await runner.run(getProcessMap, {}, manager);
  for (const group of map.groups) {
    const owner = world.actors[OWNER_OF[group.kind] ?? CREW.headOfSales];
    if (!owner || group.ownerUserId || group.ownerTeamId) continue;
    await runner.run(updateProcessGroup, { groupId: group.id, ownerUserId: owner.userId }, manager);
  }
}
