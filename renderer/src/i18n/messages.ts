// The type every language must match: the Japanese messages' shape.
import type { ja } from './ja';

export type Messages = typeof ja;
