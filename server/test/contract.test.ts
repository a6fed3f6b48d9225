import { contractSuite } from '../../test/contractSuite';
import { ADMIN_PASSWORD, signedInServerForFile } from './harness';

const server = signedInServerForFile();

contractSuite({ name: 'the real server', state: () => server().store.state, admin: { username: 'admin', password: ADMIN_PASSWORD } });
