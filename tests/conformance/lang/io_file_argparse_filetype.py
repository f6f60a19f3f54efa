# argparse.FileType opens the named files (and reports one it cannot open as a usage error).
import argparse, os, tempfile
d = tempfile.mkdtemp(); os.chdir(d)
open('in.txt', 'w').write('payload\n')
p = argparse.ArgumentParser(prog='tool')
p.add_argument('src', type=argparse.FileType('r'))
p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
a = p.parse_args(['in.txt', '--out', 'out.txt'])
print(a.src.read(), end=''); a.out.write('done'); a.out.close()
print(open('out.txt').read(), repr(argparse.FileType('w', encoding='utf-8')), repr(argparse.FileType()))
try:
    p.parse_args(['missing.txt'])
except SystemExit as e:
    print('exit', e.code)
a.src.close()
for n in os.listdir('.'): os.remove(n)
os.chdir('/'); os.rmdir(d)
