# A program reads its own source by __file__ (and sys.argv[0]); os.path sees the file.
import os, sys
with open(__file__) as f:
    lines = f.readlines()
print(len(lines), lines[0].rstrip())
print(os.path.isfile(__file__), os.path.exists(__file__), os.path.isabs(__file__))
print(os.path.getsize(__file__) == len(open(__file__, 'rb').read()))
print(os.path.basename(__file__), os.path.basename(sys.argv[0]))
print(open(sys.argv[0]).read() == open(__file__).read())
print(os.path.basename(__file__) in os.listdir(os.path.dirname(__file__)))
for line in open(__file__):
    if 'MARKER' in line and 'line' not in line:
        print(line.strip())
# MARKER: found
