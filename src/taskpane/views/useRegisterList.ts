// The Settings view's Registers section: the list, the add form with its live checks, the rename and
// remove confirmations, and the outcome of each. Every change is planned, then written in one batch.
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  exampleNumber,
  suggestedNumberFormat,
  nameProblem,
  numberFormatProblem,
  removalProblem,
  sheetProblem,
  type NewRegister,
} from "../../domain/registerList";
import type { RegisterKind } from "../../domain/kindNames";
import type { Settings } from "../../domain/settings";
import {
  addRegister,
  previewAddRegister,
  readRegisterList,
  removeRegister,
  renameRegister,
  type AddPreview,
  type RegisterChange,
  type RegisterListing,
} from "../../excel/registerList";
import { errorText, useHost } from "../HostContext";
import type { Notice } from "../NoticeBar";
import { useBusyRun } from "../useBusyRun";
import { useWorkbookChanged } from "../WorkbookChanged";
import { useFocusOnResult } from "../useRevealAndFocus";

export interface RegisterListProps {
  /** The settings as stored when the view read them: a co-author's change since is not written over. */
  loaded: Settings;
  /** The stored settings after a change; `reset` when a co-author's change means the whole view reloads. */
  onStored: (settings: Settings, reset: boolean) => void;
}

const BLANK: NewRegister = { name: "", kind: "risk", role: "subcommittee", sheet: "", numberFormat: "" };

/** "TABASC risks" suggests sheet "TABASC Risks" and numbers "TABASC-000" until the user types their own. */
function suggested(name: string, kind: RegisterKind): { sheet: string; numberFormat: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const sheet = words
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ")
    .slice(0, 31);
  const prefix = (words[0] ?? "").replace(/[^A-Za-z0-9]/g, "").toUpperCase();
  return { sheet, numberFormat: suggestedNumberFormat(prefix, kind) };
}

