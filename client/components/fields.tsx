/**
 * Form fields in the NHS design system pattern: a label, an optional hint, an error message tied to
 * the control with aria-describedby, and the red error border. Used by the scenario builder and the
 * satellite calculator, where every change updates the results at once (there is no submit).
 *
 *   <SelectField id="phasing" label="Phasing" value={v} options={[{ value: 'even', label: 'Even' }]} onChange={set} />
 *   <NumberField id="budget" label="Annual budget cap" prefix="£" value={cap} onCommit={setCap}
 *     validate={(n) => (n > 0 ? null : 'Enter an amount more than £0')} allowEmpty />
 *   <RadiosField legend="Births trend" name="trend" value={t} options={[…]} onChange={setT} />
 *   <TextField id="email" label="Email address" type="email" value={email} onChange={setEmail} />
 *   <TextareaField id="why" label="Why did you change this?" value={note} onChange={setNote} />
 */
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import { parseNumber } from '../lib/parse-number'

interface FieldShellProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  /** Label in bold at the size of a small heading (for the main questions of a form). */
  bold?: boolean
  children: (describedBy: string | undefined) => ReactNode
  className?: string
}

/** The label, hint and error around one control. */
export function FieldShell({ id, label, hint, error, bold, children, className }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div
      className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className={`nhsuk-label${bold ? ' nhsuk-label--s' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={errorId}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      {children(describedBy)}
    </div>
  )
}

export interface Choice<T extends string> {
  value: T
  label: string
  hint?: ReactNode
}

interface SelectFieldProps<T extends string> {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  value: T | ''
  options: readonly Choice<T>[]
  onChange: (value: T) => void
  bold?: boolean
  className?: string
}

export function SelectField<T extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
  bold,
  className,
}: SelectFieldProps<T>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} bold={bold} className={className}>
      {(describedBy) => (
        <select
          className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
          id={id}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

interface RadiosFieldProps<T extends string> {
  name: string
  legend: ReactNode
  hint?: ReactNode
  error?: string | null
  value: T
  options: readonly Choice<T>[]
  onChange: (value: T) => void
  small?: boolean
  /** Shown under the chosen option, like the NHS "conditional reveal". */
  reveal?: Partial<Record<T, ReactNode>>
}

export function RadiosField<T extends string>({
  name,
  legend,
  hint,
  error,
  value,
  options,
  onChange,
  small,
  reveal,
}: RadiosFieldProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined
  const errorId = error ? `${name}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}`}>
          {options.map((option) => {
            const id = `${name}-${option.value}`
            const revealed = option.value === value ? reveal?.[option.value] : undefined
            return (
              <div key={option.value}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    name={name}
                    type="radio"
                    value={option.value}
                    checked={option.value === value}
                    aria-describedby={option.hint ? `${id}-hint` : undefined}
                    onChange={() => onChange(option.value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
                {revealed ? <div className="nhsuk-radios__conditional">{revealed}</div> : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

interface NumberFieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  /** An error from elsewhere (the server, or a shared link); a local typing error takes precedence. */
  error?: string | null
  /** The value in use; undefined when the field is empty or at its default. */
  value: number | undefined
  /** Shown (and restored on leaving an emptied field) when `value` is undefined. */
  defaultValue?: number
  /** Called with every new valid number, or undefined when the field is emptied and `allowEmpty`. */
  onCommit: (value: number | undefined) => void
  /** Returns a message when a number is not allowed; the value is then not committed. */
  validate?: (value: number) => string | null
  allowEmpty?: boolean
  prefix?: string
  suffix?: string
  /** Width class of the input, in characters. */
  width?: 2 | 3 | 4 | 5 | 10
  /** Writes a value into the box; defaults to String(). */
  format?: (value: number) => string
  /** 'decimal' shows a keypad with a point on phones. */
  inputMode?: 'decimal' | 'numeric'
  bold?: boolean
  className?: string
}

/**
 * A number typed as text, so a half-typed "0." or an emptied box is never thrown away or rewritten
 * under the user's fingers. Only a valid number is passed on; anything else keeps its text and
 * shows why it is not used. The box follows outside changes (reset, another link) while not focused.
 */
export function NumberField({
  id,
  label,
  hint,
  error,
  value,
  defaultValue,
  onCommit,
  validate,
  allowEmpty = false,
  prefix,
  suffix,
  width = 5,
  format = String,
  inputMode = 'decimal',
  bold,
  className,
}: NumberFieldProps) {
  const shown = value ?? defaultValue
  const [text, setText] = useState(shown === undefined ? '' : format(shown))
  const [localError, setLocalError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (document.activeElement === inputRef.current) return
    setText(shown === undefined ? '' : format(shown))
    setLocalError(null)
    // format is usually an inline function; following it would rewrite the box on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown])

  function change(next: string) {
    setText(next)
    if (next.trim() === '') {
      if (allowEmpty || defaultValue !== undefined) {
        setLocalError(null)
        onCommit(undefined)
      } else {
        setLocalError('Enter a number')
      }
      return
    }
    const number = parseNumber(next)
    if (number === null) {
      setLocalError('Enter a number, using digits and a decimal point only')
      return
    }
    const problem = validate?.(number) ?? null
    setLocalError(problem)
    if (!problem) onCommit(number)
  }

  function blur() {
    // An emptied box with a default goes back to showing the default it now uses.
    if (text.trim() === '' && defaultValue !== undefined) setText(format(defaultValue))
  }

  const shownError = localError ?? error ?? null
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={shownError}
      bold={bold}
      className={className}
    >
      {(describedBy) => (
        <div className="nhsuk-input-wrapper">
          {prefix ? (
            <div className="nhsuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          ) : null}
          <input
            ref={inputRef}
            className={`nhsuk-input nhsuk-input--width-${width}${shownError ? ' nhsuk-input--error' : ''}`}
            id={id}
            type="text"
            inputMode={inputMode}
            spellCheck={false}
            autoComplete="off"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={shownError ? true : undefined}
            onChange={(event) => change(event.target.value)}
            onBlur={blur}
          />
          {suffix ? (
            <div className="nhsuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      )}
    </FieldShell>
  )
}

interface MonthFieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  /** 'YYYY-MM' */
  value: string
  onCommit: (value: string) => void
  min?: string
  max?: string
}

/**
 * A month as 'YYYY-MM' (a month picker in browsers that have one, a text box in others). The box
 * keeps what is typed until it is a whole month, so a half-entered date is not reset.
 */
export function MonthField({ id, label, hint, error, value, onCommit, min, max }: MonthFieldProps) {
  const [text, setText] = useState(value)
  const [localError, setLocalError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (document.activeElement === inputRef.current) return
    setText(value)
    setLocalError(null)
  }, [value])

  function change(next: string) {
    setText(next)
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(next.trim())) {
      setLocalError('Enter a month, for example 2024-11 for November 2024')
      return
    }
    setLocalError(null)
    onCommit(next.trim())
  }

  const shownError = localError ?? error ?? null
  return (
    <FieldShell id={id} label={label} hint={hint} error={shownError}>
      {(describedBy) => (
        <input
          ref={inputRef}
          className={`nhsuk-input app-input--month${shownError ? ' nhsuk-input--error' : ''}`}
          id={id}
          type="month"
          value={text}
          min={min}
          max={max}
          aria-describedby={describedBy}
          aria-invalid={shownError ? true : undefined}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </FieldShell>
  )
}

interface TextFieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  /** Width class in characters; full width when left out. */
  width?: 10 | 20 | 30
  bold?: boolean
  className?: string
  maxLength?: number
  inputRef?: Ref<HTMLInputElement>
}

/** A plain text box (names, email addresses, passwords) with its label, hint and error. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  width,
  bold,
  className,
  maxLength,
  inputRef,
}: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} bold={bold} className={className}>
      {(describedBy) => (
        <input
          ref={inputRef}
          className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ''}${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          name={id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={type === 'text' ? undefined : false}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  )
}

interface TextareaFieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  value: string
  onChange: (value: string) => void
  rows?: number
  maxLength?: number
  className?: string
  /** For a form that moves focus to the first field with a problem. */
  textareaRef?: Ref<HTMLTextAreaElement>
}

export function TextareaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  maxLength,
  className,
  textareaRef,
}: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <textarea
          ref={textareaRef}
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          id={id}
          name={id}
          rows={rows}
          value={value}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  )
}
