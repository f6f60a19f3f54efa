// contextlib for pymm: contextmanager, ContextDecorator, closing, suppress, nullcontext,
// ExitStack, redirect_stdout/redirect_stderr and AbstractContextManager, with the behaviour
// of CPython 3.11's module (same names, messages and exception chaining), chdir, and the
// async asynccontextmanager, aclosing, AbstractAsyncContextManager, AsyncContextDecorator
// and AsyncExitStack.
// https://docs.python.org/3.11/library/contextlib.html

/** Python source of the `contextlib` module, run in the module's namespace. */
export const CONTEXTLIB_PY = String.raw`
"""Helpers for the with statement: context managers made from generators, a stack of
exit callbacks, and small ready-made context managers."""
import abc
import sys
from _collections_abc import _check_methods
import functools

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _generic_alias(cls, params):
    # AbstractContextManager[T] (types is loaded only when needed).
    import types
    return types.GenericAlias(cls, params)


class AbstractContextManager(abc.ABC):
    """Base of context managers: __enter__ gives the object itself, __exit__ is abstract.
    Classes with both methods are virtual subclasses."""

    __class_getitem__ = classmethod(_generic_alias)

    def __enter__(self):
        """Enter the context: the object itself is the target of 'as'."""
        return self

    @abc.abstractmethod
    def __exit__(self, typ, exc, tb):
        """Leave the context; a false result lets an exception propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        # Any class with both methods (neither set to None) counts, registered or not.
        if cls is not AbstractContextManager:
            return NotImplemented
        return _check_methods(other, "__enter__", "__exit__")


class ContextDecorator:
    """Mixin for context managers: an instance used as a decorator wraps each call of
    the function in a with statement."""

    def _recreate_cm(self):
        # The object to enter on each call of a decorated function: itself by default.
        return self

    def __call__(self, fn):
        @functools.wraps(fn)
        def inner(*pos, **named):
            manager = self._recreate_cm()
            with manager:
                return fn(*pos, **named)
        return inner


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """Context manager driving a generator: made by functions decorated with contextmanager."""

    def __init__(self, fn, pos, named):
        self.gen = fn(*pos, **named)
        # Kept until the first __enter__, so that a decorated call can make a fresh one.
        self.func, self.args, self.kwds = fn, pos, named
        own = getattr(fn, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own is None else own

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # A second entry fails here: the generator can only run once.
        del self.args, self.kwds, self.func
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, exc, tb):
        if typ is None:
            for _ in self.gen:
                # A second yield: the generator is closed (its finally blocks run) as the
                # error leaves.
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    self.gen.close()
            return False
        if exc is None:
            # A caller may pass a bare class: make the instance to throw.
            exc = typ()
        try:
            self.gen.throw(typ, exc, tb)
        except BaseException as err:
            if err is exc:
                # Not handled by the generator: the with statement re-raises it, with
                # the traceback it had in the body.
                if not isinstance(err, StopIteration):
                    err.__traceback__ = tb
                return False
            if isinstance(err, StopIteration):
                # The generator returned: the exception was swallowed.
                return True
            if (isinstance(err, RuntimeError) and isinstance(exc, StopIteration)
                    and err.__cause__ is exc):
                # PEP 479 wrapped the StopIteration thrown in: let the original go on.
                exc.__traceback__ = tb
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a factory
    of context managers; the code before the yield is __enter__, the rest __exit__."""
    @functools.wraps(func)
    def make(*pos, **named):
        return _GeneratorContextManager(func, pos, named)
    return make


class closing(AbstractContextManager):
    """Calls thing.close() when the with block ends, however it ends; 'as' gets thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *details):
        self.thing.close()


class suppress(AbstractContextManager):
    """Swallows exceptions of the given classes (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, typ, exc, tb):
        return typ is not None and issubclass(typ, self._kinds)


class nullcontext(AbstractContextManager):
    """A context manager doing nothing; 'as' gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *details):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _StreamSwap(AbstractContextManager):
    # Replaces the sys attribute named by _stream while entered; reentrant, as every
    # entry pushes the value it replaced.
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, *details):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Points sys.stdout at new_target for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Points sys.stderr at new_target for the duration of the block."""

    _stream = "stderr"


def _relink_context(exc, previous, handled):
    # exc was raised by an exit callback while 'previous' was in flight. Python set its
    # context chain from the exception being handled around the with statement
    # ('handled'); splice 'previous' in where that chain reaches 'handled'.
    node = exc
    ctx = node.__context__
    while ctx is not None and ctx is not previous:
        if ctx is handled:
            node.__context__ = previous
            return
        node, ctx = ctx, ctx.__context__


class ExitStack(AbstractContextManager):
    """A context manager holding other context managers and callbacks, added at run
    time and unwound last first when it exits (or on close())."""

    def __init__(self):
        # Callables taking (exc_type, exc, tb), run last first; a true result suppresses.
        self._exits = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type, and return it."""
        heir = type(self)()
        heir._exits, self._exits = self._exits, []
        return heir

    def push(self, exit):
        """Register exit: an object whose type has __exit__, or a callable taking
        (exc_type, exc, tb). Returns exit, so it can decorate a function."""
        try:
            method = type(exit).__exit__
        except AttributeError:
            self._exits.append(exit)
        else:
            self._exits.append(lambda typ, exc, tb: method(exit, typ, exc, tb))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter, exit = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exits.append(lambda typ, exc, tb: exit(cm, typ, exc, tb))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns callback."""
        def run(typ, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exits.append(run)
        return callback

    def __enter__(self):
        return self

    def __exit__(self, typ, exc, tb):
        had_exc = typ is not None
        handled = sys.exc_info()[1]
        suppressed = False
        failing = False
        while self._exits:
            run = self._exits.pop()
            try:
                if run(typ, exc, tb):
                    suppressed, failing = True, False
                    typ = exc = tb = None
            except BaseException as err:
                _relink_context(err, exc, handled)
                failing = True
                typ, exc, tb = type(err), err, err.__traceback__
        if failing:
            # Raising sets __context__ to the exception being handled: keep the chain
            # built above instead.
            chain = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = chain
                raise
        return had_exc and suppressed

    def close(self):
        """Run and drop every registered callback now."""
        self.__exit__(None, None, None)


class AbstractAsyncContextManager(abc.ABC):
    """An async context manager: __aenter__ returns self by default; __aexit__ is abstract."""

    __class_getitem__ = classmethod(_generic_alias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            have = [any(name in B.__dict__ for B in C.__mro__) for name in ("__aenter__", "__aexit__")]
            return True if all(have) else NotImplemented
        return NotImplemented


class AsyncContextDecorator:
    """Lets an async context manager decorate a coroutine function: each call runs the
    function inside 'async with' of the manager (or the fresh copy _recreate_cm gives)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @functools.wraps(func)
        async def wrapped(*pos, **named):
            async with self._recreate_cm():
                return await func(*pos, **named)
        return wrapped


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """Async context manager driving an async generator: made by asynccontextmanager."""

    def __init__(self, fn, pos, named):
        self.gen = fn(*pos, **named)
        self.func, self.args, self.kwds = fn, pos, named
        own = getattr(fn, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own is None else own

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, exc, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if exc is None:
            exc = typ()
        try:
            await self.gen.athrow(typ, exc, tb)
        except BaseException as err:
            if err is exc:
                err.__traceback__ = tb
                return False
            if isinstance(err, StopAsyncIteration):
                return True
            if (isinstance(err, RuntimeError) and isinstance(exc, (StopIteration, StopAsyncIteration))
                    and err.__cause__ is exc):
                exc.__traceback__ = tb
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator function that yields once becomes a factory
    of async context managers (the code before the yield is __aenter__, the rest __aexit__)."""
    @functools.wraps(func)
    def make(*pos, **named):
        return _AsyncGeneratorContextManager(func, pos, named)
    return make


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async with block ends; 'as' gets thing."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class AsyncExitStack(AbstractAsyncContextManager):
    """ExitStack's async sibling: it also takes async context managers and coroutine
    callbacks, awaited as the stack unwinds in __aexit__ (or aclose())."""

    def __init__(self):
        # (awaited, callable taking (exc_type, exc, tb)) pairs, run last first.
        self._exits = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type, and return it."""
        heir = type(self)()
        heir._exits, self._exits = self._exits, []
        return heir

    def _register(self, awaited, exit, hook):
        try:
            method = getattr(type(exit), hook)
        except AttributeError:
            self._exits.append((awaited, exit))
        else:
            self._exits.append((awaited, lambda typ, exc, tb: method(exit, typ, exc, tb)))
        return exit

    def push(self, exit):
        """Register a synchronous exit: an object with __exit__ or a plain callable."""
        return self._register(False, exit, "__exit__")

    def push_async_exit(self, exit):
        """Register an async exit: an object with __aexit__ or a coroutine function."""
        return self._register(True, exit, "__aexit__")

    def enter_context(self, cm):
        """Enter the synchronous context manager cm and push its __exit__."""
        kind = type(cm)
        try:
            enter, exit = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exits.append((False, lambda typ, exc, tb: exit(cm, typ, exc, tb)))
        return result

    async def enter_async_context(self, cm):
        """Await cm.__aenter__() and push its __aexit__; returns what __aenter__ gave."""
        kind = type(cm)
        try:
            enter, exit = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exits.append((True, lambda typ, exc, tb: exit(cm, typ, exc, tb)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns callback."""
        def run(typ, exc, tb):
            callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exits.append((False, run))
        return callback

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function callback(*args, **kwds), awaited on exit."""
        async def run(typ, exc, tb):
            await callback(*args, **kwds)
        run.__wrapped__ = callback
        self._exits.append((True, run))
        return callback

    async def aclose(self):
        """Run and drop every registered callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        had_exc = typ is not None
        handled = sys.exc_info()[1]
        suppressed = failing = False
        while self._exits:
            awaited, run = self._exits.pop()
            try:
                verdict = run(typ, exc, tb)
                if awaited:
                    verdict = await verdict
                if verdict:
                    suppressed, failing = True, False
                    typ = exc = tb = None
            except BaseException as err:
                _relink_context(err, exc, handled)
                failing = True
                typ, exc, tb = type(err), err, err.__traceback__
        if failing:
            chain = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = chain
                raise
        return had_exc and suppressed

`;
