/**
 * The background's message router: one handler per message type, registered by each feature, so a
 * new feature adds its messages without touching the others. Every message is checked for sender
 * and shape before its handler runs, and every answer is a `Result`: nothing throws back.
 */
import { parseBackgroundRequest, requestChecks, type BackgroundRequests } from '../messages';
import { err, errorMessage, ok, type Result } from '../core/result';
import type { Sender } from '../platform/types';

/** Which of our contexts may send a message type. */
export type Audience = 'content' | 'extension-page' | 'any';

/** The verified sender handed to a handler. */
export interface Caller {
  /** Tab the message came from (content scripts); null for extension pages. */
  tabId: number | null;
  /** URL of the sending document. */
  url: string | null;
  frameId: number | null;
}

type Handler<Req, Reply> = (request: Req, caller: Caller) => Promise<Reply> | Reply;

interface Route {
  audience: Audience;
  handle: Handler<never, unknown>;
}

/** Routes messages from this extension's own contexts to registered handlers. */
export interface Router {
  /** Registers the handler for one of the `BackgroundRequests` types. */
  on<K extends keyof BackgroundRequests>(
    type: K,
    audience: Audience,
    handler: Handler<BackgroundRequests[K]['request'], BackgroundRequests[K]['reply']>,
  ): void;
  /**
   * Registers a handler for a type declared elsewhere, with its own shape check (a string result
   * is the reason for rejecting).
   */
  onCustom<Req>(type: string, audience: Audience, check: (m: Record<string, unknown>) => string | null, handler: Handler<Req, unknown>): void;
  /** Checks and answers one message. */
  dispatch(message: unknown, sender: Sender): Promise<Result<unknown>>;
  /** True when a handler is registered for `type`. */
  has(type: string): boolean;
}

/** A router that accepts only messages whose sender is this extension (`sender.id === runtimeId`). */
export function createRouter(runtimeId: string, extensionOrigin: string): Router {
  const routes = new Map<string, Route>();

  // An extension page (popup, options; also when opened in a tab) has our origin; a content
  // script runs in a web page's tab, so its frame URL is not ours.
  const fromExtensionPage = (sender: Sender): boolean =>
    typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);
  const fromContent = (sender: Sender): boolean =>
    typeof sender.tab?.id === 'number' && sender.tab.id >= 0 && !fromExtensionPage(sender);

  return {
    on(type, audience, handler) {
      routes.set(type, { audience, handle: handler as Handler<never, unknown> });
    },
    onCustom(type, audience, check, handler) {
      requestChecks[type] = check;
      routes.set(type, { audience, handle: handler as Handler<never, unknown> });
    },
    has: (type) => routes.has(type),
    async dispatch(message, sender) {
      if (!sender || sender.id !== runtimeId) return err('message from outside this extension');
      const parsed = parseBackgroundRequest(message);
      if (!parsed.ok) return parsed;
      const route = routes.get(parsed.value.type);
      if (!route) return err(`no handler for ${parsed.value.type}`);
      const audienceOk =
        route.audience === 'any'
          ? fromContent(sender) || fromExtensionPage(sender)
          : route.audience === 'content'
            ? fromContent(sender)
            : fromExtensionPage(sender);
      if (!audienceOk) return err(`${parsed.value.type} not accepted from this sender`);
      const caller: Caller = {
        tabId: fromContent(sender) ? (sender.tab!.id as number) : null,
        url: sender.url ?? sender.tab?.url ?? null,
        frameId: typeof sender.frameId === 'number' ? sender.frameId : null,
      };
      try {
        return ok(await route.handle(parsed.value as never, caller));
      } catch (e) {
        return err(errorMessage(e));
      }
    },
  };
}
