# logging.basicConfig(filename=...) and FileHandler (delay, mode='w') write real files; codecs
# with a byte order mark (utf-16, utf-8-sig) write it once, at the start of the file.
import logging, os, tempfile
d = tempfile.mkdtemp()
name = os.path.join(d, 'app.log')
logging.basicConfig(filename=name, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('started')
logging.getLogger('x').warning('careful %d', 3)
print(open(name).read(), end='')
h = logging.FileHandler(os.path.join(d, 'other.log'), mode='w', delay=True)
print(repr(h).replace(d, 'D'), os.path.exists(os.path.join(d, 'other.log')))
lg = logging.getLogger('other'); lg.addHandler(h); lg.propagate = False
lg.error('boom')
h.close()
print(open(os.path.join(d, 'other.log')).read(), end='')
with open(os.path.join(d, 'b.txt'), 'w', encoding='utf-16') as f:
    f.write('ab'); f.write('cd')
print(open(os.path.join(d, 'b.txt'), 'rb').read(), open(os.path.join(d, 'b.txt'), encoding='utf-16').read())
with open(os.path.join(d, 'b.txt'), 'w', encoding='utf-8-sig') as f:
    f.write('ab'); f.write('cd')
with open(os.path.join(d, 'b.txt'), 'a', encoding='utf-8-sig') as f:
    f.write('ef')
print(open(os.path.join(d, 'b.txt'), 'rb').read(), open(os.path.join(d, 'b.txt'), encoding='utf-8-sig').read())
logging.shutdown()
import shutil; shutil.rmtree(d)
