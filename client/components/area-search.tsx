/**
 * AreaSearch: the header's "find an area" combobox (ARIA 1.2 pattern with a listbox popup).
 * Type a name or a code; Down/Up move through suggestions, Enter opens the highlighted area (or the
 * first match), Escape closes the list (and clears the box when it is already closed). The area list
 * (geography.areas) is fetched on first focus and kept for the session.
 */
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import { AREA_LEVEL_LABELS, type AreaRef } from '../../shared/domain/geography'
import { searchAreas } from '../lib/area-search'
import { trpc } from '../trpc'

export function AreaSearch() {
  const id = useId()
  const inputId = `${id}-input`
  const listId = `${id}-list`
  const hintId = `${id}-hint`
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [wanted, setWanted] = useState(false)

  const areas = useQuery({
    ...trpc.geography.areas.queryOptions(),
    enabled: wanted,
    staleTime: Infinity,
  })
  const results = useMemo(() => searchAreas(areas.data ?? [], query), [areas.data, query])
  const expanded = open && query.trim().length > 0
  const activeResult = active >= 0 ? results[active] : undefined

  function go(area: AreaRef | undefined) {
    if (!area) return
    setQuery('')
    setOpen(false)
    setActive(-1)
    inputRef.current?.blur()
    void navigate(area.level === 'uk' ? '/' : `/area/${area.code}`)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        setActive((i) => (results.length ? (i + 1) % results.length : -1))
        break
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        setActive((i) => (results.length ? (i <= 0 ? results.length - 1 : i - 1) : -1))
        break
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (query) {
          event.preventDefault()
          setQuery('')
        }
        break
      case 'Home':
      case 'End':
        // Keep Home/End moving the caret in the text box.
        break
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    go(activeResult ?? results[0])
  }

  let status = ''
  if (expanded) {
    if (areas.isPending) status = 'Loading areas…'
    else if (areas.isError) status = 'Areas could not be loaded.'
    else
      status = results.length
        ? `${results.length} area${results.length === 1 ? '' : 's'} found`
        : 'No area matches'
  }

  return (
    <search className="nhsuk-header__search app-area-search">
      <form className="nhsuk-header__search-form" onSubmit={onSubmit} noValidate>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={inputId}>
            Find an area by name or code
          </label>
          <div className="nhsuk-input-wrapper">
            <input
              ref={inputRef}
              className="nhsuk-input"
              id={inputId}
              type="search"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              placeholder="Find an area or code"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-describedby={hintId}
              aria-activedescendant={
                expanded && activeResult ? `${listId}-${activeResult.code}` : undefined
              }
              value={query}
              onFocus={() => setWanted(true)}
              onChange={(event) => {
                setQuery(event.target.value)
                setOpen(true)
                setActive(-1)
              }}
              onKeyDown={onKeyDown}
              onBlur={() => setOpen(false)}
            />
            <button
              className="nhsuk-button nhsuk-button--icon nhsuk-button--small"
              type="submit"
              aria-label="Search"
            >
              <svg
                className="nhsuk-icon nhsuk-icon--search"
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 24 24"
                width="16"
                height="16"
                focusable="false"
                aria-hidden="true"
              >
                <path d="m20.7 18.9-4.1-4.1a7 7 0 1 0-1.4 1.4l4 4.1a1 1 0 0 0 1.5 0c.4-.4.4-1 0-1.4ZM6 10.6a5 5 0 1 1 10 0 5 5 0 0 1-10 0Z" />
              </svg>
            </button>
          </div>
          <span id={hintId} className="nhsuk-u-visually-hidden">
            For example Blackburn with Darwen, Lancashire or E06000008. Use the up and down arrow
            keys to choose.
          </span>
          <ul
            className="app-area-search__list"
            id={listId}
            role="listbox"
            aria-label="Matching areas"
            hidden={!expanded || results.length === 0}
          >
            {results.map((area, index) => (
              <li
                key={area.code}
                id={`${listId}-${area.code}`}
                role="option"
                aria-selected={index === active}
                className={`app-area-search__option${index === active ? ' app-area-search__option--active' : ''}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(area)}
                onMouseMove={() => setActive(index)}
              >
                <span className="app-area-search__name">{area.name}</span>
                <span className="app-area-search__meta">
                  {AREA_LEVEL_LABELS[area.level]} · {area.code}
                </span>
              </li>
            ))}
          </ul>
          <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
            {status}
          </div>
          {expanded && results.length === 0 && !areas.isPending ? (
            <p className="app-area-search__empty" aria-hidden="true">
              {areas.isError ? 'Areas could not be loaded' : 'No area matches'}
            </p>
          ) : null}
        </div>
      </form>
    </search>
  )
}
