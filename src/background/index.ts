/**
 * Service worker entry: builds the router, registers each feature's handlers, and listens.
 * Features register additively (`registerReader`, and later tagging) on the same router.
 */
import { backgroundPlatform, taggingPlatform } from '../platform';
import { importedPacks, registerAnnotations } from './annotations';
import { getDb } from './db';
import { loadBundledPack } from './bundled-pack';
import { createEngine } from './engine';
import { registerReader } from './reader';
import { createRouter } from './router';
import { createTabStore } from './tab-store';

const platform = backgroundPlatform();
const router = createRouter(platform.runtimeId, platform.extensionOrigin);
const store = createTabStore(platform.session);
const engine = createEngine(() => [loadBundledPack(), ...importedPacks()]);

registerReader(router, platform, engine, store);
registerAnnotations(router, platform, taggingPlatform(), engine, getDb());

platform.onMessage((message, sender) => router.dispatch(message, sender));

// Build the matcher index as soon as the worker starts, not inside the first page's scan.
setTimeout(() => {
  try {
    engine.warm();
  } catch (e) {
    console.error('Deal Lens: could not load the claim database', e);
  }
}, 0);
