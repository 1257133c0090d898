import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PathResult } from '../api/queries.js';
import { fetchEntityRef, fetchNeighbourhood, fetchPath } from '../api/queries.js';
import type { EntityRef } from '../api/types.js';
import { DateText, Status, usePageTitle } from '../components/common.js';
import { EntityPicker } from '../components/entity-picker.js';
import type { GraphView } from '../graph/cy-view.js';
import { useI18n } from '../i18n-context.js';
import type { GraphModel, RelationType } from '../lib/graph-model.js';
import {
  RELATION_TYPES,
  addEdge,
  edgeId,
  emptyGraph,
  mergeNeighbourhood,
  syntheticGraph,
  visibleGraph,
} from '../lib/graph-model.js';
import type { MessageKey } from '../lib/i18n.js';
import { Link, entityPath, navigate, releasePath } from '../router.js';

const MAX_HOPS = 4;

interface GraphUrl {
  focus: string | null;
  types: Set<RelationType>;
  from: string;
  to: string;
  synthetic: number;
}

function readUrl(search: string): GraphUrl {
  const params = new URLSearchParams(search);
  const listed = params
    .get('types')
    ?.split(',')
    .filter((type): type is RelationType => (RELATION_TYPES as readonly string[]).includes(type));
  const synthetic = Number(params.get('synthetic'));
  return {
    focus: params.get('focus'),
    types: new Set(listed?.length ? listed : RELATION_TYPES),
    from: /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from')! : '',
    to: /^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? params.get('to')! : '',
    synthetic: Number.isInteger(synthetic) && synthetic > 0 ? Math.min(synthetic, 2000) : 0,
  };
}

function writeUrl(url: GraphUrl): string {
  const params = new URLSearchParams();
  if (url.focus) params.set('focus', url.focus);
  if (url.types.size !== RELATION_TYPES.length)
    params.set('types', RELATION_TYPES.filter((type) => url.types.has(type)).join(','));
  if (url.from) params.set('from', url.from);
  if (url.to) params.set('to', url.to);
  if (url.synthetic) params.set('synthetic', String(url.synthetic));
  const query = params.toString();
  return query ? `/graph?${query}` : '/graph';
}

declare global {
  interface Window {
    /** Read-only hooks for the browser tests. */
    civicgraphGraph?: { renderedPosition(id: string): { x: number; y: number } | null; nodeIds(): string[] };
  }
}

