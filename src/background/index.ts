/**
 * Service worker entry: builds the router, registers each feature's handlers, and listens.
 * Features register additively (`registerReader`, and later tagging) on the same router.
 */
import { backgroundPlatform } from '../platform';
import { loadBundledPack } from './bundled-pack';
import { createEngine } from './engine';
import { registerReader } from './reader';
import { createRouter } from './router';
import { createTabStore } from './tab-store';

const platform = backgroundPlatform();
const router = createRouter(platform.runtimeId, platform.extensionOrigin);
const store = createTabStore(platform.session);
const engine = createEngine(() => [loadBundledPack()]);

registerReader(router, platform, engine, store);

platform.onMessage((message, sender) => router.dispatch(message, sender));

/** The router, for other features' modules loaded by this worker to register on. */
export { router };
