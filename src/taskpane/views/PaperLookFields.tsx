// The paper's print settings in the Settings view: typeface and size, the paper reference for the page
// header, the classification line for the footer, and whether Appendix A prints each risk's movement.
// Only renders; the view keeps the draft.
import { Field, Input, Switch, Textarea } from "@fluentui/react-components";
import { MAX_CLASSIFICATION, type PaperLook } from "../../domain/paperLook";

export function PaperLookFields({
  look,
  onChange,
}: {
  look: PaperLook;
  onChange: (look: PaperLook) => void;
}) {
  return (
    <fieldset className="rs-fieldset">
      <legend>The paper as printed</legend>
      <Field label="Typeface" hint="Every sheet and the Word document, e.g. Arial">
        <Input value={look.typeface} onChange={(_, d) => onChange({ ...look, typeface: d.value })} />
      </Field>
      <Field label="Table text size (pt)">
        <Input
          type="number"
          min={7}
          max={14}
          value={String(look.fontSize)}
          onChange={(_, d) => onChange({ ...look, fontSize: Number(d.value) })}
        />
      </Field>
      <Field
        label="Paper reference"
        hint="In each page's header, e.g. SECP_64_1101_02; the .docx is named after it"
      >
        <Input value={look.reference} onChange={(_, d) => onChange({ ...look, reference: d.value })} />
      </Field>
      <Field
        label="Classification line"
        hint={`In each page's footer, at most ${MAX_CLASSIFICATION} characters (${look.classification.length} now)`}
      >
        <Textarea
          resize="vertical"
          value={look.classification}
          onChange={(_, d) => onChange({ ...look, classification: d.value })}
        />
      </Field>
      <Field hint="A Trend column, since the paper compared with: ↑ higher, ↓ lower, → unchanged; New: not in it">
        <Switch
          label="Appendix A shows each risk's movement"
          checked={look.movementArrows}
          onChange={(_, d) => onChange({ ...look, movementArrows: d.checked })}
        />
      </Field>
    </fieldset>
  );
}
