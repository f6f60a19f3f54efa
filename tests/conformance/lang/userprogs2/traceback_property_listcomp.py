def parse(rows):
    return [int(r) for r in rows]
def total(rows):
    return sum(parse(rows))
class Report:
    def __init__(self, rows):
        self.rows = rows
    @property
    def value(self):
        return total(self.rows)
print(Report(["1", "2"]).value)
print(Report(["1", "x2"]).value)
