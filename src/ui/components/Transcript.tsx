// The finished part of the conversation. Items go into <Static> once and are never
// re-rendered, so typing stays fast with thousands of lines; clearing the screen starts a
// new <Static> (its key is the clear count) with an empty list.
import React, { memo } from 'react';
import { Static } from 'ink';
import type { Item } from '../conversation.js';
import { TurnView } from './TurnView.js';

// Memoised: a keystroke re-renders the prompt, never the transcript.
export const Transcript = memo(function Transcript({ items, epoch }: { items: Item[]; epoch: number }): React.ReactElement {
  return (
    <Static key={epoch} items={items}>
      {(item) => <TurnView key={item.id} item={item} />}
    </Static>
  );
});
