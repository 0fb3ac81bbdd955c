// The monthly paper: publish a baseline, see what changed since one, the first paper's choice, mark
// bullets new by hand, build the appendices once Check allows it. State lives in usePaper.
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useId } from "react";
import type { EntryChange } from "../../domain/changes";
import { changeText } from "../../domain/fieldNames";
import type { Finding } from "../../domain/findings";
import { NoticeBar } from "../NoticeBar";
import { PaperFileActions } from "./PaperFileActions";
import { usePaper } from "./usePaper";

function describe(c: EntryChange): string {
  const noun = `${c.registerName} ${c.id}`;
  if (c.change === "new") return `${noun}: new${c.added.length ? `, ${c.added.length} mitigation(s)` : ""}`;
  if (c.change === "removed") return `${noun}: removed from the register`;
  const parts = [
    ...(c.change === "closed" ? ["closed"] : []),
    ...c.fields.filter((f) => f.field !== "status").map((f) => changeText(f.field, f.from, f.to)),
    ...c.added.map((a) => `mitigation added: ${a}`),
    ...c.amended.map((a) => `mitigation amended: ${a.to}`),
    ...c.removed.map((a) => `mitigation removed: ${a}`),
    ...(c.escalatedTo ? [c.escalatedTo] : []),
  ];
  return `${noun}: ${parts.join("; ")}`;
}

/** Check's findings under a heading, each selecting its cell, as the Check view lists them. */
function FindingList({
  title,
  findings,
  selected,
  onSelect,
}: {
  title: string;
  findings: Finding[];
  selected: string | null;
  onSelect: (f: Finding) => void;
}) {
  const id = useId();
  return (
    <div>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      <ul className="rs-findings" aria-labelledby={id}>
        {findings.map((f) => {
          const where = `${f.sheet}!${f.address}`;
          return (
            <li key={`${where}-${f.rule}`}>
              <Button
                appearance={selected === where ? "secondary" : "subtle"}
                onClick={() => onSelect(f)}
                className="rs-finding"
              >
                {/* The cell stands out; the message reads as text, not as a heading. */}
                <span style={{ fontWeight: "normal" }}>
                  <strong>{where}</strong> {f.rowLabel ? `(${f.registerName} ${f.rowLabel})` : ""} —{" "}
                  {f.message}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function PaperView() {
  const p = usePaper();
  const busy = !!p.busy;
  return (
    <section aria-labelledby="paper-title" className="rs-stack">
      <Subtitle2 as="h2" id="paper-title">
        The monthly paper
      </Subtitle2>
      <div ref={p.resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={p.message} />
      </div>
      {p.busy && <Spinner size="tiny" label={p.busy} />}
      {p.stop && (
        <div className="rs-stack">
          {p.stop.errors.length === 0 && (
            <Button appearance="primary" onClick={() => p.build(true)} disabled={busy}>
              Build anyway
            </Button>
          )}
          {p.stop.errors.length > 0 && (
            <FindingList
              title="Errors: put these right to build"
              findings={p.stop.errors}
              selected={p.selected}
              onSelect={(f) => void p.select(f)}
            />
          )}
          {p.stop.warnings.length > 0 && (
            <FindingList
              title={p.stop.errors.length ? "Warnings" : "Warnings: you may build anyway"}
              findings={p.stop.warnings}
              selected={p.selected}
              onSelect={(f) => void p.select(f)}
            />
          )}
        </div>
      )}
      {p.firstPaper && (
        <Card aria-labelledby="first-paper-title">
          <CardHeader
            header={
              <Subtitle2 as="h3" id="first-paper-title">
                No baseline yet: the first paper
              </Subtitle2>
            }
            description={
              <Caption1>
                No baseline has been published (a register just adopted), so the add-in cannot tell which
                mitigations are new. Nothing is printed red unless you choose.
              </Caption1>
            }
          />
          <Button onClick={() => p.publish(true)} disabled={busy}>
            Take today&apos;s register as the baseline
          </Button>
          <Caption1>Then nothing in this paper is red.</Caption1>
          <Button onClick={() => p.setMarking(true)} disabled={busy || p.marking} aria-expanded={p.marking}>
            Mark the mitigations new this month
          </Button>
          <Caption1>Bullet by bullet; those you tick are printed red. The cells keep their words.</Caption1>
        </Card>
      )}
      <Card>
        <CardHeader
          header={<Subtitle2 as="h3">Publish</Subtitle2>}
          description={
            <Caption1>
              Store this month&apos;s registers in the workbook as the baseline the next paper is compared
              with. Earlier baselines are kept.
            </Caption1>
          }
        />
        <Button onClick={() => p.publish()} disabled={busy}>
          Publish this month&apos;s registers
        </Button>
      </Card>
      <Field label="Compare with the baseline of">
        <Select
          className="rs-fit"
          value={p.baselineId}
          onChange={(_, d) => p.setBaselineId(d.value)}
          disabled={!p.baselines.length}
        >
          {!p.baselines.length && <option value="">No baseline published yet</option>}
          {p.baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {`${b.label} (${b.publishedAt.slice(0, 16).replace("T", " ")})`}
            </option>
          ))}
        </Select>
      </Field>
      <div aria-live="polite">
        {!p.baseline && p.changes.length === 0 ? (
          !p.firstPaper && <Body1>Publish a baseline to see what changes from month to month.</Body1>
        ) : p.changes.length === 0 ? (
          <Body1>Nothing has changed since that baseline.</Body1>
        ) : (
          <ul aria-label="What changed" className="rs-changes">
            {p.changes.map((c) => (
              <li key={`${c.registerId}-${c.key}`}>{describe(c)}</li>
            ))}
          </ul>
        )}
      </div>
      {!p.firstPaper && !p.marking && (
        <Button appearance="subtle" onClick={() => p.setMarking(true)} disabled={busy}>
          Mark mitigations new this month
        </Button>
      )}
      {p.marking && (
        <fieldset className="rs-fieldset" aria-describedby="marks-help">
          <legend>New this month</legend>
          <Caption1 id="marks-help">
            {p.baseline
              ? `Ticked bullets print red. Bullets not in the ${p.baseline.label} baseline start ticked.`
              : "Tick the mitigations that are new this month: they print red."}
          </Caption1>
          {p.entries.map((e) => (
            <div key={`${e.registerId}-${e.key}`} role="group" aria-label={`${e.registerName} ${e.id}`}>
              <Body1 as="p">
                <strong>{`${e.registerName} ${e.id}`}</strong>
              </Body1>
              {e.bullets.map((b, i) => (
                <Checkbox
                  key={i}
                  checked={b.isNew}
                  disabled={busy}
                  label={b.text}
                  onChange={(_, d) => p.mark(e, i, !!d.checked)}
                />
              ))}
            </div>
          ))}
          <Button onClick={() => p.setMarking(false)}>Done marking</Button>
        </fieldset>
      )}
      <Button appearance="primary" onClick={() => p.build()} disabled={busy}>
        Build the appendices
      </Button>
      <PaperFileActions baselineId={p.baselineId || null} built={p.built} />
      {p.built && (
        <Field label="Cover note draft">
          <Textarea readOnly value={p.built.coverNote.join("\n")} rows={12} resize="vertical" />
        </Field>
      )}
      {p.built && <Button onClick={p.copy}>Copy the cover note</Button>}
    </section>
  );
}
