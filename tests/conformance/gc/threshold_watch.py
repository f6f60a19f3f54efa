# Watching the generation-0 counter climb to the threshold and the collector reset it.
import gc

gc.callbacks.append(lambda phase, info: phase == 'stop' and print('  collected gen', info['generation'], 'found', info['collected']))
print('threshold', gc.get_threshold())
nodes = []
for i in range(1500):
    d = {'id': i}
    d['self'] = d
    if i % 250 == 0:
        print(i, gc.get_count())
print('final', gc.get_count(), gc.collect(), gc.get_count())
