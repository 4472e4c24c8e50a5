/** The loop editor's node and edge drawings for React Flow (loaded with it, in its own chunk). */
import {
  BaseEdge,
  EdgeLabelRenderer,
  Handle,
  Position,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Polarity } from '#domain/flywheel/model.ts';
import type { LiveSeries } from '../../api/flywheel-types.ts';
import { labelPoint } from './diagram-svg.ts';
import { Sparkline } from './sparkline.tsx';

export const sides = ['top', 'right', 'bottom', 'left'] as const;
export type Side = (typeof sides)[number];
const positionOf: Record<Side, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

export type ComponentNode = Node<
  { label: string; onLoop: boolean; live: LiveSeries | null; metricName: string | null },
  'component'
>;
export type CentreNode = Node<{ label: string }, 'centre'>;
export type LinkEdge = Edge<
  { polarity: Polarity; strength: number; delay: number | null; bowed: boolean },
  'link'
>;

/** A component: its name, a mark when it lies on no loop, and its live metric's sparkline when bound. */
export function ComponentNodeView({ data, selected }: NodeProps<ComponentNode>) {
  const { t } = useTranslation();
  return (
    <div
      className={`flow-node${selected ? ' flow-node-selected' : ''}${data.onLoop ? '' : ' flow-node-off'}`}
    >
      {sides.map((side) => (
        <Handle key={`${side}-t`} id={`${side}-t`} type="target" position={positionOf[side]} />
      ))}
      {sides.map((side) => (
        <Handle key={`${side}-s`} id={`${side}-s`} type="source" position={positionOf[side]} />
      ))}
      <span className="flow-node-label">{data.label}</span>
      {data.onLoop ? null : <span className="flow-node-note">{t('studio.loop.offLoop')}</span>}
      {data.live ? <Sparkline series={data.live} label={data.metricName ?? ''} compact /> : null}
    </div>
  );
}

/** The centre the wheel turns around (business growth): a label, not a component. */
export function CentreNodeView({ data }: NodeProps<CentreNode>) {
  return (
    <div className="flow-centre">
      <span>{data.label}</span>
    </div>
  );
}

/** A causal link: an arrow, bowed when a link runs back the other way, with its + or − at the middle. */
export function LinkEdgeView(props: EdgeProps<LinkEdge>) {
  const { t } = useTranslation();
  const { sourceX, sourceY, targetX, targetY, data, markerEnd, selected } = props;
  const polarity = data?.polarity ?? '+';
  const len = Math.hypot(targetX - sourceX, targetY - sourceY) || 1;
  const off = data?.bowed ? 36 : 0;
  const nx = ((targetY - sourceY) / len) * off;
  const ny = (-(targetX - sourceX) / len) * off;
  const mx = (sourceX + targetX) / 2;
  const my = (sourceY + targetY) / 2;
  const path = data?.bowed
    ? `M ${sourceX} ${sourceY} Q ${mx + nx} ${my + ny} ${targetX} ${targetY}`
    : `M ${sourceX} ${sourceY} L ${targetX} ${targetY}`;
  const { x: labelX, y: labelY } = labelPoint(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.bowed ? { x: mx + nx, y: my + ny } : null,
  );
  const kind = polarity === '+' ? 'plus' : 'minus';
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        className={`flow-link flow-link-${kind}${data?.delay ? ' flow-link-delayed' : ''}${selected ? ' flow-link-selected' : ''}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`flow-link-label flow-link-label-${kind} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid="link-label"
          data-polarity={polarity}
        >
          <span aria-hidden="true">{polarity === '+' ? '+' : '−'}</span>
          <span className="visually-hidden">{t(`studio.loop.polarity.${polarity}`)}</span>
          {data?.delay ? (
            <span className="flow-link-delay">{t('studio.loop.delayShort', { delay: data.delay })}</span>
          ) : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
