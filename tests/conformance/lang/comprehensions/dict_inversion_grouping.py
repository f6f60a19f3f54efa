people = [('ann', 'dev'), ('bob', 'ops'), ('cy', 'dev'), ('di', 'qa')]
by_role = {}
for name, role in people:
    by_role.setdefault(role, []).append(name)
print(by_role)
inverse = {name: role for role, names in by_role.items() for name in names}
print(inverse)
counts = {role: len(names) for role, names in sorted(by_role.items())}
print(counts, max(counts, key=counts.get))
