// The monthly paper: publish a baseline, see what changed since one, build the appendices.
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { EntryChange } from "../../domain/changes";
import type { BaselineInfo } from "../../excel/baselineStore";
import { publishBaseline } from "../../excel/baselineStore";
import { buildPaper, whatChanged, type BuildResult } from "../../excel/paper";
import { errorText, useHost } from "../HostContext";
import { changeText } from "../../domain/fieldNames";
import { NoticeBar, type Notice } from "../NoticeBar";
import { useWorkbookChanged } from "../WorkbookChanged";
import { useFocusOnResult } from "../useRevealAndFocus";

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

export function PaperView() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [baselines, setBaselines] = useState<BaselineInfo[]>([]);
  const [baselineId, setBaselineId] = useState<string>("");
  const [changes, setChanges] = useState<EntryChange[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [built, setBuilt] = useState<BuildResult | null>(null);
  // What Publish, Build and Copy did takes focus (the message says it), scrolled into view.
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const tell = (n: Notice) => {
    setMessage(n);
    shown();
  };

  const refresh = useCallback(
    async (id: string) => {
      const r = await whatChanged(host, id || null);
      if ("error" in r) {
        setMessage({ intent: "error", title: "Could not compare", body: r.error });
        return;
      }
      setBaselines(r.baselines);
      setChanges(r.baseline ? r.changes : null);
      if (!id && r.baseline) setBaselineId(r.baselines[0]?.id ?? "");
    },
    [host],
  );

  useEffect(() => {
    refresh(baselineId).catch((e) =>
      setMessage({ intent: "error", title: "Could not read the workbook", body: errorText(e) }),
    );
  }, [refresh, baselineId]);

  const run = async (label: string, f: () => Promise<void>) => {
    setBusy(label);
    setMessage(null);
    try {
      await f();
    } catch (e) {
      tell({ intent: "error", title: "Something went wrong", body: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const publish = () =>
    run("Publishing…", async () => {
      const r = await publishBaseline(host);
      if (r.status === "published") {
        tell({
          intent: r.baseline.label.includes("(version") ? "warning" : "success",
          title: `Published the ${r.baseline.label} baseline`,
          body: `${r.baseline.registers.map((x) => `${x.name}: ${x.rows.length}`).join("; ")}. ${r.message}`,
        });
        setBaselineId(r.baseline.id);
        changed();
        await refresh(r.baseline.id);
      } else if (r.status === "already") {
        tell({ intent: "info", title: "Already published", body: r.message });
        setBaselineId(r.baseline.id);
        await refresh(r.baseline.id);
      } else tell({ intent: "error", title: "Publishing did not finish", body: r.message });
    });

  const build = () =>
    run("Building the appendices…", async () => {
      const r = await buildPaper(host, baselineId || null);
      if ("error" in r) tell({ intent: "error", title: "Build did not finish", body: r.error });
      else {
        setBuilt(r);
        changed();
        tell({
          intent: r.richText === "rich text" ? "success" : "warning",
          title: `Built ${r.sheets.join(", ")}`,
          body:
            (r.richText === "rich text"
              ? "New mitigations are red and planned ones italic, bullet by bullet."
              : `Rich text was not available (${r.richText.replace("fallback: ", "")}): each mitigation is on its own row, still red and italic.`) +
            (r.printSetup
              ? " Print setup: landscape A4, one page wide, header row on every page."
              : " This Excel lacks ExcelApi 1.9: set the print layout by hand."),
        });
      }
    });

  return (
    <section aria-labelledby="paper-title" className="rs-stack">
      <Subtitle2 as="h2" id="paper-title">
        The monthly paper
      </Subtitle2>
      <div ref={resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={message} />
      </div>
      {busy && <Spinner size="tiny" label={busy} />}
      <Card>
        <CardHeader
          header={<Subtitle2 as="h3">Publish</Subtitle2>}
          description={
            <Caption1>
              Store this month's registers in the workbook as the baseline the next paper is compared with.
              Earlier baselines are kept.
            </Caption1>
          }
        />
        <Button onClick={publish} disabled={!!busy}>
          Publish this month&apos;s registers
        </Button>
      </Card>
      <Field label="Compare with the baseline of">
        <Select value={baselineId} onChange={(_, d) => setBaselineId(d.value)} disabled={!baselines.length}>
          {!baselines.length && <option value="">No baseline published yet</option>}
          {baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {`${b.label} (${b.publishedAt.slice(0, 16).replace("T", " ")})`}
            </option>
          ))}
        </Select>
      </Field>
      <div aria-live="polite">
        {changes === null ? (
          <Body1>Publish a baseline to see what changes from month to month.</Body1>
        ) : changes.length === 0 ? (
          <Body1>Nothing has changed since that baseline.</Body1>
        ) : (
          <ul aria-label="What changed" className="rs-changes">
            {changes.map((c) => (
              <li key={`${c.registerId}-${c.key}`}>{describe(c)}</li>
            ))}
          </ul>
        )}
      </div>
      <Button appearance="primary" onClick={build} disabled={!!busy}>
        Build the appendices
      </Button>
      {built && (
        <Field label="Cover note draft (sections 2, 4 and 5)">
          <Textarea readOnly value={built.coverNote.join("\n")} rows={12} resize="vertical" />
        </Field>
      )}
      {built && (
        <Button
          onClick={() =>
            void navigator.clipboard
              ?.writeText(built.coverNote.join("\n"))
              .then(() =>
                tell({
                  intent: "success",
                  title: "Copied",
                  body: "The cover note draft is on the clipboard.",
                }),
              )
              .catch(() =>
                tell({
                  intent: "warning",
                  title: "Copy was refused",
                  body: "Select the text above and copy it.",
                }),
              )
          }
        >
          Copy the cover note
        </Button>
      )}
    </section>
  );
}
