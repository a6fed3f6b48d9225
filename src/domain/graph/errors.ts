/** Thrown by graph queries (and what-if changes) that name an id the inventory does not contain. */
export class UnknownNodeError extends Error {
  readonly nodeId: string;
  constructor(nodeId: string) {
    super(`Unknown node: ${nodeId}`);
    this.name = 'UnknownNodeError';
    this.nodeId = nodeId;
  }
}
