/**
 * The fake Discord's interaction endpoints: the callback that answers an interaction, and the
 * webhook routes that edit, follow up and delete under its token. Every response is recorded by
 * interaction id, in order, for the tests to read.
 */
import { messageObject, notFound, ok, snowflake, type FakeIds, type Reply } from './fake-discord-payloads';

type Json = Record<string, unknown>;

export interface InteractionResponse {
  interactionId: string;
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** The callback type (4 reply, 5 deferred, 8 autocomplete result…); undefined for webhook calls. */
  type?: number;
  /** The callback's `data`, or the webhook body. */
  body: Json;
}

interface InteractionState {
  token: string;
  original: Json | null;
}

export interface InteractionDesk {
  responses: Map<string, InteractionResponse[]>;
  /** Makes an interaction answerable under its id and token. */
  open(interactionId: string, token: string): void;
  /** POST interactions/:id/:token/callback. `failed` is the reply of a failure queued for interactions. */
  callback(interactionId: string, token: string, body: Json, withResponse: boolean, failed: () => Reply | null): Reply;
  /** webhooks/:application/:token (POST) and webhooks/:application/:token/messages/:id. */
  webhook(method: string, token: string, messageId: string | undefined, body: Json): Reply;
}

export function createInteractionDesk(ids: FakeIds): InteractionDesk {
  const interactions = new Map<string, InteractionState>();
  const byToken = new Map<string, string>();
  const responses = new Map<string, InteractionResponse[]>();

  const respond = (interactionId: string, response: Omit<InteractionResponse, 'interactionId'>): void => {
    const list = responses.get(interactionId) ?? [];
    list.push({ interactionId, ...response });
    responses.set(interactionId, list);
  };

  return {
    responses,
    open(interactionId, token) {
      interactions.set(interactionId, { token, original: null });
      byToken.set(token, interactionId);
    },
    callback(interactionId, token, body, withResponse, failed) {
      const state = interactions.get(interactionId);
      if (!state || state.token !== token) return notFound('Unknown interaction', 10062);
      if (responses.get(interactionId)?.length) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      const failure = failed();
      if (failure) return failure;
      const type = Number(body.type);
      const data = (body.data ?? {}) as Json;
      if (type === 4 || type === 5) state.original = { ...messageObject(ids, ids.channels.other, data), webhook_id: ids.applicationId, application_id: ids.applicationId };
      respond(interactionId, { kind: 'callback', type, body: data });
      if (!withResponse) return { status: 204 };
      const flags = Number(data.flags ?? 0);
      return ok({
        interaction: { id: interactionId, type: 2, response_message_id: state.original?.id ?? null, response_message_loading: type === 5, response_message_ephemeral: (flags & 64) !== 0 },
        resource: { type, ...(state.original ? { message: state.original } : {}) },
      });
    },
    webhook(method, token, messageId, body) {
      const interactionId = byToken.get(token);
      const state = interactionId ? interactions.get(interactionId) : undefined;
      if (!interactionId || !state) return notFound('Unknown Webhook', 10015);
      if (method === 'POST') {
        respond(interactionId, { kind: 'followup', body });
        return ok({ ...messageObject(ids, ids.channels.other, body), webhook_id: ids.applicationId });
      }
      if (method === 'GET') return state.original ? ok(state.original) : notFound('Unknown Message', 10008);
      if (method === 'DELETE') {
        respond(interactionId, { kind: 'delete', body: { messageId } });
        return { status: 204 };
      }
      respond(interactionId, { kind: 'edit', body });
      const edited = { ...messageObject(ids, ids.channels.other, body, messageId === '@original' ? String(state.original?.id ?? snowflake()) : messageId), webhook_id: ids.applicationId };
      if (messageId === '@original') state.original = edited;
      return ok(edited);
    },
  };
}
