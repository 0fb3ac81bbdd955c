// Worksheet events (onChanged, onSelectionChanged): add and remove handlers, queued like any operation.
// The simulator raises them (simulator.ts) after a sync that changed cells or the selection.
import type { SimRequestContext } from "./context";

/** An event's add/remove pair over the sheet's handler list, as Office.js's EventHandlers. */
export function eventSource<H>(context: SimRequestContext, handlers: () => H[]) {
  return {
    add: (handler: H) => {
      context.enqueue(16, () => handlers().push(handler));
      return {
        remove: () => {
          context.enqueue(0, () => {
            const list = handlers();
            const i = list.indexOf(handler);
            if (i >= 0) list.splice(i, 1);
          });
        },
      };
    },
  };
}
