// The simulated workbook's grid: sheet tabs, a formula bar and the cells as Excel would show them.
import { Button, Field, Textarea } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { cellAddress, columnLetters, rangeAddress, rangeContains } from "../domain/address";
import { renderText } from "./simulator/numberFormat";
import { sheetsUserCanUnhide } from "./simulator/sheets";
import type { Simulator } from "./simulator/simulator";

const MAX_ROWS = 300;
const MAX_COLS = 30;

export function Grid({ sim, version }: { sim: Simulator; version: number }) {
  const model = sim.model;
  const visible = model.sheets.filter((s) => s.visibility === "Visible");
  const sheet = model.sheetById(model.activeSheetId) ?? visible[0];
  const sel = model.selection && model.selection.sheetId === sheet?.id ? model.selection.range : null;
  const selCell = sel ? sheet?.cell(sel.top, sel.left) : undefined;
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (sim.cellEditing) return; // what the person is typing stays until the edit ends
    setDraft(selCell ? (selCell.formula ?? (selCell.value === null ? "" : String(selCell.value))) : "");
    setError(null);
  }, [sim, version, sel?.top, sel?.left, sheet?.id, selCell]);

  // Bring the selected cell into view, as Excel does when the add-in selects it.
  useEffect(() => {
    if (sel)
      document
        .querySelector(`td[data-address="${cellAddress(sel.top, sel.left)}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [version, sel]);

  // The model is mutable: `version` changes whenever it does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const used = useMemo(() => sheet?.usedRange(false) ?? null, [sheet, version]);
  if (!sheet) return <p>No visible sheet.</p>;
  const rows = Math.min(MAX_ROWS, Math.max(20, (used?.bottom ?? 0) + 3));
  const cols = Math.min(MAX_COLS, Math.max(8, (used?.right ?? 0) + 2));
  const merged = (r: number, c: number) => sheet.merges.find((m) => rangeContains(m, r, c));

  // Typing in the formula bar puts Excel in cell-edit mode: the add-in's batches fail or wait meanwhile.
  const type = (text: string) => {
    setDraft(text);
    if (!sel) return;
    if (!sim.cellEditing) sim.beginCellEdit(text);
    sim.updateCellEdit(text);
  };

  const commit = (how: "type" | "paste") => {
    if (!sel) return;
    if (how === "type" && sim.cellEditing) {
      sim.updateCellEdit(draft);
      setError(sim.endCellEdit("commit"));
      return;
    }
    if (sim.cellEditing) sim.endCellEdit("cancel");
    const problem = sim.userEdit(sheet.name, cellAddress(sel.top, sel.left), [[draft]], how);
    setError(problem);
  };

  /** Selecting another cell or sheet commits the edit, as in Excel; a rejected value keeps it open. */
  const select = (sheetName: string, address: string) => {
    if (sim.cellEditing) {
      const problem = sim.endCellEdit("commit");
      if (problem) return setError(problem);
    }
    sim.userSelect(sheetName, address);
  };

  return (
    <section className="wb-grid-area" aria-label="Simulated workbook">
      <div className="wb-formula-bar">
        <span className="wb-name-box" aria-label="Selected cell">
          {sel ? rangeAddress(sel) : ""}
        </span>
        {/* Excel's status bar says "Edit" while a cell is being edited. */}
        <span className="wb-mode" role="status">
          {sim.cellEditing ? "Edit" : "Ready"}
        </span>
        <Field
          label="Cell contents"
          className="wb-formula-field"
          validationState={error ? "error" : "none"}
          validationMessage={error ?? undefined}
        >
          <Textarea
            value={draft}
            rows={1}
            resize="vertical"
            onChange={(_, d) => type(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape" && sim.cellEditing) {
                sim.endCellEdit("cancel");
                setError(null);
                setDraft(
                  selCell ? (selCell.formula ?? (selCell.value === null ? "" : String(selCell.value))) : "",
                );
              }
              // Enter commits, as in Excel; Shift+Enter starts a new line in the cell (Excel's Alt+Enter).
              if (e.key === "Enter" && !e.shiftKey) {
                e.preventDefault();
                commit("type");
              }
            }}
          />
        </Field>
        <Button onClick={() => commit("type")}>Enter</Button>
        <Button onClick={() => commit("paste")} title="A plain paste bypasses Excel's data validation">
          Paste
        </Button>
      </div>
      <div className="wb-scroll" tabIndex={0} aria-label={`Cells of ${sheet.name}`}>
        <table className="wb-grid" aria-label={`Sheet ${sheet.name}`}>
          <thead>
            <tr>
              <th>
                <span className="wb-visually-hidden">Row</span>
              </th>
              {Array.from({ length: cols }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  style={{ width: Math.max(60, Math.min(260, (sheet.columnWidths.get(c) ?? 64) * 1.1)) }}
                >
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const m = merged(r, c);
                  if (m && (m.top !== r || m.left !== c)) return null;
                  const cell = sheet.cell(r, c);
                  const shown = model.displayFormat(sheet, r, c);
                  const selected = sel ? rangeContains(sel, r, c) : false;
                  const inTable = model.tables.some(
                    (t) => t.sheetId === sheet.id && rangeContains(t.range, r, c),
                  );
                  return (
                    <td
                      key={c}
                      rowSpan={m ? m.bottom - m.top + 1 : undefined}
                      colSpan={m ? m.right - m.left + 1 : undefined}
                      data-address={cellAddress(r, c)}
                      className={`${selected ? "wb-selected" : ""} ${inTable ? "wb-in-table" : ""}`}
                      style={{
                        background: shown.fill,
                        color: shown.fontColor,
                        fontWeight: cell?.bold ? 600 : undefined,
                        fontStyle: cell?.italic ? "italic" : undefined,
                      }}
                      onClick={() => select(sheet.name, cellAddress(r, c))}
                    >
                      <div className="wb-cell">
                        {cell?.textRuns
                          ? cell.textRuns.map((run, i) => (
                              <span
                                key={i}
                                style={{
                                  color: run.color,
                                  fontStyle: run.italic ? "italic" : undefined,
                                  fontWeight: run.bold ? 600 : undefined,
                                }}
                              >
                                {run.text}
                              </span>
                            ))
                          : // As Excel shows it: a date serial through its date format, "14 July 2017".
                            renderText(cell?.value ?? null, cell?.numberFormat, sim.locale)}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {used && used.bottom + 1 > MAX_ROWS && (
          <p className="wb-note">{`Showing rows 1–${MAX_ROWS} of ${used.bottom + 1}.`}</p>
        )}
      </div>
      <nav className="wb-sheet-tabs" aria-label="Sheets">
        {visible.map((s) => (
          <Button
            key={s.id}
            appearance={s.id === sheet.id ? "primary" : "subtle"}
            size="small"
            aria-pressed={s.id === sheet.id}
            onClick={() => select(s.name, "A1")}
          >
            {s.name}
          </Button>
        ))}
        {/* Excel's Unhide lists hidden sheets only: a very hidden one is never offered. */}
        {sheetsUserCanUnhide(model).map((s) => (
          <Button key={s.id} size="small" appearance="transparent" onClick={() => sim.userUnhide(s.name)}>
            {`Unhide ${s.name}`}
          </Button>
        ))}
      </nav>
    </section>
  );
}
