/**
 * Content script entry (built as one standalone file). Runs once per page: a second injection
 * (the toolbar's "Scan this page" on a page where it already runs) only asks for a re-scan.
 */
import { contentPlatform } from '../platform';
import { startReader, type Reader } from './reader';
import { startTagging } from './tagging';

const KEY = '__dealLensReader';
const scope = globalThis as unknown as Record<string, Reader | undefined>;

if (scope[KEY]) {
  void scope[KEY].rescan();
} else if (window.top === window) {
  scope[KEY] = startReader(window, contentPlatform());
  startTagging(window, contentPlatform());
}
