import type { WorkOrder } from '../../api/types.ts';
import { AcceptanceForm } from './acceptance-form.tsx';
import { CompleteActionForm } from './complete-action-form.tsx';
import { FiveWhysEditor } from './five-whys-editor.tsx';
import { InspectionForm } from './inspection-form.tsx';
import type { OrderContext } from './work-order-card.tsx';

/** The form that records an open work order's result, by its type. */
export function OrderForm({
  order,
  ctx,
  onClose,
}: {
  order: WorkOrder;
  ctx: OrderContext;
  onClose: () => void;
}) {
  const done = () => {
    onClose();
    ctx.onChanged();
  };
  switch (order.type) {
    case 'supplier_inspection':
      return <InspectionForm order={order} onDone={done} onCancel={onClose} />;
    case 'root_cause':
      return <FiveWhysEditor order={order} minWhys={ctx.minWhys} onDone={done} onCancel={onClose} />;
    case 'corrective_action':
      return <CompleteActionForm order={order} onDone={done} onCancel={onClose} />;
    case 'acceptance':
      return <AcceptanceForm order={order} onDone={done} onCancel={onClose} />;
    default:
      return null;
  }
}