/** The network explorer: neighbours load on click, filters by relation type and date, and the evidence-backed path between two entities. */
export function GraphPage({ search }: { search: string }) {
  const { t } = useI18n();
  const url = useMemo(() => readUrl(search), [search]);
  const headingRef = usePageTitle(t('graph.title'));
  const model = useRef<GraphModel>(emptyGraph());
  const [version, setVersion] = useState(0);
  const [grow, setGrow] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [loading, setLoading] = useState<Set<string>>(new Set());
  const [error, setError] = useState<Error | null>(null);
  const [focusRef, setFocusRef] = useState<EntityRef | null>(null);
  const [pathFrom, setPathFrom] = useState<EntityRef | null>(null);
  const [pathTo, setPathTo] = useState<EntityRef | null>(null);
  const [paths, setPaths] = useState<PathResult[] | null>(null);
  const [pathBusy, setPathBusy] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);
  const [viewReady, setViewReady] = useState(false);

  const update = (next: Partial<GraphUrl>) => navigate(writeUrl({ ...url, ...next }), { replace: true });

  const expand = async (id: string) => {
    if (loading.has(id) || model.current.nodes.get(id)?.expanded) return;
    setLoading((previous) => new Set(previous).add(id));
    try {
      mergeNeighbourhood(model.current, await fetchNeighbourhood(id, 25));
      setGrow(id);
      setVersion((v) => v + 1);
      setError(null);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading((previous) => {
        const next = new Set(previous);
        next.delete(id);
        return next;
      });
    }
  };

  // The graph library is big: load it only on this page.
  useEffect(() => {
    let cancelled = false;
    void import('../graph/cy-view.js').then(({ createGraphView }) => {
      if (cancelled || !container.current) return;
      view.current = createGraphView(container.current, {
        onSelect: (id) => {
          setSelected(id);
          void expandRef.current(id);
        },
        onOpen: (id) => navigate(entityPath(id)),
      });
      window.civicgraphGraph = {
        renderedPosition: (id) => view.current?.renderedPosition(id) ?? null,
        nodeIds: () => [...model.current.nodes.keys()],
      };
      setViewReady(true);
    });
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
      delete window.civicgraphGraph;
    };
  }, []);
  const expandRef = useRef(expand);
  expandRef.current = expand;

  // A new focus (or a synthetic test graph) starts a new network.
  useEffect(() => {
    model.current = url.synthetic ? syntheticGraph(url.synthetic) : emptyGraph();
    setPaths(null);
    setSelected(url.focus);
    setVersion((v) => v + 1);
    if (url.focus) {
      fetchEntityRef(url.focus).then((ref) => {
        setFocusRef(ref);
        setPathFrom((current) => current ?? ref);
      }, setError);
      void expand(url.focus);
    } else setFocusRef(null);
  }, [url.focus, url.synthetic]);

  const highlight = useMemo(() => {
    const ids = new Set<string>();
    const best = paths?.[0];
    if (best) {
      for (const entity of best.entities) ids.add(entity.id);
      for (const hop of best.hops) {
        const type = (RELATION_TYPES as readonly string[]).includes(hop.type)
          ? (hop.type as RelationType)
          : 'MENTIONED_WITH';
        ids.add(edgeId(type, hop.from.id, hop.to.id));
      }
    }
    return ids;
  }, [paths]);

  const visible = useMemo(() => {
    const pinned = new Set<string>([
      ...(url.focus ? [url.focus] : []),
      ...[...highlight].filter((id) => !id.includes('|')),
    ]);
    return visibleGraph(model.current, {
      types: url.types,
      from: url.from || undefined,
      to: url.to || undefined,
      pinned,
    });
  }, [version, url.types, url.from, url.to, url.focus, highlight]);

  useEffect(() => {
    if (!viewReady || !view.current) return;
    view.current.update(visible.nodes, visible.edges, { focus: url.focus, highlight, grow });
  }, [viewReady, visible, highlight]);

  useEffect(() => view.current?.select(selected), [selected, viewReady]);

  const findPath = async () => {
    if (!pathFrom || !pathTo) return;
    setPathBusy(true);
    try {
      const found = await fetchPath(pathFrom.id, pathTo.id, MAX_HOPS);
      // Put every step of the best path into the network so it can be drawn.
      for (const hop of found[0]?.hops ?? []) {
        const type = (RELATION_TYPES as readonly string[]).includes(hop.type)
          ? (hop.type as RelationType)
          : 'MENTIONED_WITH';
        addEdge(model.current, type, hop.from, hop.to, hop.release.date ? [hop.release.date] : []);
      }
      setGrow(pathFrom.id);
      setPaths(found);
      setVersion((v) => v + 1);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setPathBusy(false);
    }
  };

  const selectedNode = selected ? model.current.nodes.get(selected) : undefined;
  const nodeList = [...visible.nodes].sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));

  return (
    <div class="graph-page">
      <h1 ref={headingRef} tabIndex={-1} class="visually-hidden-mobile">
        {t('graph.title')}
      </h1>
      <div class="graph-layout">
        <aside class="graph-controls">
          <EntityPicker
            id="graph-focus"
            label={t('graph.focus')}
            placeholder={t('graph.focusPlaceholder')}
            value={focusRef}
            onChange={(entity) => entity && update({ focus: entity.id, synthetic: 0 })}
          />
          <fieldset class="relation-filter">
            <legend>{t('graph.relations')}</legend>
            {RELATION_TYPES.map((type) => (
              <label key={type} class="check">
                <input
                  type="checkbox"
                  checked={url.types.has(type)}
                  onChange={(event) => {
                    const next = new Set(url.types);
                    if (event.currentTarget.checked) next.add(type);
                    else next.delete(type);
                    update({ types: next });
                  }}
                />
                <span class={`swatch rel-${type}`} aria-hidden="true" />
                {t(`rel.${type}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <div class="date-range">
            <label>
              {t('graph.dateFrom')}
              <input type="date" value={url.from} onChange={(event) => update({ from: event.currentTarget.value })} />
            </label>
            <label>
              {t('graph.dateTo')}
              <input type="date" value={url.to} onChange={(event) => update({ to: event.currentTarget.value })} />
            </label>
          </div>
          <details class="path-finder" open>
            <summary>{t('graph.path')}</summary>
            <EntityPicker id="path-from" label={t('graph.pathFrom')} value={pathFrom} onChange={setPathFrom} />
            <EntityPicker id="path-to" label={t('graph.pathTo')} value={pathTo} onChange={setPathTo} />
            <button type="button" disabled={!pathFrom || !pathTo || pathBusy} onClick={() => void findPath()}>
              {t('graph.findPath')}
            </button>
          </details>
        </aside>
        <section class="graph-stage" aria-label={t('graph.title')}>
          <div class="graph-toolbar">
            <span class="small muted" role="status">
              {t('graph.stats', { nodes: visible.nodes.length, edges: visible.edges.length })}
              {loading.size > 0 && ` · ${t('common.loading')}`}
            </span>
            <span class="toolbar-buttons">
              <button type="button" class="small-button" onClick={() => view.current?.fit()}>
                {t('graph.fit')}
              </button>
              <button type="button" class="small-button" onClick={() => view.current?.relayout()}>
                {t('graph.relayout')}
              </button>
            </span>
          </div>
          <div
            ref={container}
            class="graph-canvas"
            role="img"
            aria-label={t('graph.canvas')}
            data-nodes={visible.nodes.length}
            data-edges={visible.edges.length}
          />
          {!url.focus && !url.synthetic && <p class="graph-empty muted">{t('graph.empty')}</p>}
          <p class="small muted">{t('graph.hint')}</p>
          <Status error={error} />
          {selectedNode && (
            <div class={`selected-node type-${selectedNode.type}`} aria-live="polite">
              <span class="type-dot" aria-hidden="true" /> <strong>{selectedNode.name}</strong> (
              {t(`type.${selectedNode.type}` as MessageKey)}){' '}
              <Link href={entityPath(selectedNode.id)}>{t('graph.open')}</Link>
            </div>
          )}
        </section>
        <aside class="graph-side">
          {paths && <PathEvidence paths={paths} />}
          <details class="node-list">
            <summary>{t('graph.nodes', { count: nodeList.length })}</summary>
            <ul>
              {nodeList.slice(0, 400).map((node) => (
                <li key={node.id} class={`type-${node.type}`}>
                  <span class="type-dot" aria-hidden="true" />
                  <Link href={entityPath(node.id)}>{node.name}</Link>{' '}
                  {node.expanded ? (
                    <span class="small muted">({t('graph.expanded')})</span>
                  ) : (
                    <button
                      type="button"
                      class="small-button"
                      onClick={() => {
                        setSelected(node.id);
                        void expand(node.id);
                      }}
                    >
                      {t('graph.expand')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </aside>
      </div>
    </div>
  );
}

function PathEvidence({ paths }: { paths: PathResult[] }) {
  const { t } = useI18n();
  if (!paths.length) return <p class="notice">{t('graph.noPath', { hops: MAX_HOPS })}</p>;
  const best = paths[0]!;
  return (
    <section class="path-evidence" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('graph.evidence')}</h2>
      <p class="path-chain">{best.entities.map((entity) => entity.name).join(' → ')}</p>
      <ol class="hop-list">
        {best.hops.map((hop, i) => (
          <li key={i}>
            <p>
              <strong>{hop.from.name}</strong>{' '}
              <span class={`rel rel-${hop.type}`}>{t(`rel.${hop.type}` as MessageKey) || hop.type}</span>{' '}
              <strong>{hop.to.name}</strong>
            </p>
            {hop.sentence && <p class="fact-sentence">{hop.sentence}</p>}
            <p class="fact-meta">
              <DateText iso={hop.release.date} /> · <Link href={releasePath(hop.release.id)}>{hop.release.title}</Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
