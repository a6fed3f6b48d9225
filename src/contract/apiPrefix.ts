/** Where the API lives. A module of its own so the boot script can use it without loading the contract's schemas. */
export const API_PREFIX = '/api/v1';
