class Counter:
    instances = 0
    tags = []

    def __init__(self):
        Counter.instances += 1
        self.tags.append(Counter.instances)


a, b = Counter(), Counter()
print(Counter.instances, a.instances, a.tags is b.tags, Counter.tags)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
print('instances' in vars(a), 'instances' in vars(b))
print(type(a) is Counter, type(Counter) is type, type(type))
