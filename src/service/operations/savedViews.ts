import type { Operations } from './operations';
import { savedViewsOf } from '../savedViews';

export const savedViewOperations = {
  listSavedViews: (_input, state, caller) => ({ items: savedViewsOf(state, caller) }),
} satisfies Partial<Operations>;
