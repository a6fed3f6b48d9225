import type { Operations } from './operations';
import { inventoryOperations } from './inventory';
import { findingOperations } from './findings';
import { graphOperations } from './graph';
import { metaOperations } from './meta';

export const operations: Operations = {
  ...metaOperations,
  ...inventoryOperations,
  ...findingOperations,
  ...graphOperations,
};
