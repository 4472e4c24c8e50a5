import { api, withQuery } from './client.ts';
import type {
  AcceptanceBody,
  AcknowledgeBody,
  AssignBody,
  CommentBody,
  CompleteBody,
  InspectionBody,
  Notification,
  RecordAnswer,
  RectificationBody,
  RelistBody,
  RetireBody,
  ReviewBody,
  RootCauseBody,
  SameProblemBody,
  SimilarResult,
  WorkOrderComment,
} from './lifecycle-types.ts';
import type { AndonDetail, AuditEvent, Page, WorkOrder } from './types.ts';

type Signal = AbortSignal | undefined;
const id = encodeURIComponent;
const post = <T>(path: string, body: unknown) => api<T>(path, { method: 'POST', body });

export interface WorkOrderQuery {
  ownerTeamId?: string;
  organisationId?: string;
  assignee?: string;
  status?: string;
  andonId?: string;
  open?: boolean;
  limit?: number;
}

/** The lifecycle's calls: work orders and their records, the andon's steps, notifications, look-alikes. */
export const lifecycle = {
  workOrders: (query: WorkOrderQuery, signal?: Signal) =>
    api<Page<WorkOrder>>(withQuery('/work-orders', { limit: 200, ...query }), { signal }),
  comments: (orderId: string, signal?: Signal) =>
    api<Page<WorkOrderComment>>(withQuery(`/work-orders/${id(orderId)}/comments`, { limit: 200 }), {
      signal,
    }),
  history: (orderId: string, signal?: Signal) =>
    api<Page<AuditEvent>>(withQuery(`/work-orders/${id(orderId)}/history`, { limit: 200 }), { signal }),
  comment: (orderId: string, body: CommentBody) =>
    post<WorkOrderComment>(`/work-orders/${id(orderId)}/comments`, body),
  acknowledge: (orderId: string, body: AcknowledgeBody) =>
    post<WorkOrder>(`/work-orders/${id(orderId)}/acknowledge`, body),
  assign: (orderId: string, body: AssignBody) =>
    api<WorkOrder>(`/work-orders/${id(orderId)}`, { method: 'PATCH', body }),
  inspection: (orderId: string, body: InspectionBody) =>
    post<RecordAnswer>(`/work-orders/${id(orderId)}/inspection`, body),
  rootCause: (orderId: string, body: RootCauseBody) =>
    post<RecordAnswer>(`/work-orders/${id(orderId)}/root-cause`, body),
  complete: (orderId: string, body: CompleteBody) =>
    post<RecordAnswer>(`/work-orders/${id(orderId)}/complete`, body),
  acceptance: (orderId: string, body: AcceptanceBody) =>
    post<RecordAnswer>(`/work-orders/${id(orderId)}/acceptance`, body),
  rectification: (andonId: string, body: RectificationBody) =>
    post<AndonDetail>(`/andons/${id(andonId)}/rectification`, body),
  review: (andonId: string, body: ReviewBody) => post<AndonDetail>(`/andons/${id(andonId)}/review`, body),
  relist: (andonId: string, body: RelistBody) => post<AndonDetail>(`/andons/${id(andonId)}/relist`, body),
  retire: (andonId: string, body: RetireBody) => post<AndonDetail>(`/andons/${id(andonId)}/retire`, body),
  notifications: (query: { recipientRef?: string; teamId?: string; unread?: boolean }, signal?: Signal) =>
    api<Page<Notification>>(withQuery('/notifications', { limit: 50, ...query }), { signal }),
  markRead: (notificationId: string) => post<Notification>(`/notifications/${id(notificationId)}/read`, {}),
  markAllRead: (recipientRef: string) => post<{ marked: number }>('/notifications/read', { recipientRef }),
  /** A complaint's look-alikes: among the earlier complaints, or every other one in the rule's window. */
  similar: (complaintId: string, signal?: Signal, among: 'earlier' | 'window' = 'earlier') =>
    api<SimilarResult>(withQuery(`/complaints/${id(complaintId)}/similar`, { limit: 10, among }), { signal }),
  sameProblem: (complaintId: string, body: SameProblemBody) =>
    post<unknown>(`/complaints/${id(complaintId)}/same-problem`, body),
};
