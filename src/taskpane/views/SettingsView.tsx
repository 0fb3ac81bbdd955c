// What the workbook stores: bands, RAG policy, escalation threshold, and the registers (their own section,
// each change stored at once). Saving validates (bands must cover 1–25 without gaps or overlaps), then
// rewrites every register.
import { Button, Field, Input, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { RAG_VALUES, type Rag, type Settings } from "../../domain/settings";
import { saveSettings } from "../../excel/settingsSave";
import { errorText, useHost } from "../HostContext";
import { NoticeBar, type Notice } from "../NoticeBar";
import { useWorkbookChanged } from "../WorkbookChanged";
import { useFocusOnResult } from "../useRevealAndFocus";
import { PaperLookFields } from "./PaperLookFields";
import { AppetiteFields, ScoreSetFields } from "./RiskPracticeFields";
import { useSettingsDraft } from "./useSettingsDraft";
import { RegistersSection } from "./RegistersSection";

export function SettingsView() {
  const host = useHost();
  const changed = useWorkbookChanged();
  const { draft, setDraft, loaded, setLoaded, readError, setBand, setCadence, setAppetite, setScores } =
    useSettingsDraft();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Notice | null>(null);
  // Save's outcome takes focus, scrolled into view: the form is long and the message is at its top.
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();

  if (!draft)
    return readError ? (
      <NoticeBar notice={readError} />
    ) : (
      <Spinner size="tiny" label="Reading the settings…" />
    );

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await saveSettings(host, draft, new Date(), loaded ?? undefined);
      if (r.status === "saved") {
        setLoaded(draft);
        changed();
      }
      if (r.status === "changed") {
        setDraft(r.current);
        setLoaded(r.current);
        setMessage({ intent: "warning", title: "The settings changed", body: r.message });
      } else if (r.status === "saved")
        setMessage({
          intent: "success",
          title: "Settings saved",
          body: `Stored in the workbook; ${r.formulas} formula(s) and every register's colours updated; the change is in the audit log.`,
        });
      else if (r.status === "invalid")
        setMessage({ intent: "error", title: "Not saved", body: r.errors.join(" ") });
      else setMessage({ intent: "error", title: "Not saved", body: r.message });
    } catch (e) {
      setMessage({ intent: "error", title: "Not saved", body: errorText(e) });
    } finally {
      setBusy(false);
      shown();
    }
  };

  // A register added, renamed or removed is stored at once: the draft's other edits stay unsaved, unless
  // a co-author's change means the whole view shows the stored settings again (as Save does).
  const stored = (settings: Settings, reset: boolean) => {
    setLoaded(settings);
    setDraft((d) => (reset || !d ? settings : { ...d, registers: settings.registers }));
  };

  const num = (v: string) => (v.trim() === "" ? NaN : Number(v));

  return (
    <section aria-labelledby="settings-title" className="rs-stack">
      <Subtitle2 as="h2" id="settings-title">
        Settings
      </Subtitle2>
      <div ref={resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={message} />
      </div>
      <fieldset className="rs-fieldset">
        <legend>Severity bands and the RAG of each, for risks</legend>
        {draft.bands.map((b, i) => (
          <div key={i} className="rs-row">
            <Field label={`Band ${i + 1} name`}>
              <Input value={b.name} onChange={(_, d) => setBand(i, { name: d.value })} size="small" />
            </Field>
            <Field label={`Band ${i + 1} from`}>
              <Input
                type="number"
                value={Number.isNaN(b.min) ? "" : String(b.min)}
                onChange={(_, d) => setBand(i, { min: num(d.value) })}
                size="small"
                className="rs-narrow"
              />
            </Field>
            <Field label={`Band ${i + 1} to`}>
              <Input
                type="number"
                value={Number.isNaN(b.max) ? "" : String(b.max)}
                onChange={(_, d) => setBand(i, { max: num(d.value) })}
                size="small"
                className="rs-narrow"
              />
            </Field>
            <Field label={`Band ${i + 1} colour`}>
              <Input
                value={b.color}
                onChange={(_, d) => setBand(i, { color: d.value })}
                size="small"
                className="rs-narrow"
              />
            </Field>
            <Field label={`Band ${i + 1}: review every … months`}>
              <Input
                type="number"
                min={1}
                max={24}
                value={
                  draft.reviewCadence[b.name] === undefined || Number.isNaN(draft.reviewCadence[b.name])
                    ? ""
                    : String(draft.reviewCadence[b.name])
                }
                onChange={(_, d) => setCadence(b.name, num(d.value))}
                size="small"
                className="rs-narrow"
              />
            </Field>
            <Field label={`Band ${i + 1} RAG`}>
              <Select
                value={draft.riskRag[b.name] ?? ""}
                onChange={(_, d) =>
                  setDraft({ ...draft, riskRag: { ...draft.riskRag, [b.name]: d.value as Rag } })
                }
                size="small"
              >
                {RAG_VALUES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            </Field>
          </div>
        ))}
      </fieldset>
      <fieldset className="rs-fieldset">
        <legend>Likelihood levels (the names shown in the pane and in each cell's input message)</legend>
        <div className="rs-row">
          {draft.likelihoodLevels.map((name, i) => (
            <Field key={i} label={`Likelihood ${i + 1}`}>
              <Input
                value={name}
                size="small"
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    likelihoodLevels: draft.likelihoodLevels.map((x, k) =>
                      k === i ? d.value : x,
                    ) as Settings["likelihoodLevels"],
                  })
                }
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="rs-fieldset">
        <legend>RAG of issues by Impact</legend>
        <div className="rs-row">
          {draft.issueRag.map((rag, i) => (
            <Field key={i} label={`Impact ${i + 1}`}>
              <Select
                value={rag}
                size="small"
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    issueRag: draft.issueRag.map((x, k) =>
                      k === i ? (d.value as Rag) : x,
                    ) as Settings["issueRag"],
                  })
                }
              >
                {RAG_VALUES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      </fieldset>
      <Field label="Escalation candidates: this band and above">
        <Select
          value={draft.escalationThreshold}
          onChange={(_, d) => setDraft({ ...draft, escalationThreshold: d.value })}
        >
          {draft.bands.map((b) => (
            <option key={b.name}>{b.name}</option>
          ))}
        </Select>
      </Field>
      <ScoreSetFields draft={draft} onScores={setScores} />
      <AppetiteFields
        draft={draft}
        onAppetite={setAppetite}
        onOutside={(on) => setDraft({ ...draft, paper: { ...draft.paper, outsideAppetite: on } })}
      />
      <PaperLookFields look={draft.paper} onChange={(paper) => setDraft({ ...draft, paper })} />
      {loaded && <RegistersSection loaded={loaded} onStored={stored} />}
      <div className="rs-row">
        <Button appearance="primary" onClick={() => void save()} disabled={busy}>
          Save settings
        </Button>
        {busy && <Spinner size="tiny" label="Saving…" />}
      </div>
    </section>
  );
}
