# Observers holding bound methods create cycles that only the collector frees.
import gc
import weakref

gc.collect()


class Subject:
    def __init__(self):
        self.handlers = []

    def subscribe(self, fn):
        self.handlers.append(fn)

    def emit(self, msg):
        for h in self.handlers:
            h(msg)


class View:
    def __init__(self, subject, name):
        self.name = name
        self.subject = subject
        subject.subscribe(self.on_event)

    def on_event(self, msg):
        print(self.name, 'got', msg)


s = Subject()
views = [View(s, 'v%d' % i) for i in range(3)]
probe = weakref.ref(views[0])
s.emit('hello')
del s, views
print('alive after del:', probe() is not None)
print('collected:', gc.collect())
print('alive after collect:', probe() is not None)
