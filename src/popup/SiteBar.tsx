/**
 * The site line at the top of the popup: which site this is, whether it is on the outlet list, and
 * the "Pause on this site" switch.
 */
import type { SiteState } from '../messages';

export interface SiteBarProps {
  site: SiteState;
  onTogglePause(paused: boolean): void;
}

/** Host name plus the pause switch; hidden for pages without a host (new tab, extension pages). */
export function SiteBar({ site, onTogglePause }: SiteBarProps) {
  if (!site.host) return null;
  return (
    <div class="site-bar">
      <span class="host" title={site.supported ? 'On the outlet list' : 'Not on the outlet list'}>
        {site.host}
        {site.supported ? '' : ' (not on the outlet list)'}
      </span>
      <label class="pause">
        <input type="checkbox" checked={site.paused} onChange={(e) => onTogglePause((e.currentTarget as HTMLInputElement).checked)} />
        Pause on this site
      </label>
    </div>
  );
}
