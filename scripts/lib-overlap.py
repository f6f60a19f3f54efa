#!/usr/bin/env python3
"""How much of pymm's Python-source modules is CPython's own Lib text.

pymm writes its standard modules in its own words: facts (names, signatures, messages,
algorithms) carry over from CPython, text does not. This check finds every line of at
least MIN_LEN characters (stripped) in src/python/modules/*.ts that also appears, stripped,
in a .py file of the running python3's standard library, and reports per file the share of
such lines. With --max=PCT it fails when a file's share passes PCT percent (and prints
only the files over it, or a one-line summary).

    python3 scripts/lib-overlap.py [--max=PCT] [--show=FILE]
"""
import glob
import os
import sys

MIN_LEN = 25
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lib_lines():
    """Every stripped line of MIN_LEN or more characters in the standard library, by line."""
    lib = os.path.dirname(os.__file__)
    seen = {}
    for path in glob.glob(os.path.join(lib, '**', '*.py'), recursive=True):
        if os.sep + 'site-packages' + os.sep in path or os.sep + 'test' + os.sep in path:
            continue
        try:
            with open(path, encoding='utf-8', errors='replace') as f:
                for line in f:
                    s = line.strip()
                    if len(s) >= MIN_LEN:
                        seen.setdefault(s, os.path.relpath(path, lib))
        except OSError:
            pass
    return seen


def main(argv):
    limit = None
    show = None
    for arg in argv:
        if arg.startswith('--max='):
            limit = float(arg[6:])
        elif arg.startswith('--show='):
            show = arg[7:]
        else:
            print(__doc__, file=sys.stderr)
            return 2
    seen = lib_lines()
    worst = []
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'src', 'python', 'modules', '*.ts'))):
        with open(path, encoding='utf-8') as f:
            lines = [s for s in (l.strip() for l in f) if len(s) >= MIN_LEN]
        shared = [s for s in lines if s in seen]
        if not lines or not shared:
            continue
        share = 100.0 * len(shared) / len(lines)
        name = os.path.relpath(path, ROOT)
        rows.append((share, name))
        if limit is None or share > limit or show:
            print(f'{name:48s} {len(shared):4d}/{len(lines):4d} lines  {share:5.1f} %')
        if show and show in name:
            for s in shared:
                print(f'    {seen[s]:28s} {s}')
        if limit is not None and share > limit:
            worst.append(name)
    if worst:
        print(f'over {limit} %: {", ".join(worst)}', file=sys.stderr)
        return 1
    if limit is not None and rows:
        share, name = max(rows)
        print(f'lib-overlap: {len(rows)} files share lines with CPython Lib, at most {share:.1f} % ({name}), limit {limit} %')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
