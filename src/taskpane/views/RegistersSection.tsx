// Settings › Registers: every register with Rename and Remove, and "Add a register". State: useRegisterList.
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { REGISTER_KINDS, type RegisterKind } from "../../domain/kindNames";
import {
  exampleNumber,
  exampleNumbers,
  KIND_LABELS,
  ROLE_LABELS,
  type RegisterRole,
} from "../../domain/registerList";
import { NoticeBar } from "../NoticeBar";
import { escapeCancels, useRevealAndFocus } from "../useRevealAndFocus";
import { useRegisterList, type RegisterListProps } from "./useRegisterList";

export function RegistersSection(props: RegisterListProps) {
  const r = useRegisterList(props);
  const previewRef = useRevealAndFocus<HTMLDivElement>(r.preview);
  const removeRef = useRevealAndFocus<HTMLDivElement>(r.removing);
  // Rename opens its form with the name's field focused, so typing starts at once.
  const renameRef = useRevealAndFocus<HTMLInputElement>(r.renaming?.id);
  const busy = !!r.busy;
  return (
    <fieldset className="rs-fieldset">
      <legend>Registers</legend>
      <div ref={r.resultRef} tabIndex={-1} className="rs-result">
        <NoticeBar notice={r.notice} />
      </div>
      {r.busy && <Spinner size="tiny" label={r.busy} />}
      <ul className="rs-findings" aria-label="Registers">
        {r.registers.map((def) => (
          <li key={def.id} className="rs-candidate">
            <strong>{def.name}</strong>
            <Caption1>
              {`${ROLE_LABELS[def.role]} ${KIND_LABELS[def.kind].toLowerCase()}; sheet "${def.sheet}"; numbered ${exampleNumbers(def.numberFormat)}…`}
              {r.present[def.id] === false ? " Not in this workbook yet." : ""}
            </Caption1>
            <span className="rs-row">
              <Button
                size="small"
                aria-label={`Rename ${def.name}`}
                disabled={busy}
                onClick={() => r.startRename(def.id)}
              >
                Rename
              </Button>
              <Button
                size="small"
                aria-label={`Remove ${def.name}`}
                disabled={busy}
                onClick={() => r.startRemove(def.id)}
              >
                Remove
              </Button>
            </span>
            {r.renaming?.id === def.id && (
              <div
                role="group"
                aria-label={`Rename ${def.name}`}
                onKeyDown={escapeCancels(r.cancelRename, busy)}
              >
                <Field
                  label="New name"
                  validationState={r.renameProblems.name ? "error" : "none"}
                  validationMessage={r.renameProblems.name}
                >
                  <Input
                    ref={renameRef}
                    size="small"
                    value={r.renaming.name}
                    onChange={(_, d) => r.setRenaming({ ...r.renaming!, name: d.value })}
                  />
                </Field>
                <Field
                  label="Number format"
                  validationState={r.renameProblems.numberFormat ? "error" : "none"}
                  validationMessage={
                    r.renameProblems.numberFormat ??
                    `First number: ${exampleNumber(r.renaming.numberFormat)}. Numbers already written stay as they are.`
                  }
                >
                  <Input
                    size="small"
                    value={r.renaming.numberFormat}
                    onChange={(_, d) => r.setRenaming({ ...r.renaming!, numberFormat: d.value })}
                  />
                </Field>
                <span className="rs-row">
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy || !!r.renameProblems.name || !!r.renameProblems.numberFormat}
                    onClick={() => void r.confirmRename()}
                  >
                    Save the register
                  </Button>
                  <Button size="small" disabled={busy} onClick={r.cancelRename}>
                    Cancel
                  </Button>
                </span>
              </div>
            )}
            {r.removing === def.id && (
              <Card
                ref={removeRef}
                tabIndex={-1}
                role="group"
                aria-label={`Remove ${def.name}?`}
                onKeyDown={escapeCancels(r.cancelRemove, busy)}
              >
                <Body1>
                  {`Remove ${def.name} from the settings? Sheet "${def.sheet}" and every row on it stay in the workbook, unchanged: nothing is deleted. The add-in stops treating it as a register; add it again on the same sheet to adopt it back.`}
                </Body1>
                <span className="rs-row">
                  <Button appearance="primary" disabled={busy} onClick={() => void r.confirmRemove()}>
                    Remove from the settings
                  </Button>
                  <Button disabled={busy} onClick={r.cancelRemove}>
                    Keep it
                  </Button>
                </span>
              </Card>
            )}
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">Add a register</Subtitle2>
      <Field
        label="Name"
        validationState={r.problems.name ? "error" : "none"}
        validationMessage={r.problems.name}
      >
        <Input
          value={r.form.name}
          onChange={(_, d) => r.edit({ name: d.value })}
          placeholder="e.g. TABASC risks"
        />
      </Field>
      <Field label="Kind">
        <Select value={r.form.kind} onChange={(_, d) => r.edit({ kind: d.value as RegisterKind })}>
          {REGISTER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Whose register">
        <Select value={r.form.role} onChange={(_, d) => r.edit({ role: d.value as RegisterRole })}>
          <option value="subcommittee">{ROLE_LABELS.subcommittee}</option>
          <option value="panel">{ROLE_LABELS.panel}</option>
        </Select>
      </Field>
      <Field
        label="Sheet name"
        validationState={r.problems.sheet ? "error" : "none"}
        validationMessage={
          r.problems.sheet ??
          (r.sheetExists
            ? "This sheet exists: a blank one takes the register; one holding data is offered for adoption."
            : undefined)
        }
      >
        <Input value={r.form.sheet} onChange={(_, d) => r.edit({ sheet: d.value })} />
      </Field>
      <Field
        label="Number format"
        validationState={r.problems.numberFormat ? "error" : r.example ? "success" : "none"}
        validationMessage={
          r.problems.numberFormat ??
          (r.example
            ? `Numbers read ${exampleNumbers(r.form.numberFormat)}…`
            : 'A prefix and zeros, e.g. "TABASC-000"; "0" for 1, 2, 3…')
        }
      >
        <Input value={r.form.numberFormat} onChange={(_, d) => r.edit({ numberFormat: d.value })} />
      </Field>
      <span className="rs-row">
        <Button disabled={busy} onClick={r.previewAdd}>
          Preview the new register
        </Button>
      </span>
      {r.preview && (
        <Card
          ref={previewRef}
          tabIndex={-1}
          role="group"
          aria-label="The new register"
          onKeyDown={escapeCancels(r.cancelAdd, busy)}
        >
          <Body1>
            {r.preview.action === "create"
              ? `${r.preview.def.name}: ${r.preview.sheetExists ? "the blank" : "a new"} sheet "${r.preview.def.sheet}" gets the register's table (${r.preview.def.table}), governed like the others; its first number is ${r.preview.first}.`
              : `Sheet "${r.preview.def.sheet}" already holds data (${r.preview.used}). Adding defines ${r.preview.def.name} and leaves the sheet as it is; then adopt it on the Registers tab (Adopt register).`}
          </Body1>
          <span className="rs-row">
            <Button appearance="primary" disabled={busy} onClick={() => void r.confirmAdd()}>
              {r.preview.action === "create" ? "Add the register" : "Add it, to adopt the sheet"}
            </Button>
            <Button disabled={busy} onClick={r.cancelAdd}>
              Cancel
            </Button>
          </span>
        </Card>
      )}
    </fieldset>
  );
}
