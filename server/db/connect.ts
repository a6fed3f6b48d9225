import { openDatabase, type Db } from './open';
import { openPostgres } from './postgres';

/** Where the data lives: a PostgreSQL server when a DATABASE_URL is given, otherwise the embedded database in the data folder. */
export interface DatabaseLocation {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** Whether other processes may write the same database at the same time (so memory must be re-checked against it). */
export const isShared = (where: DatabaseLocation) => Boolean(where.databaseUrl);

export const openConfiguredDatabase = (where: DatabaseLocation): Promise<Db> =>
  where.databaseUrl ? openPostgres(where.databaseUrl) : openDatabase(where.dataDir);
