// First run: create the default registers, or adopt a register already in the workbook.
import { Body1, Button, Caption1, Field, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { startTransition, useEffect, useRef, useState } from "react";
import { DEFAULT_SETTINGS, type Settings } from "../../domain/settings";
import type { AdoptPreview } from "../../excel/adoptRegister";
import type { WorkbookState } from "../../excel/readRegisters";
import { createRegisters, type CreateResult } from "../../excel/createRegisters";
import { listVisibleSheets } from "../../excel/workbookInfo";
import { errorText, useHost } from "../HostContext";
import { NoticeBar, type Notice } from "../NoticeBar";

export type { Notice };
import { lazyView } from "../lazyViews";
import { useFocusOnResult, useReturnFocus } from "../useRevealAndFocus";

// Adoption's code loads when it is first used: the first screen does not need it (issue 13).
const adoption = () => import(/* webpackChunkName: "adopt" */ "../../excel/adoptRegister");
// So does its preview card, fetched alongside the sheet's preview.
const AdoptPreviewCard = lazyView("the adoption preview", () =>
  import(/* webpackChunkName: "adopt-preview" */ "./AdoptPreviewCard").then((m) => m.AdoptPreviewCard),
);

interface Props {
  settings: Settings | null;
  missing: string[];
  /**
   * The workbook changed: the pane shows the notice and the workbook as it now is: `state` when the
   * command read it back itself, else read afresh (the view may be replaced).
   */
  onChanged: (notice: Notice, state?: WorkbookState) => void;
}

export function WelcomeView({ settings, missing, onChanged }: Props) {
  const host = useHost();
  const registers = (settings ?? DEFAULT_SETTINGS).registers;
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [registerId, setRegisterId] = useState(registers[0]?.id ?? "");
  const [preview, setPreview] = useState<AdoptPreview | null>(null);
  // A failed action's message takes focus; a cancelled preview gives focus back to its button.
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();
  const opener = useReturnFocus();
  const tell = (n: Notice) => {
    setMessage(n);
    shown();
  };

  // The sheets for Adopt's list, read once the first screen is up (a task later, not in the first
  // render's own task), and again after each action (Create adds sheets), never while one writes:
  // Create pressed at once runs alone, and the list is read as Create left the workbook.
  const idle = busy === null;
  const picked = useRef<string | null>(null);
  const listing = useRef(0);
  useEffect(() => {
    if (!idle) return;
    const timer = setTimeout(() => {
      const mine = ++listing.current; // a list read before the last action is not shown after it
      listVisibleSheets(host)
        .then(({ sheets: all, active }) => {
          if (mine !== listing.current) return;
          setSheets(all);
          // The active sheet, unless the user chose one that is still there.
          setSheet(picked.current && all.includes(picked.current) ? picked.current : active);
        })
        .catch(
          (e) =>
            mine === listing.current &&
            setMessage({ intent: "error", title: "Could not list the sheets", body: errorText(e) }),
        );
    }, 0);
    return () => clearTimeout(timer);
  }, [host, idle]);

  // Create runs once at a time: a second press while it writes does nothing (before the button is
  // drawn disabled, too).
  const creating = useRef(false);
  async function create() {
    if (creating.current) return;
    creating.current = true;
    // The busy state is drawn while Excel does the work (a transition: the request is sent first, and
    // Excel's time is idle time here), not before the request leaves.
    startTransition(() => {
      setBusy("Creating registers…");
      setMessage(null);
    });
    try {
      // The notice, the tab strip and the registers show in one render (App.tsx, with result.state).
      const result: CreateResult = await createRegisters(host);
      const blocked = result.items.filter((i) => i.action === "blocked");
      onChanged(
        {
          intent: blocked.length ? "warning" : "success",
          title: result.created.length ? `Created ${result.created.join(", ")}` : "Nothing to create",
          body: [
            ...result.items.filter((i) => i.action !== "create").map((i) => i.reason ?? ""),
            result.created.length
              ? "Each register is a table with its formulas, validation and colours."
              : "",
          ]
            .filter(Boolean)
            .join(" "),
        },
        result.state,
      );
    } catch (e) {
      tell({
        intent: "error",
        title: "Create registers failed",
        body: `${errorText(e)}. Nothing was half written: run it again.`,
      });
    } finally {
      creating.current = false;
      setBusy(null);
    }
  }

  async function startAdopt() {
    setBusy("Reading the sheet…");
    setMessage(null);
    setPreview(null);
    void AdoptPreviewCard.preload().catch(() => undefined); // a failure shows, with Retry, in its place
    try {
      const { previewAdoption } = await adoption();
      const result = await previewAdoption(host, registerId, sheet || null);
      if (result.ok) setPreview(result.preview);
      else tell({ intent: "error", title: "This sheet cannot be adopted yet", body: result.message });
    } catch (e) {
      tell({ intent: "error", title: "Could not read the sheet", body: errorText(e) });
    } finally {
      setBusy(null);
    }
  }

  /** Adopts the preview as the card re-planned it with the user's choices. */
  async function confirmAdopt(chosen: AdoptPreview) {
    setBusy("Adopting…");
    try {
      const { adoptRegister } = await adoption();
      const result = await adoptRegister(host, chosen);
      if (result.status === "adopted") {
        setPreview(null);
        onChanged({
          intent: "success",
          title: `Adopted as ${result.plan.def.name}`,
          body: `${result.plan.report.rows} rows kept. Run Check register to see what needs attention.`,
        });
      } else if (result.status === "changed") {
        setPreview(result.preview.ok ? result.preview.preview : null);
        tell({ intent: "warning", title: "The sheet changed", body: result.message });
      } else tell({ intent: "error", title: "Adoption did not finish", body: result.message });
    } catch (e) {
      tell({
        intent: "error",
        title: "Adoption did not finish",
        body: `${errorText(e)}. Retrying is safe.`,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="welcome-title" className="rs-stack">
      <Subtitle2 as="h2" id="welcome-title">
        {settings ? "Registers" : "Set up this workbook"}
      </Subtitle2>
      {missing.length > 0 && settings && <Body1>Not yet in this workbook: {missing.join(", ")}.</Body1>}
      <div ref={resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={message} />
      </div>
      {busy && <Spinner size="tiny" label={busy} />}
      {/* Cards drawn by taskpane.css (.rs-card), not Fluent's Card: a fifth of the first screen's code. */}
      <div className="rs-card">
        <div className="rs-card-header">
          <Subtitle2 as="h3">Create registers</Subtitle2>
          <Caption1>
            Panel risks, Panel issues, OPSG risks and an audit log, each a governed table on its own sheet.
          </Caption1>
        </div>
        <Button appearance="primary" onClick={create} disabled={!!busy}>
          Create registers
        </Button>
      </div>
      <div className="rs-card">
        <div className="rs-card-header">
          <Subtitle2 as="h3">Adopt register</Subtitle2>
          <Caption1>Turn a register pasted from a paper into a governed table. Every value is kept.</Caption1>
        </div>
        <Field label="Sheet holding the register">
          <Select
            value={sheet}
            onChange={(_, d) => {
              picked.current = d.value;
              setSheet(d.value);
            }}
          >
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Adopt it as">
          <Select value={registerId} onChange={(_, d) => setRegisterId(d.value)}>
            {registers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          onClick={() => {
            opener.remember();
            void startAdopt();
          }}
          disabled={!!busy || !sheet}
        >
          Preview adoption
        </Button>
      </div>
      {preview && (
        <AdoptPreviewCard
          preview={preview}
          busy={!!busy}
          onConfirm={confirmAdopt}
          onCancel={() => {
            setPreview(null);
            opener.restore();
          }}
        />
      )}
    </section>
  );
}