export function useRegisterList({ loaded, onStored }: RegisterListProps) {
  const host = useHost();
  const changed = useWorkbookChanged();
  const [listing, setListing] = useState<RegisterListing | null>(null);
  const [form, setForm] = useState<NewRegister>(BLANK);
  // Fields the user typed in themselves: the suggestions from the name stop there.
  const [typed, setTyped] = useState<{ sheet: boolean; numberFormat: boolean }>({
    sheet: false,
    numberFormat: false,
  });
  const [tried, setTried] = useState(false);
  const [preview, setPreview] = useState<AddPreview | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string; numberFormat: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { ref: resultRef, shown } = useFocusOnResult<HTMLDivElement>();

  const refresh = useCallback(async () => {
    try {
      setListing(await readRegisterList(host));
    } catch (e) {
      setNotice({ intent: "error", title: "Could not read the registers", body: errorText(e) });
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh, loaded]);

  const tell = (n: Notice) => {
    setNotice(n);
    shown();
  };

  /** The field checks, shown as the user types (the name's once it has been typed or an add tried). */
  const problems = useMemo(() => {
    const names = listing?.names ?? { sheets: [], tables: [], reserved: [] };
    return {
      name: form.name || tried ? nameProblem(loaded, form.name) : null,
      sheet: form.sheet || tried ? sheetProblem(loaded, form.sheet, names) : null,
      numberFormat:
        form.numberFormat || tried
          ? numberFormatProblem(loaded, form.numberFormat, form.kind, form.role)
          : null,
    };
  }, [form, tried, loaded, listing]);
  const example = problems.numberFormat || !form.numberFormat ? null : exampleNumber(form.numberFormat);
  const sheetExists = !!listing?.names.sheets.some(
    (s) => s.toLowerCase() === form.sheet.trim().toLowerCase(),
  );

  const edit = (patch: Partial<NewRegister>) => {
    setPreview(null);
    setForm((f) => {
      const next = { ...f, ...patch };
      if (patch.name !== undefined || patch.kind !== undefined) {
        const s = suggested(next.name, next.kind);
        if (!typed.sheet) next.sheet = s.sheet;
        if (!typed.numberFormat) next.numberFormat = s.numberFormat;
      }
      return next;
    });
    if (patch.sheet !== undefined) setTyped((t) => ({ ...t, sheet: true }));
    if (patch.numberFormat !== undefined) setTyped((t) => ({ ...t, numberFormat: true }));
  };

  /** Outcomes every change shares: refusals, a co-author's change, a failure. */
  const report = (r: RegisterChange, title: string) => {
    if (r.status === "done") {
      onStored(r.settings, false);
      changed();
      tell({ intent: "success", title, body: r.message });
    } else if (r.status === "changed") {
      onStored(r.current, true);
      tell({ intent: "warning", title: "The settings changed", body: r.message });
    } else if (r.status === "invalid")
      tell({ intent: "error", title: "Not changed", body: r.errors.join(" ") });
    else if (r.status === "replanned") {
      setPreview(r.plan);
      tell({ intent: "warning", title: "Changed since the preview", body: r.message });
    } else tell({ intent: "error", title: "Not finished", body: r.message });
  };

  const { busy, run } = useBusyRun(tell, () => setNotice(null), "Retrying is safe.");

  const previewAdd = () => {
    setTried(true);
    if (problems.name || problems.sheet || problems.numberFormat || !form.name.trim()) {
      const errors = [
        nameProblem(loaded, form.name),
        sheetProblem(loaded, form.sheet, listing?.names ?? { sheets: [], tables: [], reserved: [] }),
        numberFormatProblem(loaded, form.numberFormat, form.kind, form.role),
      ].filter(Boolean);
      tell({ intent: "error", title: "Check the new register", body: errors.join(" ") });
      return;
    }
    void run("Planning the new register…", async () => {
      const r = await previewAddRegister(host, form, loaded);
      if (r.status === "plan") setPreview(r.preview);
      else report(r, "");
    });
  };

  const confirmAdd = () =>
    run("Adding the register…", async () => {
      const r = await addRegister(host, form, preview, loaded);
      if (r.status === "done") {
        setPreview(null);
        setForm(BLANK);
        setTyped({ sheet: false, numberFormat: false });
        setTried(false);
      }
      report(r, `${form.name.trim()} added`);
    });

  const startRename = (id: string) => {
    const def = loaded.registers.find((r) => r.id === id);
    setRemoving(null);
    if (def) setRenaming({ id, name: def.name, numberFormat: def.numberFormat });
  };
  const renameProblems = useMemo(() => {
    if (!renaming) return { name: null, numberFormat: null };
    const def = loaded.registers.find((r) => r.id === renaming.id);
    return {
      name: nameProblem(loaded, renaming.name, renaming.id),
      numberFormat: def
        ? numberFormatProblem(loaded, renaming.numberFormat, def.kind, def.role, renaming.id)
        : null,
    };
  }, [renaming, loaded]);
  const confirmRename = () =>
    run("Saving the register…", async () => {
      if (!renaming) return;
      const r = await renameRegister(host, renaming.id, renaming, loaded);
      if (r.status === "done") setRenaming(null);
      report(r, "Register saved");
    });

  /** Remove asks first; a register that cannot go is refused at once, with the reason. */
  const startRemove = (id: string) => {
    setRenaming(null);
    const problem = removalProblem(loaded, id);
    if (problem) {
      setRemoving(null);
      tell({ intent: "warning", title: "This register cannot be removed", body: problem });
    } else setRemoving(id);
  };
  const confirmRemove = () =>
    run("Removing the register…", async () => {
      if (!removing) return;
      const name = loaded.registers.find((r) => r.id === removing)?.name ?? removing;
      const r = await removeRegister(host, removing, loaded);
      if (r.status === "done") setRemoving(null);
      report(r, `${name} removed`);
    });

  return {
    registers: loaded.registers,
    present: listing?.present ?? {},
    form,
    edit,
    problems,
    example,
    sheetExists,
    preview,
    previewAdd,
    confirmAdd,
    cancelAdd: () => setPreview(null),
    renaming,
    setRenaming,
    renameProblems,
    startRename,
    confirmRename,
    cancelRename: () => setRenaming(null),
    removing,
    startRemove,
    confirmRemove,
    cancelRemove: () => setRemoving(null),
    busy,
    notice,
    resultRef,
  };
}
