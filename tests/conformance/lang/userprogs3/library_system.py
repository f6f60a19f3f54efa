from __future__ import annotations
import bisect
import heapq
from dataclasses import dataclass, field, InitVar, KW_ONLY
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto
from functools import total_ordering, cached_property, singledispatch, wraps, partial
from datetime import date, timedelta

class Genre(StrEnum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = "hist"

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Access(Flag):
    NONE = 0
    BORROW = auto()
    RESERVE = auto()
    RENEW = auto()
    MEMBER = BORROW | RESERVE
    STAFF = MEMBER | RENEW

class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

class Registry:
    subclasses = {}
    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.subclasses[kind or cls.__name__.lower()] = cls

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.public} must be >= 0, got {value}")
        setattr(obj, self.name, value)

@total_ordering
class Book(Registry, kind="book"):
    copies = Positive()

    def __init__(self, isbn, title, author, genre=Genre.FICTION, copies=1):
        self.isbn, self.title, self.author, self.genre = isbn, title, author, genre
        self.copies = copies

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn
    def __lt__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return (self.author, self.title) < (other.author, other.title)
    def __hash__(self):
        return hash(self.isbn)
    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"
    def __format__(self, spec):
        if spec == "short":
            return self.title[:10]
        return format(str(self), spec)
    def __str__(self):
        return f"{self.title} by {self.author}"

    @cached_property
    def slug(self):
        print("  (computing slug)")
        return "-".join(self.title.lower().split())

class EBook(Book, kind="ebook"):
    def __init__(self, *args, size_mb=1.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.size_mb = size_mb

class Magazine(Registry):
    pass

@dataclass(order=True)
class Loan:
    due: date
    book: Book = field(compare=False)
    _: KW_ONLY
    member: str = field(compare=False)
    renewals: int = field(default=0, compare=False)
    start: InitVar[date | None] = None
    days: int = field(init=False, compare=False, repr=False)

    def __post_init__(self, start):
        self.days = (self.due - (start or self.due - timedelta(days=14))).days

class Catalog(dict):
    def __missing__(self, key):
        raise LookupError(f"no book with ISBN {key}")

def log_calls(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args[1:]} -> {result!r}")
        return result
    return wrapper

class Library:
    def __init__(self):
        self.catalog = Catalog()
        self.sorted_titles = []
        self.loans: list[Loan] = []

    def add(self, book):
        self.catalog[book.isbn] = book
        bisect.insort(self.sorted_titles, book.title)
        return self

    @log_calls
    def lend(self, isbn, member, today):
        book = self.catalog[isbn]
        if book.copies == 0:
            return None
        book.copies -= 1
        loan = Loan(today + timedelta(days=14), book, member=member, start=today)
        heapq.heappush(self.loans, loan)
        return loan.due.isoformat()

    def overdue(self, today):
        return [l for l in sorted(self.loans) if l.due < today]

@singledispatch
def describe(x):
    return f"thing {x!r}"
@describe.register
def _(x: Book):
    return f"book {x:short}"
@describe.register(int)
@describe.register(float)
def _(x):
    return f"number {x}"

lib = Library()
lib.add(Book("111", "Dune", "Herbert", copies=2)).add(EBook("222", "Cosmos", "Sagan", Genre.SCIENCE, size_mb=3.5))
lib.add(Book("333", "SPQR", "Beard", Genre.HISTORY, copies=0)).add(Book("444", "Emma", "Austen"))
print(Registry.subclasses)
print(lib.sorted_titles, bisect.bisect_left(lib.sorted_titles, "E"), sorted(lib.catalog.values()))
today = date(2024, 5, 1)
lib.lend("111", "ann", today)
lib.lend("333", "bob", today)
lib.lend("222", "cy", today + timedelta(days=3))
lib.lend("111", "dee", today - timedelta(days=20))
try:
    lib.lend("999", "eve", today)
except LookupError as e:
    print("LookupError:", e)
print(lib.overdue(date(2024, 5, 16)))
print(lib.loans[0], lib.loans[0].days)
b = lib.catalog["111"]
print(b.slug, b.slug, b.copies, Book.copies.public, f"[{b:>20}] [{b:short}]")
try:
    b.copies = -1
except ValueError as e:
    print(e)
print(b > lib.catalog["444"], b <= b, b != lib.catalog["222"], Book("111", "x", "y") in {b})
print(describe(b), describe(3), describe(2.5), describe("s"), describe.dispatch(bool).__name__)
print(Genre.FICTION, Genre.HISTORY.upper(), Genre("science"), list(Genre), Genre.FICTION == "fiction", f"{Genre.SCIENCE!r}")
p = Perm.R | Perm.W
print(p, repr(p), int(p), Perm(7), Perm.R in p, p & Perm.X, ~Perm.R, Perm(0))
print(Access.STAFF, list(Access.MEMBER), Access.BORROW in Access.MEMBER, repr(Access.RENEW | Access.BORROW), Access(3))
print(Priority("high"), Priority(1), Priority.HIGH.name, Priority.__members__.keys())
try:
    Priority(7)
except ValueError as e:
    print(e)
Color = Enum("Color", "RED GREEN BLUE")
print(Color.GREEN, Color.GREEN.value, list(Color), Color["BLUE"], Color(1))
print(heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, lib.catalog.values(), key=lambda b: b.title))
adder = partial(lambda a, b, c=0: a + b + c, 1, c=10)
print(adder(2), adder.func.__name__, adder.args, adder.keywords)
print(lib.lend.__name__, lib.lend.__wrapped__.__qualname__, type(EBook.slug).__name__)
