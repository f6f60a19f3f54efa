from datetime import date, timedelta
from abc import ABC, abstractmethod
class LibraryError(Exception): pass
class NotAvailable(LibraryError):
    def __init__(self, item, due):
        super().__init__(f"{item.title!r} is checked out until {due:%Y-%m-%d}")
        self.item, self.due = item, due
class LimitReached(LibraryError): pass
class Item(ABC):
    _next_id = 1
    loan_days = 14
    def __init__(self, title, year):
        self.id = Item._next_id; Item._next_id += 1
        self.title, self.year = title, year
        self.borrower = None
        self.due = None
    @abstractmethod
    def kind(self): ...
    def __str__(self):
        status = f"due {self.due.isoformat()}" if self.borrower else "available"
        return f"[{self.id:03d}] {self.kind():<6} {self.title} ({self.year}) - {status}"
    def __repr__(self): return f"{type(self).__name__}({self.title!r}, {self.year})"
    def __lt__(self, other): return (self.year, self.title) < (other.year, other.title)
class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year); self.author = author
    def kind(self): return "book"
class DVD(Item):
    loan_days = 3
    def kind(self): return "dvd"
class Member:
    limit = 2
    def __init__(self, name): self.name, self.items = name, []
    def __repr__(self): return f"Member({self.name!r})"
class Library:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, *items):
        for it in items: self.items[it.id] = it
        return self
    def checkout(self, item_id, member, today):
        item = self.items[item_id]
        if item.borrower is not None:
            raise NotAvailable(item, item.due)
        if len(member.items) >= member.limit:
            raise LimitReached(f"{member.name} already has {len(member.items)} items")
        item.borrower, item.due = member, today + timedelta(days=item.loan_days)
        member.items.append(item)
        self.log.append(("out", item.id, member.name, today))
        return item.due
    def checkin(self, item_id, today):
        item = self.items[item_id]
        member = item.borrower
        late = max(0, (today - item.due).days)
        member.items.remove(item)
        item.borrower = item.due = None
        self.log.append(("in", item.id, member.name, today))
        return late * (0.25 if isinstance(item, Book) else 1.0)
    def search(self, text):
        text = text.lower()
        return sorted(it for it in self.items.values() if text in it.title.lower() or text in getattr(it, "author", "").lower())
lib = Library().add(Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Alien", 1979), Book("Persuasion", 1817, "Austen"))
ann, bob = Member("Ann"), Member("Bob")
d0 = date(2024, 2, 20)
print(lib.checkout(1, ann, d0), lib.checkout(3, ann, d0))
for attempt in [(2, ann), (1, bob), (99, bob)]:
    try:
        lib.checkout(attempt[0], attempt[1], d0)
    except NotAvailable as e:
        print("NotAvailable:", e, e.item.id)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
    except KeyError as e:
        print("KeyError:", e)
for it in lib.items.values(): print(it)
print(lib.checkin(3, d0 + timedelta(days=10)), lib.checkin(1, date(2024, 3, 10)), lib.search("austen"), lib.search("E"))
print([f"{k}:{i}:{n}:{d:%d/%m}" for k, i, n, d in lib.log], ann.items, d0.strftime("%A %d %B %Y"), (date(2024, 3, 1) - d0).days, d0.weekday(), d0 + timedelta(weeks=2))
try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(lib.items.values(), key=lambda i: i.title)[0], max(lib.items.values()), min(lib.items.values()).title)
