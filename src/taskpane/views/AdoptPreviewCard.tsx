// What adoption will do, shown before anything is written: every header with the register column it
// maps to (the user can change it), and what happens to the typed values. State: useAdoptPreview.
import { Body1, Button, Caption1, Card, CardHeader, Select, Subtitle2 } from "@fluentui/react-components";
import type { ColumnKey } from "../../domain/columns";
import type { AdoptPreview } from "../../excel/adoptRegister";
import { escapeCancels, useRevealAndFocus } from "../useRevealAndFocus";
import { useAdoptPreview } from "./useAdoptPreview";

interface Props {
  preview: AdoptPreview;
  busy: boolean;
  /** Adopts the preview as re-planned with the user's choices. */
  onConfirm: (preview: AdoptPreview) => void;
  onCancel: () => void;
}

export function AdoptPreviewCard({ preview: initial, busy, onConfirm, onCancel }: Props) {
  const state = useAdoptPreview(initial);
  const { plan } = state.preview;
  const r = plan.report;
  const ref = useRevealAndFocus<HTMLDivElement>(initial);
  return (
    <Card
      ref={ref}
      tabIndex={-1}
      onKeyDown={escapeCancels(onCancel, busy)}
      aria-labelledby="adopt-preview-title"
    >
      <CardHeader
        header={
          <Subtitle2
            as="h3"
            id="adopt-preview-title"
          >{`Preview: ${plan.sheet} as ${plan.def.name}`}</Subtitle2>
        }
        description={
          <Caption1>
            {`Header on row ${plan.headerRow + 1}; ${r.rows} rows` +
              (r.entries !== r.rows ? ` (${r.entries} with entries).` : ".")}
            {plan.remembered ? " The mapping confirmed before for these headers is used." : ""}
          </Caption1>
        }
      />
      {state.layout.length > 0 && (
        <ul aria-label="How the sheet is read" style={{ margin: 0, paddingInlineStart: "1.25em" }}>
          {state.layout.map((n) => (
            <li key={n}>
              <Body1>{n}</Body1>
            </li>
          ))}
        </ul>
      )}
      <table className="rs-table" aria-label="Column mapping">
        <thead>
          <tr>
            <th scope="col">Header in the sheet</th>
            <th scope="col">Register column</th>
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => (
            <tr key={row.index}>
              <td>
                {row.header}
                {row.question && <span aria-hidden="true"> ?</span>}
              </td>
              <td>
                <Select
                  size="small"
                  aria-label={`Register column for ${row.header}`}
                  aria-invalid={row.question ? true : undefined}
                  value={row.question ? "?" : row.key}
                  disabled={busy}
                  onChange={(_, d) => state.setColumn(row.index, d.value as ColumnKey | "")}
                >
                  {/* A question shows no answer, so that either answer is a change the user makes. */}
                  {row.question && (
                    <option value="?" disabled>
                      Choose…
                    </option>
                  )}
                  <option value="">Keep as it is</option>
                  {state.options.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.scoreTexts.length > 0 && (
        <table className="rs-table" aria-label="Scores written as text">
          <thead>
            <tr>
              <th scope="col">Written score</th>
              <th scope="col">Becomes</th>
            </tr>
          </thead>
          <tbody>
            {state.scoreTexts.map((t) => (
              <tr key={t.id}>
                <td>
                  {`"${t.text}"`}
                  <Caption1 block>{`${t.column}, ${t.count} cell(s)`}</Caption1>
                </td>
                <td>
                  <Select
                    size="small"
                    aria-label={`${t.column} "${t.text}" becomes`}
                    value={t.score === null ? "" : String(t.score)}
                    disabled={busy}
                    onChange={(_, d) => state.setScore(t.id, d.value === "" ? null : Number(d.value))}
                  >
                    <option value="">Leave as it is</option>
                    {[1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={String(n)}>
                        {n === t.proposed ? `${n} (read from it)` : String(n)}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.scoreTexts.some((t) => t.score === null) && (
        <Body1>Scores left as they are stay text: Check reports each one.</Body1>
      )}
      {state.questions.map((q) => (
        <Body1 key={q} role="status">
          {q}
        </Body1>
      ))}
      {state.error && <Body1 role="alert">{state.error}</Body1>}
      {r.added.length > 0 && <Body1>Columns added: {r.added.join(", ")}.</Body1>}
      {r.unmapped.length > 0 && <Body1>Kept as they are: {r.unmapped.join(", ")}.</Body1>}
      {r.replacedByFormula
        .filter((x) => x.count > 0)
        .map((x) => (
          <Body1
            key={`f-${x.column}`}
          >{`${x.column}: ${x.count} value(s) become the formula (each equals what it gives).`}</Body1>
        ))}
      {r.filledBlank.map((x) => (
        <Body1 key={`b-${x.column}`}>{`${x.column}: ${x.count} blank cell(s) get the formula.`}</Body1>
      ))}
      {r.keptTyped.map((x) => (
        <Body1
          key={`k-${x.column}`}
        >{`${x.column}: ${x.count} value(s) differ from what the formula gives and are kept for you to review (rows ${x.rows.join(", ")}).`}</Body1>
      ))}
      {r.formulasToValues.map((x) => (
        <Body1
          key={`v-${x.column}`}
        >{`${x.column}: ${x.count} cell(s) hold a formula of their own that gives another value: each keeps the value it shows, typed (rows ${x.rows.join(", ")}).`}</Body1>
      ))}
      {r.ragJudgementsKept > 0 && (
        <Body1>{`${r.ragJudgementsKept} RAG judgement(s) differ from the policy: they move to RAG Override, so RAG Status shows the same value.`}</Body1>
      )}
      {state.preview.overlappingTables.length > 0 && (
        <Body1>
          Existing table(s) {state.preview.overlappingTables.join(", ")} become the governed table.
        </Body1>
      )}
      <div className="rs-row">
        <Button
          appearance="primary"
          onClick={() => onConfirm(state.preview)}
          disabled={busy || !state.canConfirm}
        >
          Adopt register
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </Card>
  );
}
