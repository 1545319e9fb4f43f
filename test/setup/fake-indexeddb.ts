// Node has no IndexedDB: unit tests of Dexie/idb code run on fake-indexeddb. Real IndexedDB
// is exercised by the browser tests in Chromium.
import 'fake-indexeddb/auto';
