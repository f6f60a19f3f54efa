class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3), Version(2) > Version(1, 9))
print(len({Version(1), Version(1), Version(2)}))
print(max(vs), min(vs))


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
