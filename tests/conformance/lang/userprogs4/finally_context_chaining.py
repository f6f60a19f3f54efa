# A cleanup that fails while an error propagates: the new error keeps the first as
# __context__ (finally bodies, __exit__ / __aexit__ that cannot be called), and the
# uncaught report shows both.
def a():
    try:
        1 / 0
    finally:
        x = [][0]
try:
    a()
except IndexError as e:
    print(repr(e.__context__))
def b():
    try:
        return 1 / 0
    finally:
        x = [][0]
try:
    b()
except IndexError as e:
    print(repr(e.__context__))
def c():
    try:
        return 1 / 0
    finally:
        print("fin")
try:
    c()
except ZeroDivisionError as e:
    print(repr(e))
def d():
    for i in range(2):
        try:
            return [][1]
        finally:
            continue
    return "d done"
print(d())
def e2():
    try:
        return int("x")
    except ValueError:
        return {}["k"]
    finally:
        pass
try:
    e2()
except KeyError as e:
    print(repr(e.__context__))
class R:
    def __enter__(self): return self
    def __exit__(self, *a):
        return 1 / 0
try:
    with R():
        [][0]
except ZeroDivisionError as e:
    print(repr(e.__context__))
class R2:
    def __enter__(self): return self
    def __exit__(self, a, b):
        pass
try:
    with R2():
        [][0]
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        yield 1
    finally:
        {}["x"]
gen = g(); next(gen)
try:
    gen.throw(ValueError("v"))
except KeyError as e:
    print(repr(e.__context__))
import asyncio
class AR:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        return 1 / 0
async def main():
    try:
        async with AR():
            [][0]
    except ZeroDivisionError as e:
        print(repr(e.__context__))
    try:
        try:
            await asyncio.sleep(0)
            raise ValueError("a")
        finally:
            int("zz")
    except ValueError as e:
        print(repr(e), repr(e.__context__))
asyncio.run(main())
try:
    try:
        raise ValueError("x")
    except ValueError:
        try:
            pass
        finally:
            [][0]
except IndexError as e:
    print(repr(e.__context__))
for i in range(1):
    try:
        try:
            raise ValueError("y")
        finally:
            [][0]
    except IndexError as e:
        print(repr(e.__context__))
class AR2:
    async def __aenter__(self): return self
    def __aexit__(self, *a):
        return 5
async def main2():
    try:
        async with AR2():
            [][0]
    except TypeError as e:
        print(repr(e), repr(e.__context__))
asyncio.run(main2())


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        if self.name == "flaky":
            raise ConnectionError(f"{self.name}: close failed")
        self.open = False


def transfer(conn, amount):
    try:
        if amount > 100:
            return amount / 0
        return amount
    finally:
        conn.close()


print(transfer(Connection("ok"), 5))
transfer(Connection("flaky"), 500)
