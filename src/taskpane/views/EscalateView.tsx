// Escalate sub-committee risks to the Panel, and raise Panel risks as issues: a preview before any write.
import {
  Badge,
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
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ColumnKey } from "../../domain/columns";
import type { ConflictChoice, FieldChange, ResyncConflict } from "../../domain/escalation";
import { bandFor } from "../../domain/scoring";
import {
  applyEscalation,
  applyRaiseIssue,
  listEscalation,
  previewEscalation,
  previewRaiseIssue,
  registerRowAtSelection,
  type EscalationList,
  type EscalationPreview,
  type RaiseIssuePreview,
} from "../../excel/escalate";
import { errorText, useHost } from "../HostContext";
import { NoticeBar, type Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useWorkbookChanged } from "../WorkbookChanged";
import { useFocusOnResult, useReturnFocus } from "../useRevealAndFocus";
import { EscalationPreviewCard, RaiseIssuePreviewCard, ResyncConflictCard } from "./EscalationPreviewCards";
import { useEscalationSource } from "./useEscalationSource";

export type SelectionAction = "escalate" | "raise-issue" | null;

export function EscalateView({ fromSelection = null }: { fromSelection?: SelectionAction }) {
  const host = useHost();
  const changed = useWorkbookChanged();
  // The source register: the first sub-committee risk register unless the user chose another this session.
  const [registerId, setRegisterId] = useEscalationSource();
  const [list, setList] = useState<EscalationList | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [escalation, setEscalation] = useState<EscalationPreview | null>(null);
  const [raise, setRaise] = useState<RaiseIssuePreview | null>(null);
  const [riskKey, setRiskKey] = useState("");
  const [keepOpen, setKeepOpen] = useState(false);
  // What a co-author changed since the preview on screen, and the re-sync's conflicts to choose on.
  const [changes, setChanges] = useState<FieldChange[]>([]);
  const [conflicts, setConflicts] = useState<ResyncConflict[]>([]);
  // An action's outcome takes focus (`shown()`); a cancelled preview gives it back to its opener.
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const opener = useReturnFocus();
  const tell = (n: Notice) => {
    setMessage(n);
    shown();
  };

  const showEscalation = (p: EscalationPreview | null, changed: FieldChange[] = []) => {
    setEscalation(p);
    setChanges(changed);
    setConflicts([]);
  };
  const showRaise = (p: RaiseIssuePreview | null, changed: FieldChange[] = []) => {
    setRaise(p);
    setChanges(changed);
  };

  const load = useCallback(async () => {
    try {
      const l = await listEscalation(host, registerId);
      setList(l);
      setRiskKey((k) => k || l.panelRisks[0]?.key || "");
    } catch (e) {
      setMessage({ intent: "error", title: "Could not read the registers", body: errorText(e) });
    }
  }, [host, registerId]);

  useEffect(() => {
    void load();
  }, [load]);

  const { busy, run } = useBusyRun(
    tell,
    () => setMessage(null),
    "Nothing was half written; retrying is safe.",
  );

  const startEscalation = (sourceRegisterId: string, key: string) =>
    run("Preparing the preview…", async () => {
      showRaise(null);
      const p = await previewEscalation(host, sourceRegisterId, key);
      if ("error" in p) tell({ intent: "error", title: "Cannot escalate", body: p.error });
      else showEscalation(p);
    });

  const startRaise = (key: string, keep: boolean) =>
    run("Preparing the preview…", async () => {
      showEscalation(null);
      const p = await previewRaiseIssue(host, key, keep);
      if ("error" in p) tell({ intent: "error", title: "Cannot raise as an issue", body: p.error });
      else showRaise(p);
    });

  // Opened from the ribbon: act on the register row under Excel's selection.
  useEffect(() => {
    if (!fromSelection) return;
    void run("Reading the selection…", async () => {
      const at = await registerRowAtSelection(host);
      if ("error" in at) setMessage({ intent: "warning", title: "Not a register row", body: at.error });
      else if (fromSelection === "escalate") {
        if (at.role !== "subcommittee")
          setMessage({
            intent: "warning",
            title: "Not a sub-committee risk",
            body: "Escalate to Panel acts on a sub-committee register's row. Select one and try again.",
          });
        else {
          setRegisterId(at.registerId);
          await startEscalation(at.registerId, at.key);
        }
      } else if (at.role !== "panel")
        setMessage({
          intent: "warning",
          title: "Not a Panel risk",
          body: "Raise as issue acts on a row of the Panel risk register.",
        });
      else await startRaise(at.key, false);
    });
    // Once per opening from the ribbon.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromSelection]);

  const confirmEscalation = (choices?: Partial<Record<ColumnKey, ConflictChoice>>) =>
    run("Escalating…", async () => {
      if (!escalation) return;
      const result = await applyEscalation(host, choices ? { ...escalation, choices } : escalation);
      if (result.status === "done") {
        showEscalation(null);
        const p = result.plan.plan;
        tell({
          intent: "success",
          title:
            p.kind === "create"
              ? `${p.sourceId} escalated as Panel risk ${p.panelNumber}`
              : `Panel risk ${p.panelNumber} re-synced`,
          body: p.summary,
        });
        changed();
        await load();
      } else if (result.status === "replanned") {
        showEscalation(result.preview, result.changes);
        setMessage({ intent: "warning", title: "Changed since the preview", body: result.message });
      } else if (result.status === "conflict") {
        setEscalation(result.preview);
        setConflicts(result.conflicts);
        setMessage({ intent: "warning", title: "Someone edited the Panel copy", body: result.message });
      } else tell({ intent: "error", title: "The escalation did not finish", body: result.message });
    });

  const confirmRaise = () =>
    run("Raising the issue…", async () => {
      if (!raise) return;
      const result = await applyRaiseIssue(host, raise);
      if (result.status === "done") {
        showRaise(null);
        tell({
          intent: "success",
          title: `Issue ${result.plan.plan.issueNumber} raised`,
          body: result.plan.plan.summary,
        });
        changed();
        await load();
      } else if (result.status === "replanned") {
        showRaise(result.preview, result.changes);
        setMessage({ intent: "warning", title: "Changed since the preview", body: result.message });
      } else tell({ intent: "error", title: "Raising the issue did not finish", body: result.message });
    });

  // The register the list shows: the one chosen, or the first when that one is gone.
  const sourceId = list?.sourceId ?? registerId ?? "";
  const cancelEscalation = () => {
    showEscalation(null);
    opener.restore();
  };
  const escalationCard =
    escalation &&
    (conflicts.length > 0 ? (
      <ResyncConflictCard
        // A fresh chooser for each conflict found: a second co-author edit resets the choices.
        key={JSON.stringify(conflicts)}
        sourceId={escalation.plan.sourceId}
        panelNumber={escalation.plan.panelNumber}
        conflicts={conflicts}
        busy={!!busy}
        onApply={(choices) => void confirmEscalation(choices)}
        onCancel={cancelEscalation}
      />
    ) : (
      <EscalationPreviewCard
        preview={escalation}
        busy={!!busy}
        changes={changes}
        onConfirm={() => void confirmEscalation()}
        onCancel={cancelEscalation}
      />
    ));
  // The preview opens under the risk it is for; one from the ribbon for a risk not listed, at the top.
  const previewFor = (id: string) =>
    escalation && escalation.sourceRegisterId === sourceId && escalation.sourceKey === id;
  const listed = !!list?.candidates.some((c) => previewFor(String(c.record.id)));

  return (
    <section aria-labelledby="escalate-title" className="rs-stack">
      <Subtitle2 as="h2" id="escalate-title">
        Escalate to the Panel
      </Subtitle2>
      <div ref={resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={message} />
      </div>
      {busy && <Spinner size="tiny" label={busy} />}
      {!listed && escalationCard}
      {list && list.registers.length === 0 && (
        <Body1>There is no sub-committee risk register in this workbook.</Body1>
      )}
      {list && list.registers.length > 0 && (
        <>
          <Field
            label="Escalate from"
            hint={list.targetName ? `Escalations go to ${list.targetName}.` : undefined}
          >
            <Select value={sourceId} onChange={(_, d) => setRegisterId(d.value)}>
              {list.registers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
          <Caption1>{`Candidates: severity in the ${list.settings.escalationThreshold} band or above (the threshold is in the settings). Any risk can be escalated.`}</Caption1>
          <ul
            className="rs-findings"
            aria-label={`Risks in ${list.registers.find((r) => r.id === sourceId)?.name ?? "the sub-committee register"}`}
          >
            {list.candidates.map((c) => {
              const id = String(c.record.id);
              const band = bandFor(c.severity, list.settings)?.name;
              return (
                <li key={id} className="rs-candidate">
                  <span className="rs-row">
                    <strong>{id}</strong>
                    <span>{c.severity === null ? "no score" : `${c.severity} ${band ?? ""}`}</span>
                    {c.isCandidate && (
                      <Badge appearance="tint" color="danger">
                        Candidate
                      </Badge>
                    )}
                    {c.escalatedTo !== null && (
                      <Badge appearance="tint" color="informative">{`Panel risk ${c.escalatedTo}`}</Badge>
                    )}
                  </span>
                  <Caption1>{String(c.record.cells.description ?? "").slice(0, 120)}</Caption1>
                  <Button
                    size="small"
                    onClick={() => {
                      opener.remember();
                      void startEscalation(sourceId, id);
                    }}
                    disabled={!!busy}
                  >
                    {c.escalatedTo !== null ? `Re-sync ${id}` : `Escalate ${id}`}
                  </Button>
                  {previewFor(id) && escalationCard}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Card>
        <CardHeader
          header={<Subtitle2 as="h3">Raise a Panel risk as an issue</Subtitle2>}
          description={
            <Caption1>For a risk that has materialised. The risk is closed unless you keep it open.</Caption1>
          }
        />
        <Field label="Panel risk">
          <Select className="rs-fit" value={riskKey} onChange={(_, d) => setRiskKey(d.value)}>
            {(list?.panelRisks ?? []).map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label="Keep the risk open"
          checked={keepOpen}
          onChange={(_, d) => setKeepOpen(!!d.checked)}
        />
        <Button
          onClick={() => {
            opener.remember();
            void startRaise(riskKey, keepOpen);
          }}
          disabled={!!busy || !riskKey}
        >
          Preview the issue
        </Button>
      </Card>
      {raise && (
        <RaiseIssuePreviewCard
          preview={raise}
          busy={!!busy}
          changes={changes}
          onConfirm={confirmRaise}
          onCancel={() => {
            showRaise(null);
            opener.restore();
          }}
        />
      )}
    </section>
  );
}
