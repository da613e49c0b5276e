// Label selectors in checkpoint predicates (`count.selector`, `podsReady.selector`,
// `request.reachedPodSelector`, `pod:<selector>` places), parsed by the cluster's own parser
// — so a selector the API server would reject (`app==kubia,,`) is rejected here too, and
// lint reports it with the server's message.
import { matches, parseSelector as parseClusterSelector, SelectorError } from '../../cluster/api/selector.js';

export type LabelMatcher = (labels: Record<string, string> | undefined) => boolean;

/** The matcher for a selector, or undefined when the selector does not parse. */
export function parseSelector(text: string): LabelMatcher | undefined {
  return selectorError(text) === undefined ? matcherOf(text) : undefined;
}

/** Why the cluster would reject this selector (its own message), or undefined when it parses. */
export function selectorError(text: string): string | undefined {
  try {
    parseClusterSelector(text);
    return undefined;
  } catch (e) {
    if (e instanceof SelectorError) return e.message;
    throw e;
  }
}

function matcherOf(text: string): LabelMatcher {
  const sel = parseClusterSelector(text);
  return (labels) => matches(sel, labels);
}
