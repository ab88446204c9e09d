import { admin, freshSchema, type TestSchema } from '../store/postgres/pg-test-db.js';

/** A fresh store schema whose `drop` also drops the queue's schema (`<schema>_queue`, see `queueSchema`). */
export async function freshStoreWithQueue(): Promise<TestSchema> {
  const store = await freshSchema();
  const drop = async (): Promise<void> => {
    await admin(store.url, `DROP SCHEMA IF EXISTS ${store.schema}_queue CASCADE`);
    await store.drop();
  };
  return { ...store, drop };
}
