import os, csv, json, tempfile, shutil, pathlib, glob, io
base = tempfile.mkdtemp(prefix="up7_")
try:
    path = os.path.join(base, "notes.txt")
    with open(path, "w") as f:
        f.write("first line\n")
        f.writelines(["second\n", "third\n"])
        print("pos", f.tell())
    with open(path, "a") as f:
        print("appended", file=f)
    with open(path) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(path, "r+") as f:
        f.seek(0)
        f.write("FIRST")
        f.seek(0, os.SEEK_END)
        print("size", f.tell())
    print(open(path).read().splitlines()[0], os.path.getsize(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(base))
    with open(os.path.join(base, "data.bin"), "wb") as f:
        f.write(bytes(range(10)))
    with open(os.path.join(base, "data.bin"), "rb") as f:
        print(f.read(4), f.read(), f.read())
    rows = [{"name": "ann", "age": 30, "city": "Oslo"}, {"name": "bob, jr", "age": 25, "city": 'say "hi"'}]
    cp = os.path.join(base, "people.csv")
    with open(cp, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "age", "city"])
        w.writeheader()
        w.writerows(rows)
    print(repr(open(cp, newline="").read()))
    with open(cp, newline="") as f:
        for r in csv.DictReader(f):
            print(dict(r))
    with open(cp, newline="") as f:
        print(list(csv.reader(f))[1:])
    jp = pathlib.Path(base) / "cfg.json"
    jp.write_text(json.dumps({"a": [1, 2]}, indent=2))
    print(jp.name, jp.suffix, jp.stem, jp.parent == pathlib.Path(base), jp.exists(), json.loads(jp.read_text()))
    sub = pathlib.Path(base, "sub", "deeper")
    sub.mkdir(parents=True)
    (sub / "x.log").write_text("log")
    (sub / "y.log").write_bytes(b"\x00")
    print(sorted(p.name for p in pathlib.Path(base).rglob("*.log")), sorted(os.listdir(base)))
    print(sorted(os.path.basename(g) for g in glob.glob(os.path.join(base, "*.*"))))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(files))
    shutil.copy(path, os.path.join(base, "copy.txt"))
    os.rename(os.path.join(base, "copy.txt"), os.path.join(base, "moved.txt"))
    print(open(os.path.join(base, "moved.txt")).read() == open(path).read())
    os.remove(os.path.join(base, "moved.txt"))
    try:
        open(os.path.join(base, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(base)
    except IsADirectoryError as e:
        print("IsADirectoryError:", e.strerror)
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    with open(path, "w", encoding="utf-8") as f:
        f.write("café ☕\n")
    print(open(path, encoding="utf-8").read(), open(path, "rb").read(), len(open(path, "rb").read()))
    try:
        open(path, encoding="ascii").read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(open(path, encoding="ascii", errors="replace").read().strip(), repr(open(path, errors="ignore", encoding="ascii").read()))
    p = pathlib.Path("a/b/../c.tar.gz")
    print(p.suffixes, p.with_suffix(".zip"), p.parts, p.as_posix(), pathlib.PurePosixPath("/x/y").relative_to("/x"), p.with_name("d.txt"))
    print(os.path.splitext("archive.tar.gz"), os.path.split("/a/b/c"), os.path.normpath("a//b/./c/.."), os.path.join("a", "/b", "c"), os.path.dirname("/a/b/"), os.path.abspath("/x/../y"))
    with open(path, "x") if False else open(os.path.join(base, "new.txt"), "x") as f:
        f.write("exclusive")
    try:
        open(os.path.join(base, "new.txt"), "x")
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(path, "rw")
    except ValueError as e:
        print("ValueError:", e)
    print(io.StringIO("a\nb\n").readlines(), repr(open(path).readline(3)))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
