import fileinput
import os
import tempfile
from collections import defaultdict
from statistics import mean, median

scores = defaultdict(list)
for line in fileinput.input():
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    if fileinput.isfirstline():
        print(f'reading {fileinput.filename()} (stdin={fileinput.isstdin()})')
    name, *marks = line.split(',')
    scores[name.strip()].extend(int(m) for m in marks)
    print(f'  line {fileinput.lineno()}: {name.strip():<6} {marks}')
fileinput.close()

print(f"{'name':<8}{'n':>3}{'mean':>8}{'median':>8}  grade")
for name, marks in sorted(scores.items(), key=lambda kv: -mean(kv[1])):
    avg = mean(marks)
    grade = 'A' if avg >= 90 else 'B' if avg >= 80 else 'C' if avg >= 70 else 'F'
    print(f'{name:<8}{len(marks):>3}{avg:>8.2f}{median(marks):>8}  {grade}')

folder = tempfile.mkdtemp()
paths = []
for i, text in enumerate(['alpha\nbeta\n', '', 'gamma\ndelta\nepsilon']):
    path = os.path.join(folder, f'part{i}.txt')
    with open(path, 'w') as f:
        f.write(text)
    paths.append(path)
with fileinput.FileInput(paths) as stream:
    for line in stream:
        print(os.path.basename(stream.filename()), stream.lineno(), stream.filelineno(), line.rstrip('\n'))
for line in fileinput.input(paths[0], inplace=True, backup='.orig'):
    print(line.rstrip('\n')[::-1])
print(open(paths[0]).read().split(), sorted(os.listdir(folder)))
print(fileinput.input(paths[2]).readline().strip())
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print('RuntimeError:', e)
