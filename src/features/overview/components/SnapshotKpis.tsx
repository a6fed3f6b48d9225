import type { Snapshot } from '../../../contract/snapshots';
import { KpiTile } from './KpiTile';

const FIRST = 'first snapshot: nothing to compare with';

/** The figures each import records, with the change since the import before it. All platforms. */
export function SnapshotKpis({ latest, previous }: { latest: Snapshot; previous: Snapshot | undefined }) {
  const none = previous ? undefined : FIRST;
  return (
    <>
      <KpiTile label="Connections" value={latest.connections} previous={previous?.connections} lowerIsBetter={false} noHistory={none}
        how="Connections in the last imported inventory (all platforms), recorded by the latest snapshot" />
      <KpiTile label="On personal credentials" value={latest.personalCredentialConnections} previous={previous?.personalCredentialConnections} noHistory={none}
        how="Connections whose identity (authenticates as) is a person rather than a service identity, recorded by the latest snapshot" />
      <KpiTile label="People who can act as someone else" value={latest.peopleActingAsOthers} previous={previous?.peopleActingAsOthers} noHistory={none}
        how="Distinct people able to use a connection that holds another principal's credentials, directly, through a group or through a shared app; recorded by the latest snapshot" />
      <KpiTile label="Open critical" value={latest.openBySeverity.critical} previous={previous?.openBySeverity.critical} noHistory={none}
        how="Critical findings detected by the latest import (all platforms), from its snapshot" />
      <KpiTile label="Open high" value={latest.openBySeverity.high} previous={previous?.openBySeverity.high} noHistory={none}
        how="High-severity findings detected by the latest import (all platforms), from its snapshot" />
    </>
  );
}
