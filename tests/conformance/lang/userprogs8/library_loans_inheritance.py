from operator import attrgetter
from collections import defaultdict
from datetime import date, timedelta
class Item:
    _ids = iter(range(1, 10 ** 6))
    def __init__(self, title, year):
        self.id = next(Item._ids)
        self.title = title
        self.year = year
        self.borrowed_by = None
    def __eq__(self, other):
        return type(self) is type(other) and self.title == other.title and self.year == other.year
    def __hash__(self):
        return hash((type(self).__name__, self.title, self.year))
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.title!r}, {self.year})"
    def loan_days(self):
        raise NotImplementedError(f"{type(self).__name__} must define loan_days")
class Book(Item):
    def __init__(self, title, year, author, pages):
        super().__init__(title, year)
        self.author, self.pages = author, pages
    def loan_days(self):
        return 21 if self.pages > 300 else 14
class DVD(Item):
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes
    def loan_days(self):
        return 7
class Magazine(Item):
    pass
class Library:
    def __init__(self):
        self.items = []
        self.loans = defaultdict(list)
    def add(self, *items):
        for it in items:
            if it in self.items:
                print(f"duplicate ignored: {it!r}")
                continue
            self.items.append(it)
    def checkout(self, item_id, member, today):
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            raise LookupError(f"no item with id {item_id}")
        if item.borrowed_by:
            raise RuntimeError(f"{item.title!r} already borrowed by {item.borrowed_by}")
        item.borrowed_by = member
        due = today + timedelta(days=item.loan_days())
        self.loans[member].append((item, due))
        return due
    def report(self):
        print(f"{'ID':>3} {'Type':<9}{'Title':<28}{'Year':>5}  Status")
        for it in sorted(self.items, key=attrgetter("year", "title")):
            status = f"out ({it.borrowed_by})" if it.borrowed_by else "in"
            print(f"{it.id:>3} {type(it).__name__:<9}{it.title[:26]:<28}{it.year:>5}  {status}")
lib = Library()
lib.add(Book("Dune", 1965, "Herbert", 412), Book("Neuromancer", 1984, "Gibson", 271), DVD("Alien", 1979, 117),
        Book("Dune", 1965, "Herbert", 412), Magazine("Byte", 1984), DVD("Blade Runner", 1982, 117))
today = date(2024, 3, 1)
for item_id, who in [(1, "ann"), (3, "bob"), (1, "cy"), (99, "dee"), (6, "ann")]:
    try:
        print(f"{who} borrows #{item_id}: due {lib.checkout(item_id, who, today):%a %d %b}")
    except (LookupError, RuntimeError) as e:
        print(f"{who} borrows #{item_id}: {type(e).__name__}: {e}")
lib.report()
for member, loans in sorted(lib.loans.items()):
    print(member, [(i.title, str(d)) for i, d in loans], sum(1 for _, d in loans if d < date(2024, 3, 10)))
print(len(set(lib.items)), Book("Dune", 1965, "x", 1) == lib.items[0], DVD("Dune", 1965, 1) == lib.items[0])
by_decade = defaultdict(list)
for it in lib.items:
    by_decade[it.year // 10 * 10].append(it.title)
print(dict(sorted(by_decade.items())))
print(max(lib.items, key=attrgetter("year")), min(lib.items, key=lambda i: (len(i.title), i.title)))
lib.checkout(5, "eve", today)
