// zod's tree-shakable functional API (zod/mini), so that the pane's first chunk carries only the checks
// our schemas use (issue 13, load); import it as `import * as z from "./zod"`. zod/mini loads no
// locale itself: English is set here, so the messages are zod's usual English ones, as with zod's
// classic API.
import { config } from "zod/mini";
import { en } from "zod/locales";

config(en());

export * from "zod/mini";
