"""A QueryService stream as a Python iterator that can be resumed exactly.

The server hands out a resume token per batch, not per record. A caller may
stop in the middle of a batch, so a position is the token before that batch
plus how many of its records were already delivered; resuming skips those.
"""
import collections
import time
from dataclasses import dataclass
from typing import Callable, Generic, Iterator, Optional, TypeVar

import grpc

T = TypeVar("T")

# Codes after which the same request, resumed, can succeed: the server went
# away (restart, drain) or asked the client to retry.
RETRYABLE = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.ABORTED})


@dataclass(frozen=True)
class ResumePoint:
    """Where a stream stopped: continue with `resume_from=` of the same query."""
    token: str = ""
    skip: int = 0


class RecordStream(Generic[T], Iterator[T]):
    """Yields records of one query; `resume_point` says where it stands.

    A stream broken by UNAVAILABLE or ABORTED is reopened from its resume
    point up to `retries` times, so the caller sees no gap and no repeat.
    """

    def __init__(self, channel: grpc.Channel, call: Callable, request,
                 records_field: str, convert: Callable[[object], T],
                 resume_from: Optional[ResumePoint] = None, retries: int = 5):
        self._channel = channel
        self._call = call
        self._request = request
        self._field = records_field
        self._convert = convert
        self._retries = retries
        start = resume_from or ResumePoint()
        self._batch_token = start.token  # position after the current batch
        self._base_token = start.token   # position before the current batch
        self._to_skip = start.skip
        self._delivered = 0
        self._pending = collections.deque()
        self._responses = self._open()
        self.retried = 0  # how many times a broken stream was reopened

    @property
    def resume_point(self) -> ResumePoint:
        if self._pending:
            return ResumePoint(self._base_token, self._delivered)
        return ResumePoint(self._batch_token, self._to_skip)

    def cancel(self) -> None:
        """Ends the RPC; `resume_point` stays valid."""
        self._responses.cancel()

    def __iter__(self) -> "RecordStream[T]":
        return self

    def __next__(self) -> T:
        while not self._pending:
            self._next_batch()
        self._delivered += 1
        return self._convert(self._pending.popleft())

    def _open(self):
        request = type(self._request)()
        request.CopyFrom(self._request)
        request.resume_token = self._batch_token
        return self._call(request)

    def _next_batch(self) -> None:
        response = self._next_response()
        records = list(getattr(response, self._field))
        self._base_token = self._batch_token
        self._batch_token = response.resume_token
        skip = min(self._to_skip, len(records))
        self._to_skip -= skip
        self._delivered = skip
        self._pending.extend(records[skip:])

    def _next_response(self):
        while True:
            try:
                return next(self._responses)  # StopIteration ends the stream
            except grpc.RpcError as error:
                if error.code() not in RETRYABLE or self.retried >= self._retries:
                    raise
                self._reopen()

    def _reopen(self) -> None:
        time.sleep(0.1 * 2 ** self.retried)
        self.retried += 1
        try:
            grpc.channel_ready_future(self._channel).result(timeout=10)
        except grpc.FutureTimeoutError:
            pass  # the call below fails with UNAVAILABLE and counts as a retry
        self._responses = self._open()
