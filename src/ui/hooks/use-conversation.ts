// Subscribes a component to the Conversation's state.
import { useSyncExternalStore } from 'react';
import type { Conversation, ConversationState } from '../conversation.js';

export function useConversation(c: Conversation): ConversationState {
  return useSyncExternalStore(c.subscribe, c.getState, c.getState);
}
