import {
  applyNodeChanges,
  ConnectionMode,
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelFor, type Flywheel, type FlywheelLocale, type Position } from '#domain/flywheel/model.ts';
import type { LiveSeries } from '../../api/flywheel-types.ts';
import { CENTRE_R, NODE_H, NODE_W } from './diagram-svg.ts';
import {
  CentreNodeView,
  ComponentNodeView,
  LinkEdgeView,
  type CentreNode,
  type ComponentNode,
  type LinkEdge,
  type Side,
} from './flow-parts.tsx';
import {
  addLink,
  linkRefusal,
  positionsOf,
  reconnectLink,
  removeComponent,
  removeLink,
  updateComponent,
} from './studio-model.ts';

const nodeTypes = { component: ComponentNodeView, centre: CentreNodeView };
const edgeTypes = { link: LinkEdgeView };
const CENTRE_ID = '__centre';
const colour = { '+': '#1e6b34', '-': '#b3261e' } as const;

type AnyNode = ComponentNode | CentreNode;
const topLeft = (p: Position) => ({ x: p.x - NODE_W / 2, y: p.y - NODE_H / 2 });
const centreOf = (p: Position) => ({ x: p.x + NODE_W / 2, y: p.y + NODE_H / 2 });

/** Which sides of the two boxes face each other, for a link from a to b. */
function facing(a: Position, b: Position): [Side, Side] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dx) * NODE_H >= Math.abs(dy) * NODE_W) return dx >= 0 ? ['right', 'left'] : ['left', 'right'];
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom'];
}

/** Fits the wheel into view whenever a component comes or goes (so a new one is never off-screen). */
function FitOnChange({ count }: { count: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    void fitView(fitOptions);
  }, [count, fitView]);
  return null;
}

const fitOptions = { padding: 0.15, maxZoom: 1 };

export interface LoopDiagramProps {
  draft: Flywheel;
  locale: FlywheelLocale;
  onLoop: Set<string>;
  live: Map<string, LiveSeries>;
  metricName: (componentId: string) => string | null;
  edit: (change: (d: Flywheel) => Flywheel) => void;
  selectedLink: string | null;
  onSelectLink: (key: string | null) => void;
  /** Shown to someone who may only read flywheels: nothing moves, connects or deletes. */
  readOnly?: boolean;
}

