// What adoption will do, shown before anything is written.
import { Body1, Button, Caption1, Card, CardHeader, Subtitle2 } from "@fluentui/react-components";
import type { AdoptPreview } from "../../excel/adoptRegister";

interface Props {
  preview: AdoptPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function AdoptPreviewCard({ preview, busy, onConfirm, onCancel }: Props) {
  const { plan } = preview;
  const r = plan.report;
  return (
    <Card aria-labelledby="adopt-preview-title">
      <CardHeader
        header={
          <Subtitle2
            as="h3"
            id="adopt-preview-title"
          >{`Preview: ${plan.sheet} as ${plan.def.name}`}</Subtitle2>
        }
        description={<Caption1>{`Header on row ${plan.headerRow + 1}; ${r.rows} rows.`}</Caption1>}
      />
      <table className="rs-table" aria-label="Column mapping">
        <thead>
          <tr>
            <th scope="col">Header in the sheet</th>
            <th scope="col">Register column</th>
          </tr>
        </thead>
        <tbody>
          {r.mapped.map((m) => (
            <tr key={m.header + m.column}>
              <td>{m.header}</td>
              <td>{m.column}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.added.length > 0 && <Body1>Columns added: {r.added.join(", ")}.</Body1>}
      {r.unmapped.length > 0 && (
        <Body1>Kept as they are (not register columns): {r.unmapped.join(", ")}.</Body1>
      )}
      {r.replacedByFormula.map((x) => (
        <Body1
          key={x.column}
        >{`${x.column}: ${x.count} value(s) become the formula (each already equals what the formula gives).`}</Body1>
      ))}
      {r.keptTyped.map((x) => (
        <Body1
          key={x.column}
        >{`${x.column}: ${x.count} typed value(s) disagree with the formula and are kept for you to review (rows ${x.rows.join(", ")}).`}</Body1>
      ))}
      {r.ragJudgementsKept > 0 && (
        <Body1>{`${r.ragJudgementsKept} RAG judgement(s) differ from the policy: they move to RAG Override, so RAG Status shows the same value.`}</Body1>
      )}
      {preview.overlappingTables.length > 0 && (
        <Body1>Existing table(s) {preview.overlappingTables.join(", ")} become the governed table.</Body1>
      )}
      <div className="rs-row">
        <Button appearance="primary" onClick={onConfirm} disabled={busy}>
          Adopt register
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </Card>
  );
}
