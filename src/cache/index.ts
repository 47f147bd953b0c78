// Entry points setup-go-matrix calls: restore in the main step, save in the post step.
// (Placeholder until the caching issue lands: it only reports that caching is not wired yet.)
import type { ActionContext } from '../ci/action.js';
import type { GoLeg } from '../go/leg.js';

export async function restoreCaches(ctx: ActionContext, leg: GoLeg): Promise<void> {
  ctx.rt.debug(`cache restore for Go ${leg.version} not wired yet`);
}

export async function saveCaches(ctx: ActionContext): Promise<void> {
  ctx.rt.debug('cache save not wired yet');
}
