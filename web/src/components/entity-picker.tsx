import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../api/search.js';
import { suggestEntities } from '../api/search.js';
import type { EntityRef } from '../api/types.js';
import { useI18n } from '../i18n-context.js';

/** How long typing must pause before suggestions are fetched. */
export const SUGGEST_DEBOUNCE_MS = 150;

interface PickerProps {
  label: string;
  value: EntityRef | null;
  onChange: (entity: EntityRef | null) => void;
  placeholder?: string;
  /** Only suggest entities of this type (checked in the client; `suggest` may not filter). */
  type?: string | undefined;
  id?: string;
}

/** A labelled combobox that picks an entity by name from `suggest`, operable with arrows, Enter and Escape. */
export function EntityPicker({ label, value, onChange, placeholder, type, id }: PickerProps) {
  const { t } = useI18n();
  const autoId = useId();
  const inputId = id ?? `picker-${autoId}`;
  const listId = `${inputId}-list`;
  const [text, setText] = useState(value?.name ?? '');
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);

  useEffect(() => {
    setText(value?.name ?? '');
  }, [value?.id, value?.name]);

  useEffect(() => {
    if (!typed.current) return undefined;
    const prefix = text.trim();
    if (prefix.length < 2) {
      setOptions([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggestEntities(prefix, 10, controller.signal).then(
        (found) => {
          setOptions(type ? found.filter((s) => s.type === type) : found);
          setActive(-1);
          setOpen(true);
        },
        () => setOptions([]),
      );
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, type]);

  const choose = (option: Suggestion) => {
    typed.current = false;
    setText(option.name);
    setOpen(false);
    onChange({ id: option.id, name: option.name, type: option.type as EntityRef['type'] });
  };

  const showList = open && text.trim().length >= 2;
  return (
    <div class="picker">
      <label for={inputId}>{label}</label>
      <div class="picker-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={placeholder}
          value={text}
          onInput={(event) => {
            typed.current = true;
            setText(event.currentTarget.value);
            if (value) onChange(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((i) => Math.min(i + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === 'Enter' && showList && options.length) {
              event.preventDefault();
              choose(options[Math.max(active, 0)]!);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        {value && (
          <button
            type="button"
            class="picker-clear"
            aria-label={t('picker.clear')}
            onClick={() => {
              typed.current = false;
              setText('');
              onChange(null);
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" class="picker-list" hidden={!showList} aria-label={label}>
        {options.length === 0 && <li class="picker-empty">{t('picker.none')}</li>}
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            class={`picker-option type-${option.type}${i === active ? ' active' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <span class="type-dot" aria-hidden="true" />
            <span class="picker-name">{option.name}</span>
            <span class="picker-meta">
              {t(`type.${option.type as EntityRef['type']}`)} · {option.releaseCount}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