/** The loop as a diagram: drag components, draw links between them, select and delete with the keyboard. */
export function LoopDiagram({
  draft,
  locale,
  onLoop,
  live,
  metricName,
  edit,
  selectedLink,
  onSelectLink,
  readOnly = false,
}: LoopDiagramProps) {
  const { t } = useTranslation();
  const [nodes, setNodes] = useState<AnyNode[]>([]);

  // The draft is the truth; the diagram keeps node objects (and their selection) while nothing about them changed.
  useEffect(() => {
    const places = positionsOf(draft);
    setNodes((prev) => {
      const before = new Map(prev.map((n) => [n.id, n]));
      const centre: CentreNode = {
        id: CENTRE_ID,
        type: 'centre',
        position: { x: -CENTRE_R, y: -CENTRE_R },
        data: { label: labelFor(draft.centre, locale, '') },
        draggable: false,
        selectable: false,
        deletable: false,
        connectable: false,
        focusable: false,
      };
      const components = draft.components.map((c): ComponentNode => {
        const label = labelFor(c.label, locale, c.id);
        const data = {
          label,
          onLoop: onLoop.has(c.id),
          live: live.get(c.id) ?? null,
          metricName: metricName(c.id),
        };
        const position = topLeft(places.get(c.id)!);
        const old = before.get(c.id) as ComponentNode | undefined;
        const same =
          old &&
          old.position.x === position.x &&
          old.position.y === position.y &&
          JSON.stringify(old.data) === JSON.stringify(data);
        if (old && same) return old;
        return {
          ...(old ?? {}),
          id: c.id,
          type: 'component',
          position,
          data,
          ariaLabel: t('studio.loop.nodeLabel', { name: label }),
        };
      });
      const prevCentre = before.get(CENTRE_ID);
      const next = [
        prevCentre && prevCentre.data.label === centre.data.label ? prevCentre : centre,
        ...components,
      ];
      return next.length === prev.length && next.every((n, i) => n === prev[i]) ? prev : next;
    });
  }, [draft, locale, onLoop, live, metricName, t]);

  const where = useMemo(() => new Map(nodes.map((n) => [n.id, centreOf(n.position)])), [nodes]);
  const edges = useMemo(
    () =>
      draft.links.flatMap((l): LinkEdge[] => {
        const a = where.get(l.from);
        const b = where.get(l.to);
        if (!a || !b) return [];
        const [fromSide, toSide] = facing(a, b);
        const key = `${l.from}>${l.to}`;
        return [
          {
            id: key,
            type: 'link',
            source: l.from,
            target: l.to,
            sourceHandle: `${fromSide}-s`,
            targetHandle: `${toSide}-t`,
            selected: selectedLink === key,
            markerEnd: { type: MarkerType.ArrowClosed, color: colour[l.polarity], width: 18, height: 18 },
            data: {
              polarity: l.polarity,
              strength: l.strength,
              delay: l.delay,
              bowed: draft.links.some((r) => r.from === l.to && r.to === l.from),
            },
            ariaLabel: t('studio.loop.linkLabel', {
              from: labelFor(draft.components.find((c) => c.id === l.from)?.label, locale, l.from),
              to: labelFor(draft.components.find((c) => c.id === l.to)?.label, locale, l.to),
              polarity: t(`studio.loop.polarity.${l.polarity}`),
            }),
          },
        ];
      }),
    [draft, where, selectedLink, locale, t],
  );

  function onNodesChange(changes: NodeChange<AnyNode>[]) {
    setNodes((ns) => applyNodeChanges(changes, ns));
    for (const change of changes) {
      if (change.type === 'position' && change.position && !change.dragging) {
        const p = centreOf(change.position);
        edit((d) => updateComponent(d, change.id, { position: { x: Math.round(p.x), y: Math.round(p.y) } }));
      } else if (change.type === 'remove' && change.id !== CENTRE_ID) {
        edit((d) => removeComponent(d, change.id));
      }
    }
  }

  function onEdgesChange(changes: EdgeChange<LinkEdge>[]) {
    for (const change of changes) {
      if (change.type === 'select')
        onSelectLink(change.selected ? change.id : selectedLink === change.id ? null : selectedLink);
      else if (change.type === 'remove') {
        const [from, to] = change.id.split('>') as [string, string];
        edit((d) => removeLink(d, from, to));
      }
    }
  }

  const valid = (c: Connection | LinkEdge) =>
    c.source !== CENTRE_ID && c.target !== CENTRE_ID && linkRefusal(draft, c.source, c.target) === null;

  return (
    <div className="flow-frame" data-testid="loop-diagram">
      <ReactFlow<AnyNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(c) => valid(c) && edit((d) => addLink(d, { from: c.source, to: c.target }))}
        onReconnect={(old, c) =>
          edit((d) =>
            reconnectLink(d, { from: old.source, to: old.target }, { from: c.source, to: c.target }),
          )
        }
        isValidConnection={valid}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        fitView
        fitViewOptions={fitOptions}
        minZoom={0.3}
        maxZoom={2}
        ariaLabelConfig={{
          'node.a11yDescription.default': t('studio.loop.a11y.node'),
          'node.a11yDescription.keyboardDisabled': t('studio.loop.a11y.nodeMove'),
          'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
            t('studio.loop.a11y.moved', {
              direction: t(`studio.loop.a11y.direction.${direction as 'up'}`),
              x,
              y,
            }),
          'edge.a11yDescription.default': t('studio.loop.a11y.edge'),
          'controls.ariaLabel': t('studio.loop.a11y.controls'),
          'controls.zoomIn.ariaLabel': t('studio.loop.a11y.zoomIn'),
          'controls.zoomOut.ariaLabel': t('studio.loop.a11y.zoomOut'),
          'controls.fitView.ariaLabel': t('studio.loop.a11y.fitView'),
          'controls.interactive.ariaLabel': t('studio.loop.a11y.interactive'),
          'handle.ariaLabel': t('studio.loop.a11y.handle'),
        }}
      >
        <Background gap={24} color="#c4c8cf" />
        <Controls showInteractive={false} fitViewOptions={fitOptions} />
        <FitOnChange count={draft.components.length} />
      </ReactFlow>
    </div>
  );
}
