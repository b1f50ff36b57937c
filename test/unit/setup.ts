// Must run before dexie is imported anywhere, or liveQuery never fires under Node.
import 'fake-indexeddb/auto';
