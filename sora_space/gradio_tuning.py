"""Two per-request costs of Gradio 6.31 (pinned in requirements.txt) that a burst of API clients
multiplies, each larger than the check a /moderate call makes (about 5 ms), and one failure:

- Every new session, and every API call is one, starts by building the config of every
  component on the page (`SessionState.config_values`): about 50 ms of CPU here. Gradio fills
  in a missing entry when an event touches its component (`_update_value_in_config`); only deep
  links read the whole copy, and this page has none, so sessions start with none.
- After every event the queue recomputes its analytics summary with pandas over up to 10,000
  past events (`GRADIO_ANALYTICS_CACHE_FREQUENCY=1`, `GRADIO_ANALYTICS_MAX_EVENTS=10000`):
  tens of ms per event once the history is long, and a history that grows with it. Here it is
  recomputed every 100 events over the last 1,000, unless the Space sets those variables.
- The queue keeps the message queues of the last 2,000 sessions and evicts the oldest whatever
  it still waits for. Every API call is a session, so 2,000 quick calls during one long
  generation cancelled it (its progress and result had nowhere to go: the client got a
  CancelledError). `keep_sessions_in_flight` evicts the oldest idle session instead.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from typing import Any

from gradio import state_holder
from gradio.utils import LRUCache


def _init(self: Any, blocks: Any) -> None:
    # SessionState.__init__ of Gradio 6.31 with an empty config_values.
    self.blocks_config = state_holder.copy(blocks.default_config)
    self.config_values = {}
    self.state_data = {}
    self._state_ttl = {}
    self.is_closed = False
    self.STATE_TTL_WHEN_CLOSED = 1 if os.getenv("GRADIO_IS_E2E_TEST", None) else 3600


def install() -> None:
    """Call before `demo.queue()`, which reads the analytics settings."""
    state_holder.SessionState.__init__ = _init
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "100")
    os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1000")


class SessionMessages(LRUCache):
    """Per-session message queues, at most `max_size` of them once no session past the limit
    has an event in flight (`pending`: session -> its events' ids, the queue's own map)."""

    def __init__(self, pending: dict[str, set[str]], max_size: int) -> None:
        super().__init__(max_size)
        self.pending = pending

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self:
            self.move_to_end(key)
        elif len(self) >= self.max_size:
            idle = next((k for k in self if not self.pending.get(k)), None)
            if idle is not None:
                del self[idle]
        OrderedDict.__setitem__(self, key, value)


def keep_sessions_in_flight(queue: Any) -> None:
    """Call after `demo.queue()`: its queue then never drops a session that waits for a result."""
    old = queue.pending_messages_per_session
    queue.pending_messages_per_session = SessionMessages(queue.pending_event_ids_session, old.max_size)
    queue.pending_messages_per_session.update(old)
